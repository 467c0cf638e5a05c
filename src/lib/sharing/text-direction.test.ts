import { describe, expect, it } from 'vitest';
import { textDirection } from './text-direction';

describe('textDirection', () => {
  it('reads Arabic and Hebrew right to left', () => {
    expect(textDirection('أردت فقط أن يخبرني أحد')).toBe('rtl');
    expect(textDirection('רק רציתי שמישהו יגיד לי')).toBe('rtl');
  });

  it('goes by the first letter, after quotation marks, digits and spaces', () => {
    expect(textDirection('« 3 أيام » Tuesday')).toBe('rtl');
    expect(textDirection('“3 days,” قال')).toBe('ltr');
  });

  it('reads other scripts, and text with no letter, left to right', () => {
    expect(textDirection('Ich wollte nur')).toBe('ltr');
    expect(textDirection('Хотел только')).toBe('ltr');
    expect(textDirection('… 42 …')).toBe('ltr');
    expect(textDirection('')).toBe('ltr');
  });
});
