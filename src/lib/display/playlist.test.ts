import { describe, expect, it } from 'vitest';
import type { Channel, ItemKind } from '../catalog/vocabulary';
import {
  buildRotation,
  localDay,
  matchesFilters,
  rotationAt,
  type PlaylistPlan,
  type SlideMeta,
} from './playlist';
import { seededRandom } from './random';

interface Meta {
  persona?: string;
  tags?: string[];
  channels?: Channel[];
  featured?: boolean;
  date?: string;
}

const folders = { persona: 'personas', quote: 'quotes', story: 'stories' } as const;

function slide(kind: ItemKind, slug: string, meta: Meta = {}): SlideMeta {
  return {
    id: `${folders[kind]}/${slug}`,
    kind,
    tags: meta.tags ?? [],
    persona: kind === 'persona' ? slug : meta.persona,
    channels: meta.channels ?? [],
    featured: meta.featured ?? false,
    date: kind === 'persona' ? undefined : (meta.date ?? '2026-01-01'),
  };
}

const story = (slug: string, meta: Meta = {}) =>
  slide('story', slug, { channels: ['phone'], ...meta });
const quote = (slug: string, meta: Meta = {}) => slide('quote', slug, meta);
const persona = (slug: string, meta: Meta = {}) => slide('persona', slug, meta);

const ids = (slides: readonly SlideMeta[]) => slides.map((s) => s.id);

/** Neighbours on the wall that show the same persona or the same item, counting the loop's wrap. */
function clashes(loop: readonly SlideMeta[]): number {
  return loop.filter((current, i) => {
    const before = loop[(i - 1 + loop.length) % loop.length];
    return (
      loop.length > 1 &&
      !!before &&
      (before.id === current.id || (!!current.persona && current.persona === before.persona))
    );
  }).length;
}

/** Places of each showing of an item in the loop. */
const showings = (loop: readonly SlideMeta[], id: string) =>
  loop.flatMap((s, i) => (s.id === id ? [i] : []));

// A small but realistic wall: personas, their quotes and stories, and a few unlinked quotes.
const walter = persona('walter-okafor', { channels: ['phone', 'branch'], tags: ['bereavement'] });
const dana = persona('dana-whitfield', { channels: ['chat', 'app'], tags: ['fraud'] });
const priya = persona('priya-raman', { channels: ['email'] });
const fiveSeconds = story('five-seconds-of-silence', {
  persona: 'dana-whitfield',
  tags: ['bereavement', 'coaching'],
  featured: true,
  date: '2026-03-14',
});
const calledBack = story('the-man-who-called-back', {
  persona: 'walter-okafor',
  tags: ['bereavement', 'follow-through'],
  date: '2026-02-01',
});
const twoAm = story('two-am-and-the-charges-kept-coming', {
  channels: ['chat'],
  tags: ['fraud'],
  date: '2026-05-20',
});
const paper = quote('he-still-fetches-the-paper', {
  persona: 'walter-okafor',
  tags: ['follow-through'],
  date: '2026-04-02',
});
const kind = quote('kind-and-quick', { tags: ['coaching'], date: '2026-06-01' });
const halfway = quote('halfway-out-the-door', { tags: ['ownership'], date: '2026-06-05' });
const wall = [walter, dana, priya, fiveSeconds, calledBack, twoAm, paper, kind, halfway];

