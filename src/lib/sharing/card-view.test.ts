import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quoteCard, storyCard } from './card-layout';
import { cardPalette, cardView, type CardElement, type CardPalette } from './card-view';

const palette: CardPalette = {
  paper: '#faf7f2',
  ink: '#1f1a17',
  inkSoft: '#554b44',
  accent: '#0c5a5e',
  accentSoft: '#dcefed',
  warm: '#8d3a1b',
};

/** Every element of the tree, depth first. */
function elements(element: CardElement): CardElement[] {
  const { children } = element.props;
  const below = typeof children === 'string' || children === undefined ? [] : [children].flat();
  return [element, ...below.flatMap(elements)];
}

/** The element that holds exactly this text. */
function holding(tree: CardElement, text: string): CardElement {
  const found = elements(tree).find((element) => element.props.children === text);
  if (!found) throw new Error(`no element holds "${text}"`);
  return found;
}

describe('cardPalette', () => {
  it('reads the light-scheme tokens of the site’s own stylesheet', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    expect(cardPalette(css)).toEqual(palette);
  });

  it('stops with the missing token’s name rather than draw a card in other colours', () => {
    expect(() => cardPalette(':root { --paper: #fff; }')).toThrow('--ink');
  });
});

describe('cardView', () => {
  it('draws a 1200 × 630 card on the site’s paper', () => {
    const tree = cardView(storyCard({ title: 'T', lesson: 'L' }), palette);
    expect(tree.props.style).toMatchObject({ width: 1200, height: 630, background: '#faf7f2' });
  });

  it('sets a quote in Fraunces, ink on paper, its byline in Atkinson', () => {
    const tree = cardView(quoteCard({ text: 'Thanks.', persona: { name: 'Priya' } }), palette);
    expect(holding(tree, 'Thanks.').props.style).toMatchObject({
      fontFamily: expect.stringMatching(/^Fraunces, .*IBM Plex Sans Arabic, Noto Sans Hebrew$/),
      color: '#1f1a17',
      fontSize: 72,
      direction: 'ltr',
    });
    expect(holding(tree, '— Priya').props.style).toMatchObject({
      fontFamily: expect.stringMatching(/^Atkinson Hyperlegible Next, .*IBM Plex Sans Arabic/),
    });
    expect(holding(tree, 'Customer quote')).toBeDefined();
    expect(holding(tree, 'Customer Room')).toBeDefined();
  });

  it('sets an Arabic quote right to left, its rule on the right', () => {
    const tree = cardView(quoteCard({ text: 'شكراً لأنك استمعت' }), palette);
    const text = holding(tree, 'شكراً لأنك استمعت');
    expect(text.props.style).toMatchObject({ direction: 'rtl', textAlign: 'start' });
    const rule = elements(tree).find((element) => element.props.children === text);
    expect(rule?.props.style).toHaveProperty('borderRight');
    expect(rule?.props.style).not.toHaveProperty('borderLeft');
  });

  it('puts the byline under the start of the quote, on the right for an Arabic one', () => {
    const arabic = cardView(quoteCard({ text: 'شكراً', persona: { name: 'Priya' } }), palette);
    expect(holding(arabic, '— Priya').props.style).toMatchObject({ alignSelf: 'flex-end' });
    const english = cardView(quoteCard({ text: 'Thanks', persona: { name: 'Priya' } }), palette);
    expect(holding(english, '— Priya').props.style).toMatchObject({ alignSelf: 'flex-start' });
  });

  it('puts a story’s title and its lesson, under its label, on the card', () => {
    const tree = cardView(storyCard({ title: 'Shoes', lesson: 'Listen first.' }), palette);
    expect(holding(tree, 'Shoes').props.style).toMatchObject({
      fontFamily: expect.stringMatching(/^Fraunces, .*IBM Plex Sans Arabic, Noto Sans Hebrew$/),
    });
    expect(holding(tree, 'The lesson')).toBeDefined();
    expect(holding(tree, 'Listen first.').props.style).toMatchObject({
      lineClamp: expect.any(Number),
    });
  });
});
