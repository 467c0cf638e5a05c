import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BOUNDS,
  DISTANCE_READING_WPM,
  readingSeconds,
  SETTLE_SECONDS,
  slideSeconds,
  wordCount,
} from './duration';

describe('wordCount', () => {
  it('counts the words a reader has to read, not dashes or stray punctuation', () => {
    expect(wordCount('You were the first person who didn’t make me say it twice.')).toBe(12);
    expect(wordCount('  Thank you — really.  ')).toBe(3);
    expect(wordCount('')).toBe(0);
    expect(wordCount('1-800 help, 24/7')).toBe(3);
  });
});

describe('readingSeconds', () => {
  it('reads at 150 words a minute from across the room, plus 4 seconds to settle', () => {
    expect(DISTANCE_READING_WPM).toBe(150);
    expect(SETTLE_SECONDS).toBe(4);
    expect(readingSeconds(0)).toBe(4);
    expect(readingSeconds(150)).toBe(64);
    expect(readingSeconds(30)).toBe(16);
  });
});

describe('slideSeconds', () => {
  it('keeps a slide up for its reading time between 8 and 30 seconds by default', () => {
    expect(DEFAULT_BOUNDS).toEqual({ min: 8, max: 30 });
    expect(slideSeconds(30)).toBe(16);
    expect(slideSeconds(20)).toBe(12);
  });

  it('rounds to whole seconds', () => {
    expect(slideSeconds(21)).toBe(12); // 12.4
    expect(slideSeconds(22)).toBe(13); // 12.8
  });

  it('never flashes a short slide for less than 8 seconds', () => {
    expect(slideSeconds(0)).toBe(8);
    expect(slideSeconds(7)).toBe(8); // 6.8 s of reading
  });

  it('never holds a long slide for more than 30 seconds', () => {
    expect(slideSeconds(65)).toBe(30);
    expect(slideSeconds(400)).toBe(30);
  });

  it('follows the playlist bounds instead of the defaults', () => {
    const coachingRoom = { min: 12, max: 45 };
    expect(slideSeconds(0, coachingRoom)).toBe(12);
    expect(slideSeconds(100, coachingRoom)).toBe(44);
    expect(slideSeconds(400, coachingRoom)).toBe(45);
  });

  it("lets an item's own seconds win over reading time and bounds", () => {
    expect(slideSeconds(400, DEFAULT_BOUNDS, 60)).toBe(60);
    expect(slideSeconds(0, { min: 12, max: 45 }, 5)).toBe(5);
    expect(slideSeconds(30, DEFAULT_BOUNDS, undefined)).toBe(16);
  });
});