describe('matchesFilters', () => {
  const matching = (filters: Parameters<typeof matchesFilters>[1]) =>
    ids(wall.filter((s) => matchesFilters(s, filters)));

  it('plays everything without filters', () => {
    expect(matching({})).toEqual(ids(wall));
  });

  it('plays only the kinds asked for', () => {
    expect(matching({ kinds: ['quote'] })).toEqual(ids([paper, kind, halfway]));
    expect(matching({ kinds: ['persona', 'story'] })).toEqual(
      ids([walter, dana, priya, fiveSeconds, calledBack, twoAm]),
    );
  });

  it('plays items carrying any of the tags', () => {
    expect(matching({ tags: ['bereavement'] })).toEqual(ids([walter, fiveSeconds, calledBack]));
    expect(matching({ tags: ['fraud', 'ownership'] })).toEqual(ids([dana, twoAm, halfway]));
  });

  it('plays a persona together with the quotes and stories linked to it', () => {
    expect(matching({ personas: ['walter-okafor'] })).toEqual(ids([walter, calledBack, paper]));
    expect(matching({ personas: ['walter-okafor', 'dana-whitfield'] })).toEqual(
      ids([walter, dana, fiveSeconds, calledBack, paper]),
    );
  });

  it('filters stories by their channel and personas by theirs, and drops quotes, which have none', () => {
    expect(matching({ channels: ['chat'] })).toEqual(ids([dana, twoAm]));
    expect(matching({ channels: ['phone'] })).toEqual(ids([walter, fiveSeconds, calledBack]));
    expect(
      matching({ channels: ['phone', 'chat', 'email', 'branch', 'social', 'app'] }),
    ).not.toContain(paper.id);
  });

  it('leaves out excluded tags, personas and items', () => {
    expect(matching({ exclude: { tags: ['bereavement', 'fraud'] } })).toEqual(
      ids([priya, paper, kind, halfway]),
    );
    expect(matching({ exclude: { personas: ['walter-okafor'] } })).toEqual(
      ids([dana, priya, fiveSeconds, twoAm, kind, halfway]),
    );
    expect(matching({ exclude: { items: [paper.id, 'personas/priya-raman'] } })).toEqual(
      ids([walter, dana, fiveSeconds, calledBack, twoAm, kind, halfway]),
    );
  });

  it('needs every filter given to match', () => {
    expect(matching({ kinds: ['story'], tags: ['bereavement'] })).toEqual(
      ids([fiveSeconds, calledBack]),
    );
    expect(matching({ kinds: ['story'], tags: ['bereavement'], channels: ['chat'] })).toEqual([]);
    expect(
      matching({
        tags: ['bereavement', 'follow-through'],
        personas: ['walter-okafor'],
        exclude: { items: [calledBack.id] },
      }),
    ).toEqual(ids([walter, paper]));
  });

  it('lets an exclusion win over a filter that asks for the item', () => {
    expect(
      matching({ personas: ['walter-okafor'], exclude: { tags: ['follow-through'] } }),
    ).toEqual(ids([walter]));
  });
});

