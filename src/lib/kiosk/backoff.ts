/**
 * How soon a wall screen reloads itself after something went wrong. The first failure reloads
 * quickly; failures in a row wait longer each time, up to five minutes, so a broken build
 * cannot reload in a tight loop. A screen that has run cleanly for ten minutes starts afresh.
 */

export const FIRST_RELOAD_MS = 5_000;
export const LONGEST_RELOAD_MS = 5 * 60_000;
export const HEALTHY_AFTER_MS = 10 * 60_000;

export interface FailureRecord {
  /** Failures in a row. */
  count: number;
  /** When the last one happened (ms since the epoch). */
  at: number;
}

export function reloadDelay(failuresBefore: number): number {
  return Math.min(LONGEST_RELOAD_MS, FIRST_RELOAD_MS * 2 ** Math.max(0, failuresBefore));
}

/** The record after one more failure at `now`. */
export function recordFailure(previous: FailureRecord | undefined, now: number): FailureRecord {
  const inARow = previous && now - previous.at < HEALTHY_AFTER_MS + LONGEST_RELOAD_MS;
  return { count: inARow ? previous.count + 1 : 1, at: now };
}

export function parseFailureRecord(text: string | null): FailureRecord | undefined {
  try {
    const value: unknown = JSON.parse(text ?? '');
    if (
      typeof value === 'object' &&
      value !== null &&
      'count' in value &&
      'at' in value &&
      typeof value.count === 'number' &&
      typeof value.at === 'number'
    ) {
      return { count: value.count, at: value.at };
    }
  } catch {
    // no record, or a damaged one: start afresh
  }
  return undefined;
}
