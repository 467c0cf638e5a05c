import { describe, expect, it } from 'vitest';
import { BOXES, cardAlt, quoteCard, storyCard } from './card-layout';
import { ELLIPSIS, lineCount } from './fit-text';

const persona = { name: 'Priya Raman' } as const;

/** Whether a fitted text's estimated lines stay inside its box. */
function fits(text: string, fontSize: number, box: (typeof BOXES)[keyof typeof BOXES]): boolean {
  const perLine = Math.floor(box.width / (fontSize * box.charWidth));
  return lineCount(text.split(' '), perLine) * fontSize * box.lineHeight <= box.height;
}

describe('a quote card', () => {
  it('shows the quote, large, and the persona who said it', () => {
    const card = quoteCard({ text: 'You took my feet seriously.', persona: persona });
    expect(card.kind).toBe('quote');
    expect(card.eyebrow).toBe('Customer quote');
    expect(card.quote).toMatchObject({ text: 'You took my feet seriously.', fontSize: 72 });
    expect(card.byline?.text).toBe('— Priya Raman');
  });

  it('names the attribution when there is no persona, and nobody when there is neither', () => {
    expect(quoteCard({ text: 'Thanks.', attribution: 'Caller, billing line' }).byline?.text).toBe(
      '— Caller, billing line',
    );
    expect(quoteCard({ text: 'Thanks.' }).byline).toBeUndefined();
  });

  it('shrinks a long quote and clamps a very long one with an ellipsis, inside its box', () => {
    const medium = quoteCard({ text: 'word '.repeat(40) });
    expect(medium.quote.fontSize).toBeLessThan(72);
    expect(medium.quote.clamped).toBe(false);
    expect(fits(medium.quote.text, medium.quote.fontSize, BOXES.quote)).toBe(true);

    const long = quoteCard({ text: 'another word '.repeat(200) });
    expect(long.quote.fontSize).toBe(BOXES.quote.sizes.at(-1));
    expect(long.quote.clamped).toBe(true);
    expect(long.quote.text.endsWith(ELLIPSIS)).toBe(true);
    expect(fits(long.quote.text, long.quote.fontSize, BOXES.quote)).toBe(true);
  });

  it('reads an Arabic quote right to left, and its byline by its own letters', () => {
    const card = quoteCard({ text: 'شكراً لأنك استمعت إليّ', persona: persona });
    expect(card.quote.direction).toBe('rtl');
    expect(card.byline?.direction).toBe('ltr');
    expect(quoteCard({ text: 'Thanks', attribution: 'وليد' }).byline?.direction).toBe('rtl');
  });

  it('describes itself for the image’s alternative text', () => {
    expect(cardAlt(quoteCard({ text: 'Thanks.', persona: persona }))).toBe(
      '“Thanks.” — Priya Raman',
    );
  });
});

describe('a story card', () => {
  const story = {
    title: 'Shoes for a long wedding',
    lesson: 'Listen for the detail that matters most to the customer, then act on exactly that.',
  };

  it('shows the title and the lesson', () => {
    const card = storyCard(story);
    expect(card).toMatchObject({
      kind: 'story',
      eyebrow: 'Call story',
      lessonLabel: 'The lesson',
      title: { text: story.title, clamped: false },
      lesson: { text: story.lesson, clamped: false },
    });
    expect(cardAlt(card)).toBe(`${story.title}. The lesson: ${story.lesson}`);
  });

  it('fits the longest title and lesson the content allows (100 and 200 characters) whole', () => {
    const card = storyCard({
      title:
        'The night payments failed in three countries and one agent kept two hundred callers calm',
      lesson: `${'Say what you know and when you will call back, '.repeat(4)}then call.`.slice(
        0,
        200,
      ),
    });
    expect(card.title.clamped).toBe(false);
    expect(card.lesson.clamped).toBe(false);
    expect(fits(card.title.text, card.title.fontSize, BOXES.title)).toBe(true);
    expect(fits(card.lesson.text, card.lesson.fontSize, BOXES.lesson)).toBe(true);
  });
});