describe('buildRotation', () => {
  it('leaves a wall with nothing to play empty', () => {
    expect(buildRotation([], 'shuffle', 1)).toEqual([]);
    expect(buildRotation([], 'newest', 1)).toEqual([]);
  });

  it('plays every item once a loop and a featured story twice', () => {
    for (const order of ['shuffle', 'newest', 'as-listed'] as const) {
      const loop = buildRotation(wall, order, 3);
      expect(loop, order).toHaveLength(wall.length + 1);
      for (const item of wall) {
        expect(showings(loop, item.id), `${order}: ${item.id}`).toHaveLength(
          item === fiveSeconds ? 2 : 1,
        );
      }
    }
  });

  it('repeats only featured stories', () => {
    const featuredQuote = { ...kind, featured: true };
    const loop = buildRotation([featuredQuote, walter, priya, twoAm], 'newest', 1);
    expect(loop).toHaveLength(4);
  });

  it('shows a featured story again about half a loop after its first showing', () => {
    // Nobody shares a persona here, so nothing is swapped after the repeats are placed.
    const pool = Array.from({ length: 12 }, (_, i) =>
      story(`story-${i}`, { persona: `persona-${i}`, featured: i === 2 || i === 9 }),
    );
    for (let seed = 0; seed < 100; seed++) {
      const loop = buildRotation(pool, 'shuffle', seed);
      expect(loop).toHaveLength(14);
      for (const id of ['stories/story-2', 'stories/story-9']) {
        const [first = 0, second = 0] = showings(loop, id);
        const apart = Math.min(second - first, loop.length - (second - first));
        expect(apart, `seed ${seed}: ${ids(loop).join(' ')}`).toBeGreaterThanOrEqual(6);
      }
    }
  });

  it('never shows the same item twice in a row, even around the loop', () => {
    for (let size = 1; size <= 8; size++) {
      const pool = Array.from({ length: size }, (_, i) =>
        story(`story-${i}`, { featured: i % 2 === 0 }),
      );
      for (let seed = 0; seed < 50; seed++) {
        const loop = buildRotation(pool, 'shuffle', seed);
        const backToBack = loop.filter((s, i) => i > 0 && loop[i - 1]?.id === s.id);
        expect(backToBack, `size ${size}, seed ${seed}: ${ids(loop).join(' ')}`).toEqual([]);
        if (loop.length > 1) expect(loop[0]?.id).not.toBe(loop.at(-1)?.id);
      }
    }
  });

  it('keeps a featured story out of a loop of two from following itself', () => {
    expect(ids(buildRotation([twoAm, fiveSeconds], 'as-listed', 1))).toEqual(
      ids([twoAm, fiveSeconds]),
    );
  });

  it('keeps the same persona off consecutive slides in this wall, whatever the seed', () => {
    for (let seed = 0; seed < 500; seed++) {
      const loop = buildRotation(wall, 'shuffle', seed);
      expect(clashes(loop), `seed ${seed}: ${ids(loop).join(' ')}`).toBe(0);
    }
  });

  it('keeps the same persona off consecutive slides whenever no persona fills a third of the loop', () => {
    let checked = 0;
    for (let seed = 0; seed < 1500; seed++) {
      const random = seededRandom(seed);
      const size = 6 + Math.floor(random() * 30);
      const personas = Math.max(3, Math.ceil(size / 3));
      const pool = Array.from({ length: size }, (_, i) => {
        const linked = random() < 0.85 ? `persona-${Math.floor(random() * personas)}` : undefined;
        return random() < 0.5
          ? quote(`quote-${i}`, linked ? { persona: linked } : {})
          : story(`story-${i}`, {
              ...(linked ? { persona: linked } : {}),
              featured: random() < 0.2,
            });
      });
      const loop = buildRotation(pool, 'shuffle', seed);
      const perPersona = new Map<string, number>();
      for (const s of loop)
        perPersona.set(s.persona ?? s.id, (perPersona.get(s.persona ?? s.id) ?? 0) + 1);
      if (Math.max(...perPersona.values()) * 3 > loop.length) continue;
      checked++;
      expect(clashes(loop), `seed ${seed}: ${loop.map((s) => s.persona ?? '-').join(' ')}`).toBe(0);
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('still plays every slide when personas cannot be kept apart', () => {
    const pool = [walter, calledBack, paper, { ...twoAm, persona: 'walter-okafor' }];
    const loop = buildRotation(pool, 'shuffle', 5);
    expect([...ids(loop)].sort()).toEqual([...ids(pool)].sort());
  });

  it('gives the same order for the same seed', () => {
    expect(ids(buildRotation(wall, 'shuffle', 99))).toEqual(
      ids(buildRotation(wall, 'shuffle', 99)),
    );
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, seed) => ids(buildRotation(wall, 'shuffle', seed)).join()),
    );
    expect(orders.size).toBeGreaterThan(15);
  });

  it('plays newest first, personas (which have no date) last', () => {
    const loop = buildRotation([walter, paper, calledBack, kind, twoAm], 'newest', 1);
    expect(ids(loop)).toEqual(ids([kind, twoAm, paper, calledBack, walter]));
  });

  it('plays the listed items first, in the listed order, then the rest', () => {
    const pool = [walter, dana, priya, twoAm, kind, halfway];
    const loop = buildRotation(pool, 'as-listed', 1, [halfway.id, priya.id, twoAm.id]);
    expect(ids(loop).slice(0, 3)).toEqual(ids([halfway, priya, twoAm]));
    expect([...ids(loop).slice(3)].sort()).toEqual(ids([walter, dana, kind]).sort());
  });

  it('ignores listed items that are not in the pool', () => {
    const loop = buildRotation([kind, halfway], 'as-listed', 1, ['stories/gone', halfway.id]);
    expect(ids(loop)).toEqual(ids([halfway, kind]));
  });
});

describe('localDay', () => {
  it('is the date on the screen clock', () => {
    expect(localDay(new Date(2026, 10, 25, 23, 59))).toBe('2026-11-25');
    expect(localDay(new Date(2026, 0, 5, 0, 0))).toBe('2026-01-05');
  });
});

