import { describe, expect, it } from 'vitest';
import { ELLIPSIS, fitText, lineCount, type TextBox } from './fit-text';

// 10 characters a line at 50 px, 20 at 25 px; 2 lines of 50 px, 4 of 25 px.
const box: TextBox = { width: 500, height: 100, sizes: [50, 25], lineHeight: 1, charWidth: 1 };

describe('lineCount', () => {
  it('wraps whole words greedily', () => {
    expect(lineCount(['aaaa', 'bbbb'], 10)).toBe(1);
    expect(lineCount(['aaaaa', 'bbbbb'], 10)).toBe(2);
    expect(lineCount([], 10)).toBe(0);
  });

  it('breaks a word longer than a line over the lines it needs', () => {
    expect(lineCount(['a'.repeat(25)], 10)).toBe(3);
    expect(lineCount(['a'.repeat(25), 'bbbb'], 10)).toBe(3);
    expect(lineCount(['a'.repeat(25), 'bbbbbb'], 10)).toBe(4);
  });

  it('counts an emoji or an accented letter as one character', () => {
    expect(lineCount(['🙂🙂🙂🙂🙂', 'éééé'], 10)).toBe(1);
  });
});

describe('fitText', () => {
  it('keeps the largest size at which the text fits', () => {
    const fitted = fitText('short text', box);
    expect(fitted).toMatchObject({ text: 'short text', fontSize: 50, maxLines: 2, clamped: false });
  });

  it('shrinks a longer text to the next size', () => {
    const fitted = fitText('a somewhat longer text that needs room', box);
    expect(fitted).toMatchObject({ fontSize: 25, maxLines: 4, clamped: false });
    expect(fitted.text).toBe('a somewhat longer text that needs room');
  });

  it('clamps what does not fit even at the smallest size, at a word, with an ellipsis', () => {
    const long = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');
    const fitted = fitText(long, box);
    expect(fitted.fontSize).toBe(25);
    expect(fitted.clamped).toBe(true);
    expect(fitted.text.endsWith(ELLIPSIS)).toBe(true);
    const words = fitted.text.split(' ');
    expect(lineCount(words, 20)).toBeLessThanOrEqual(4);
    // Every word before the ellipsis is a whole word of the text, in its order.
    expect(long.startsWith(fitted.text.slice(0, -1))).toBe(true);
    // And one word more would not have fitted.
    const oneMore = long.split(' ').slice(0, words.length + 1);
    expect(lineCount([...oneMore.slice(0, -1), `${oneMore.at(-1)}${ELLIPSIS}`], 20)).toBe(5);
  });

  it('drops the punctuation the clamped text would end on before the ellipsis', () => {
    const fitted = fitText('one, two, three, four, five, six, seven, eight, nine, ten, eleven', {
      ...box,
      sizes: [50],
    });
    expect(fitted.text).toMatch(/[a-z]…$/);
  });

  it('gathers white space and line breaks into single spaces', () => {
    expect(fitText('  two\n\nlines  ', box).text).toBe('two lines');
  });

  it('leaves out emoji, which no card font has, and keeps © and ™', () => {
    expect(fitText('Thank you 🙏🏽 so much ❤️ 👨‍👩‍👧 🇬🇧', box).text).toBe('Thank you so much');
    expect(fitText('Brand™ © 2026 — ok', box).text).toBe('Brand™ © 2026 — ok');
  });

  it('says which way the text reads', () => {
    expect(fitText('شكراً لأنك استمعت', box).direction).toBe('rtl');
    expect(fitText('Thank you', box).direction).toBe('ltr');
  });
});
