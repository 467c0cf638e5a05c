/**
 * Fitting a piece of text into a fixed box of a share card: the largest font size at which it
 * fits, or, when it does not fit even at the smallest, as many whole words as fit with an ellipsis.
 * The card renderer cannot measure text before it draws it, so lines are estimated from an
 * average character width (in em) that errs on the wide side; the view clamps its lines as well,
 * so a guess that is off still never spills out of the card.
 */
import { textDirection, type TextDirection } from './text-direction.ts';

export interface TextBox {
  width: number;
  height: number;
  /** Font sizes to try, largest first. */
  sizes: readonly number[];
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** The average advance of one character of this font, as a fraction of the font size. */
  charWidth: number;
}

export interface FittedText {
  text: string;
  fontSize: number;
  /** As a multiple of the font size: the one the lines were counted with. */
  lineHeight: number;
  /** The lines the box allows at that size (the view clamps to it). */
  maxLines: number;
  direction: TextDirection;
  /** Whether words were left out to make it fit. */
  clamped: boolean;
}

export const ELLIPSIS = '…';

/** Characters as a reader counts them (an emoji or an accented letter is one). */
const length = (word: string): number => [...word].length;

/** How many lines greedy word wrapping makes of these words at `perLine` characters a line. */
export function lineCount(words: readonly string[], perLine: number): number {
  let lines = 0;
  let used = 0;
  for (const word of words) {
    const size = length(word);
    if (used > 0 && used + 1 + size <= perLine) {
      used += 1 + size;
      continue;
    }
    // A word longer than a line breaks over as many lines as it needs.
    const spans = Math.max(1, Math.ceil(size / perLine));
    lines += spans;
    used = size - (spans - 1) * perLine;
  }
  return lines;
}

/**
 * Emoji (pictographs, flags, skin tones, their joiners and variation selectors): a card has no
 * font for them, and leaves them out rather than draw empty boxes. © ® ™ and the like stay: the
 * fonts have them.
 */
const EMOJI =
  /\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200D|\uFE0F|\u20E3|(?![©®‼⁉™ℹ])\p{Extended_Pictographic}/gu;

/** A text as a card can show it: no emoji, white space gathered into single spaces. */
export function cardText(raw: string): string {
  return raw.replace(EMOJI, '').replace(/\s+/g, ' ').trim();
}

export function fitText(raw: string, box: TextBox): FittedText {
  const text = cardText(raw);
  const words = text === '' ? [] : text.split(' ');
  const direction = textDirection(text);
  const measure = (fontSize: number) => ({
    perLine: Math.max(1, Math.floor(box.width / (fontSize * box.charWidth))),
    maxLines: Math.max(1, Math.floor(box.height / (fontSize * box.lineHeight))),
  });
  for (const fontSize of box.sizes) {
    const { perLine, maxLines } = measure(fontSize);
    if (lineCount(words, perLine) <= maxLines) {
      return { text, fontSize, lineHeight: box.lineHeight, maxLines, direction, clamped: false };
    }
  }
  const fontSize = box.sizes[box.sizes.length - 1] ?? 16;
  const { perLine, maxLines } = measure(fontSize);
  let kept = words.length;
  while (kept > 1 && lineCount(withEllipsis(words.slice(0, kept)), perLine) > maxLines) kept -= 1;
  return {
    text: withEllipsis(words.slice(0, kept)).join(' '),
    fontSize,
    lineHeight: box.lineHeight,
    maxLines,
    direction,
    clamped: true,
  };
}

/** The words with an ellipsis after the last, which loses the punctuation it ended on. */
function withEllipsis(words: readonly string[]): string[] {
  const last = (words[words.length - 1] ?? '').replace(/[\s.,;:!?…—–-]+$/u, '');
  return [...words.slice(0, -1), `${last}${ELLIPSIS}`];
}
