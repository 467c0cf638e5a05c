import { describe, expect, it } from 'vitest';
import { hashString, seededRandom, seededShuffle } from './random';

describe('hashString', () => {
  it('gives the same number for the same text on every screen and reload', () => {
    expect(hashString('call-floor|2026-11-23|lobby')).toBe(
      hashString('call-floor|2026-11-23|lobby'),
    );
    expect(hashString('call-floor|2026-11-23|lobby')).not.toBe(
      hashString('call-floor|2026-11-23|desk'),
    );
  });

  it('is an unsigned 32-bit number', () => {
    for (const text of ['', 'a', 'stories/five-seconds-of-silence', 'ž'.repeat(50)]) {
      const hash = hashString(text);
      expect(Number.isInteger(hash)).toBe(true);
      expect(hash).toBeGreaterThanOrEqual(0);
      expect(hash).toBeLessThan(2 ** 32);
    }
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays within [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(first.every((n) => n >= 0 && n < 1)).toBe(true);
    expect(new Set(first).size).toBeGreaterThan(990);
  });
});

describe('seededShuffle', () => {
  const items = Array.from({ length: 20 }, (_, i) => `item-${i}`);

  it('keeps every item exactly once and leaves the input alone', () => {
    const copy = [...items];
    const shuffled = seededShuffle(items, 7);
    expect(items).toEqual(copy);
    expect([...shuffled].sort()).toEqual([...items].sort());
    expect(shuffled).not.toEqual(items);
  });

  it('gives the same order for the same seed and another for another seed', () => {
    expect(seededShuffle(items, 7)).toEqual(seededShuffle(items, 7));
    expect(seededShuffle(items, 7)).not.toEqual(seededShuffle(items, 8));
  });

  it('puts every item first for some seed (no item is stuck in place)', () => {
    const firsts = new Set(Array.from({ length: 500 }, (_, seed) => seededShuffle(items, seed)[0]));
    expect(firsts.size).toBe(items.length);
  });
});
