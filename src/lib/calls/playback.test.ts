import { describe, expect, it } from 'vitest';
import { cueAt, startFromSearch } from './playback';

describe('cueAt', () => {
  const cues = [{ start: 1, end: 4 }, { start: 9 }, { start: 12, end: 15 }];

  it('is the line whose time it is, and none before the first or in a gap after an end', () => {
    expect(cueAt(cues, 0)).toBe(-1);
    expect(cueAt(cues, 2)).toBe(0);
    expect(cueAt(cues, 6)).toBe(-1);
    expect(cueAt(cues, 10)).toBe(1);
    expect(cueAt(cues, 11.9)).toBe(1);
    expect(cueAt(cues, 12)).toBe(2);
    expect(cueAt(cues, 16)).toBe(-1);
  });
});

describe('startFromSearch', () => {
  it('reads ?t= as m:ss or seconds', () => {
    expect(startFromSearch('?t=1:02')).toBe(62);
    expect(startFromSearch('?t=62.5')).toBe(62.5);
    expect(startFromSearch('?t=8s')).toBe(8);
  });

  it('ignores a missing or malformed time', () => {
    expect(startFromSearch('')).toBeUndefined();
    expect(startFromSearch('?t=soon')).toBeUndefined();
    expect(startFromSearch('?q=1:02')).toBeUndefined();
  });
});
