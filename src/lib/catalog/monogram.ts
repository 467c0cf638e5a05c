/**
 * A persona without a photo gets a monogram: initials on a colour picked from the slug, so the
 * same persona always has the same colour. Every colour carries white text at WCAG AA or better.
 */

export const MONOGRAM_COLOURS = [
  '#0f5e63', // teal
  '#6b3a6b', // plum
  '#3d4a8f', // indigo
  '#9a3b1f', // rust
  '#4a5a1a', // olive
  '#37506b', // slate
  '#8a2746', // berry
  '#2e5e3a', // forest
] as const;

export interface Monogram {
  initials: string;
  background: string;
  foreground: '#ffffff';
}

/** `Maria Alvarez` → `MA`; `Cher` → `C`; `Jean-Luc Picard` → `JP`. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return value;
}

export function monogramFor(slug: string, name: string): Monogram {
  const background = MONOGRAM_COLOURS[hash(slug) % MONOGRAM_COLOURS.length] ?? MONOGRAM_COLOURS[0];
  return { initials: initials(name), background, foreground: '#ffffff' };
}
