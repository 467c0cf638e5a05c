/**
 * How long a slide stays up: long enough to read from across the room. Reading from a wall is
 * slower than at a desk, so the pace is 150 words a minute, plus a few seconds to notice the
 * slide changed and find the start of the text.
 */

export const DISTANCE_READING_WPM = 150;
export const SETTLE_SECONDS = 4;
export const DEFAULT_BOUNDS = { min: 8, max: 30 } as const;

export interface SecondsBounds {
  min: number;
  max: number;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function readingSeconds(words: number): number {
  return SETTLE_SECONDS + (words / DISTANCE_READING_WPM) * 60;
}

/** The item's own `seconds:` wins; otherwise reading time, clamped to the playlist's bounds. */
export function slideSeconds(
  words: number,
  bounds: SecondsBounds = DEFAULT_BOUNDS,
  override?: number,
): number {
  if (override !== undefined) return override;
  return Math.round(Math.min(bounds.max, Math.max(bounds.min, readingSeconds(words))));
}
