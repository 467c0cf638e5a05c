/**
 * What a story's or a quote's share card says, and how big: the picture a link to it unfolds into
 * in Teams, Slack or a feed reader (1200 × 630, the Open Graph size). A quote shows the quote and
 * who said it; a story its title and its lesson. Pure data: card-view.ts turns it into the
 * element tree the renderer draws, so what goes on a card is tested without drawing it.
 */
import type { Quote, Story } from '../catalog/catalog.ts';
import { fitText, type FittedText, type TextBox } from './fit-text.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Space between the card's edge and its text, left and right. */
export const CARD_PADDING = 64;
const TEXT_WIDTH = CARD_WIDTH - 2 * CARD_PADDING;

// Estimated average character widths, on the wide side: Fraunces (semibold) for the quote and
// the title, as the site's headings; Atkinson Hyperlegible Next for the lesson and the byline.
const FRAUNCES = { lineHeight: 1.18, charWidth: 0.52 };
const ATKINSON = { lineHeight: 1.35, charWidth: 0.54 };

export const BOXES = {
  // Beside the quote's rule: 8 px of edge and 2 × 32 px of space.
  quote: { ...FRAUNCES, width: TEXT_WIDTH - 72, height: 330, sizes: [72, 64, 56, 50, 44, 40, 36] },
  byline: { ...ATKINSON, width: TEXT_WIDTH, height: 44, sizes: [32] },
  title: { ...FRAUNCES, width: TEXT_WIDTH, height: 170, sizes: [68, 60, 52, 46, 40] },
  // Inside the lesson's panel: its padding and its edge take 2 × 36 + 8 px of the width.
  lesson: { ...ATKINSON, width: TEXT_WIDTH - 80, height: 150, sizes: [34, 31, 28, 25] },
} as const satisfies Record<string, TextBox>;

export interface QuoteCardLayout {
  kind: 'quote';
  eyebrow: string;
  quote: FittedText;
  /** Who said it: the persona's name, else the quote's attribution; none when neither is known. */
  byline?: FittedText | undefined;
}

export interface StoryCardLayout {
  kind: 'story';
  eyebrow: string;
  title: FittedText;
  lessonLabel: string;
  lesson: FittedText;
}

export type CardLayout = QuoteCardLayout | StoryCardLayout;

/** The alternative text of a card image: what it shows, for people who cannot see it. */
export function cardAlt(layout: CardLayout): string {
  if (layout.kind === 'story') return `${layout.title.text}. The lesson: ${layout.lesson.text}`;
  const said = `“${layout.quote.text}”`;
  return layout.byline ? `${said} ${layout.byline.text}` : said;
}

/** What a quote card needs of a quote (its persona's name only). */
export interface QuoteCardInput extends Pick<Quote, 'text' | 'attribution'> {
  persona?: { name: string } | undefined;
}

export function quoteCard(quote: QuoteCardInput): QuoteCardLayout {
  const who = quote.persona?.name ?? quote.attribution;
  return {
    kind: 'quote',
    eyebrow: 'Customer quote',
    quote: fitText(quote.text, BOXES.quote),
    byline: who ? fitText(`— ${who}`, BOXES.byline) : undefined,
  };
}

export function storyCard(story: Pick<Story, 'title' | 'lesson'>): StoryCardLayout {
  return {
    kind: 'story',
    eyebrow: 'Call story',
    title: fitText(story.title, BOXES.title),
    lessonLabel: 'The lesson',
    lesson: fitText(story.lesson, BOXES.lesson),
  };
}