describe('rotationAt', () => {
  const plan: PlaylistPlan = {
    slug: 'call-floor',
    name: 'Call floor',
    order: 'shuffle',
    listed: [],
    filters: { exclude: { tags: ['ownership'] } },
    schedule: [
      {
        name: 'Morning huddle',
        days: ['mon', 'tue', 'wed', 'thu', 'fri'],
        from: '07:30',
        to: '09:30',
        filters: { kinds: ['story', 'persona'] },
      },
      {
        name: 'Night shift',
        days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        from: '22:00',
        to: '06:00',
        filters: { tags: ['fraud'] },
      },
      { days: ['sat'], from: '12:00', to: '13:00', filters: { tags: ['no-such-tag'] } },
      { days: ['sun'], from: '12:00', to: '13:00', filters: { kinds: ['quote'] } },
    ],
  };
  const monday = (hours: number, minutes = 0) => new Date(2026, 10, 23, hours, minutes);
  const sortedIds = (slides: readonly SlideMeta[]) => [...new Set(ids(slides))].sort();

  it('plays the playlist filters outside the day-parts, under the playlist name', () => {
    const rotation = rotationAt(wall, plan, monday(12), 'lobby');
    expect(rotation.dayPart).toBe(-1);
    expect(rotation.name).toBe('Call floor');
    expect(sortedIds(rotation.slides)).toEqual(sortedIds(wall.filter((s) => s !== halfway)));
  });

  it('swaps in the day-part filters while the day-part plays, instead of the playlist’s', () => {
    const rotation = rotationAt(wall, plan, monday(8), 'lobby');
    expect(rotation).toMatchObject({ dayPart: 0, name: 'Morning huddle' });
    expect(sortedIds(rotation.slides)).toEqual(
      sortedIds([walter, dana, priya, fiveSeconds, calledBack, twoAm]),
    );
  });

  it('keeps playing the night shift after midnight', () => {
    const tuesdayEarly = new Date(2026, 10, 24, 2, 30);
    const rotation = rotationAt(wall, plan, tuesdayEarly, 'lobby');
    expect(rotation).toMatchObject({ dayPart: 1, name: 'Night shift' });
    expect(sortedIds(rotation.slides)).toEqual(sortedIds([dana, twoAm]));
  });

  it('names an unnamed day-part by its place in the schedule', () => {
    const sundayNoon = new Date(2026, 10, 29, 12, 30);
    expect(rotationAt(wall, plan, sundayNoon, 'lobby')).toMatchObject({
      dayPart: 3,
      name: 'Day-part 4',
    });
  });

  it('falls back to the playlist filters when a day-part matches nothing', () => {
    const saturdayNoon = new Date(2026, 10, 28, 12, 30);
    const rotation = rotationAt(wall, plan, saturdayNoon, 'lobby');
    expect(rotation.dayPart).toBe(2);
    expect(rotation.name).toBe('Call floor');
    expect(sortedIds(rotation.slides)).toEqual(sortedIds(wall.filter((s) => s !== halfway)));
  });

  it('falls back to every slide when neither matches anything: the wall is never blank', () => {
    const nothing: PlaylistPlan = {
      ...plan,
      filters: { tags: ['nothing-here'] },
      schedule: [{ days: ['mon'], from: '07:00', to: '10:00', filters: { kinds: [] } }],
    };
    for (const now of [monday(8), monday(12)]) {
      const rotation = rotationAt(wall, nothing, now, 'lobby');
      expect(rotation.name).toBe('Call floor');
      expect(sortedIds(rotation.slides)).toEqual(sortedIds(wall));
    }
    expect(rotationAt(wall, nothing, monday(8), 'lobby').dayPart).toBe(0);
  });

  it('keeps a screen’s order all day and changes it the next day', () => {
    const morning = ids(rotationAt(wall, plan, monday(10), 'lobby').slides);
    expect(ids(rotationAt(wall, plan, monday(21, 59), 'lobby').slides)).toEqual(morning);
    const days = new Set(
      [24, 25, 26, 27].map((day) =>
        ids(rotationAt(wall, plan, new Date(2026, 10, day, 12), 'lobby').slides).join(),
      ),
    );
    expect(days.size).toBeGreaterThan(1);
    expect(days.has(morning.join())).toBe(false);
  });

  it('plays a different order on two screens side by side', () => {
    const screens = ['lobby', 'floor-2', 'canteen', 'training-room'];
    const orders = new Set(
      screens.map((screen) => ids(rotationAt(wall, plan, monday(12), screen).slides).join()),
    );
    expect(orders.size).toBe(screens.length);
  });

  it('plays the listed items first in an as-listed playlist', () => {
    const listed: PlaylistPlan = {
      slug: 'bereavement-team',
      name: 'Bereavement team',
      order: 'as-listed',
      listed: [fiveSeconds.id, calledBack.id],
      filters: { tags: ['bereavement'] },
      schedule: [],
    };
    const rotation = rotationAt(wall, listed, monday(12), 'lobby');
    expect(ids(rotation.slides).slice(0, 2)).toEqual(ids([fiveSeconds, calledBack]));
    expect(sortedIds(rotation.slides)).toEqual(sortedIds([walter, fiveSeconds, calledBack]));
  });
});
