import { describe, expect, it } from 'vitest';
import { BASIC_WALL_SLIDES, basicLoop, basicSlideParam, basicSlideUrl } from './basic-wall';
import type { PlaylistPlan, SlideMeta } from './playlist';

const plan: PlaylistPlan = {
  slug: 'floor',
  name: 'Floor',
  order: 'newest',
  listed: [],
  filters: {},
  schedule: [],
};

const quote = (n: number, expires?: string): SlideMeta => ({
  id: `quotes/q${n}`,
  kind: 'quote',
  tags: [],
  channels: [],
  featured: false,
  date: `2026-01-${String(n).padStart(2, '0')}`,
  expires,
});

describe('the wall without JavaScript', () => {
  it('names its pages after the display page', () => {
    expect(basicSlideUrl('/display/', 0)).toBe('/display/basic/');
    expect(basicSlideUrl('/display/floor/', 2)).toBe('/display/floor/basic/3/');
    expect(basicSlideParam(0)).toBeUndefined();
    expect(basicSlideParam(2)).toBe('3');
  });

  it("plays the playlist's loop, each page refreshing to the next and the last to the first", () => {
    const loop = basicLoop(
      [quote(1), quote(3), quote(2)],
      plan,
      '/display/floor/',
      new Date(2026, 5, 1),
    );
    expect(loop.map(({ slide }) => slide.id)).toEqual(['quotes/q3', 'quotes/q2', 'quotes/q1']);
    expect(loop.map(({ next }) => next)).toEqual([
      '/display/floor/basic/2/',
      '/display/floor/basic/3/',
      '/display/floor/basic/',
    ]);
    expect(loop[1]).toMatchObject({ position: 1, total: 3 });
  });

  it('leaves out what has expired on the build day, and stops at its cap', () => {
    const slides = Array.from({ length: BASIC_WALL_SLIDES + 20 }, (_, n) => quote((n % 28) + 1));
    expect(basicLoop(slides, plan, '/display/', new Date(2026, 5, 1))).toHaveLength(
      BASIC_WALL_SLIDES,
    );
    const loop = basicLoop(
      [quote(1, '2026-05-31'), quote(2)],
      plan,
      '/display/',
      new Date(2026, 5, 1),
    );
    expect(loop.map(({ slide }) => slide.id)).toEqual(['quotes/q2']);
  });
});
