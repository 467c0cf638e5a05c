import { describe, expect, it } from 'vitest';
import {
  FIRST_RELOAD_MS,
  HEALTHY_AFTER_MS,
  LONGEST_RELOAD_MS,
  parseFailureRecord,
  recordFailure,
  reloadDelay,
} from './backoff';

describe('reloading after failures', () => {
  it('reloads the first time within seconds, well inside 30 s', () => {
    expect(reloadDelay(0)).toBe(FIRST_RELOAD_MS);
    expect(reloadDelay(0)).toBeLessThan(30_000);
  });

  it('doubles the wait for each failure in a row, up to five minutes', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6, 7, 20].map(reloadDelay);
    expect(delays.slice(0, 4)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(Math.max(...delays)).toBe(LONGEST_RELOAD_MS);
    expect(reloadDelay(20)).toBe(5 * 60_000);
  });

  it('counts failures in a row, and starts afresh after a long healthy run', () => {
    const first = recordFailure(undefined, 1_000);
    expect(first).toEqual({ count: 1, at: 1_000 });
    const second = recordFailure(first, 20_000);
    expect(second.count).toBe(2);
    const muchLater = recordFailure(second, 20_000 + HEALTHY_AFTER_MS + LONGEST_RELOAD_MS + 1);
    expect(muchLater.count).toBe(1);
  });

  it('reads back a stored record, and ignores a damaged one', () => {
    expect(parseFailureRecord('{"count":3,"at":42}')).toEqual({ count: 3, at: 42 });
    expect(parseFailureRecord('not json')).toBeUndefined();
    expect(parseFailureRecord('{"count":"3"}')).toBeUndefined();
    expect(parseFailureRecord(null)).toBeUndefined();
  });
});
