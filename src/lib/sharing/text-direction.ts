/**
 * Which way a piece of text reads, from its first strong character, as `dir="auto"` decides in
 * the browser. The card renderer has no `dir="auto"` of its own, so a card asks here.
 */

// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms.
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
// Letters of any script; the right-to-left ones are told apart by the pattern above.
const LETTER = /\p{L}/u;

export type TextDirection = 'ltr' | 'rtl';

export function textDirection(text: string): TextDirection {
  for (const character of text) {
    if (RIGHT_TO_LEFT.test(character)) return 'rtl';
    if (LETTER.test(character)) return 'ltr';
  }
  return 'ltr';
}
