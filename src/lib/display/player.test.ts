import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ItemKind } from '../catalog/vocabulary';
import { rotationAt, type PlaylistPlan, type SlideMeta } from './playlist';
import { RotationPlayer, type Showing } from './player';

type TimedSlide = SlideMeta & { seconds: number };

const folders = { persona: 'personas', quote: 'quotes', story: 'stories' } as const;

function slide(kind: ItemKind, slug: string, seconds: number, date: string): TimedSlide {
  return {
    id: `${folders[kind]}/${slug}`,
    kind,
    tags: [],
    persona: undefined,
    channels: [],
    featured: false,
    date,
    seconds,
  };
}

// Newest first: stories a, b, c, then quotes q1, q2.
const slides = [
  slide('story', 'a', 8, '2026-05-05'),
  slide('story', 'b', 10, '2026-05-04'),
  slide('story', 'c', 12, '2026-05-03'),
  slide('quote', 'q1', 20, '2026-05-02'),
  slide('quote', 'q2', 20, '2026-05-01'),
];

const newest: PlaylistPlan = {
  slug: 'test',
  name: 'Test wall',
  order: 'newest',
  listed: [],
  filters: {},
  schedule: [],
};

/** Monday 23 November 2026, on the screen clock. */
const monday = (hours: number, minutes = 0, seconds = 0) =>
  new Date(2026, 10, 23, hours, minutes, seconds);

let players: RotationPlayer<TimedSlide>[] = [];

function play(
  options: {
    plan?: PlaylistPlan;
    speed?: number;
    slides?: TimedSlide[];
    fetching?: () => boolean;
  } = {},
) {
  const shown: Showing<TimedSlide>[] = [];
  const pauses: boolean[] = [];
  const player = new RotationPlayer<TimedSlide>({
    slides: options.slides ?? slides,
    plan: options.plan ?? newest,
    screen: 'lobby',
    ...(options.speed === undefined ? {} : { speed: options.speed }),
    onShow: (showing) => shown.push(showing),
    onPause: (paused) => pauses.push(paused),
    ...(options.fetching && { fetching: options.fetching }),
  });
  players.push(player);
  const current = () => shown.at(-1);
  return { player, shown, pauses, current, id: () => current()?.slide.id };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(monday(12));
});

afterEach(() => {
  for (const player of players) player.stop();
  players = [];
  vi.useRealTimers();
});

describe('starting', () => {
  it('shows the first slide at once, with its place, the loop length and the playlist name', () => {
    const { player, shown } = play();
    player.start();
    expect(shown).toEqual([
      { slide: slides[0], position: 0, total: 5, name: 'Test wall', duration: 8000, count: 1 },
    ]);
  });

  it('runs a single heartbeat however often it is started', () => {
    const { player, shown } = play();
    player.start();
    player.start();
    expect(vi.getTimerCount()).toBe(1);
    expect(shown).toHaveLength(1);
  });
});

describe('advancing', () => {
  it('moves on once the slide’s seconds are up, not before', () => {
    const { player, shown, id } = play();
    player.start();
    vi.advanceTimersByTime(7999);
    expect(shown).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(id()).toBe('stories/b');
    vi.advanceTimersByTime(9999);
    expect(id()).toBe('stories/b');
    vi.advanceTimersByTime(1);
    expect(id()).toBe('stories/c');
  });

  it('plays faster at a higher speed', () => {
    const { player, shown, current } = play({ speed: 2 });
    player.start();
    expect(current()?.duration).toBe(4000);
    vi.advanceTimersByTime(3999);
    expect(shown).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(current()).toMatchObject({ position: 1, duration: 5000 });
  });

  it('plays at normal speed when the speed makes no sense', () => {
    for (const speed of [0, -3]) {
      const { player, current } = play({ speed });
      player.start();
      expect(current()?.duration).toBe(8000);
      player.stop();
    }
  });

  it('loops forever, starting again from the first slide', () => {
    const { player, shown } = play();
    player.start();
    const loopMs = (8 + 10 + 12 + 20 + 20) * 1000;
    vi.advanceTimersByTime(4 * loopMs);
    expect(shown.map((s) => s.position)).toEqual([
      ...[0, 1, 2, 3, 4],
      ...[0, 1, 2, 3, 4],
      ...[0, 1, 2, 3, 4],
      ...[0, 1, 2, 3, 4],
      0,
    ]);
    expect(shown.slice(5, 10).map((s) => s.slide)).toEqual(slides);
    expect(shown.at(-1)?.count).toBe(21);
  });
});

describe('pausing', () => {
  it('holds the slide past its time while paused', () => {
    const { player, shown, pauses } = play();
    player.start();
    vi.advanceTimersByTime(3000);
    player.togglePause();
    expect(player.paused).toBe(true);
    expect(pauses).toEqual([true]);
    vi.advanceTimersByTime(60_000);
    expect(shown).toHaveLength(1);
  });

  it('carries on with the time the slide had left when resumed', () => {
    const { player, shown, pauses, id } = play();
    player.start();
    vi.advanceTimersByTime(3000);
    player.togglePause();
    vi.advanceTimersByTime(60_000);
    player.togglePause();
    expect(player.paused).toBe(false);
    expect(pauses).toEqual([true, false]);
    vi.advanceTimersByTime(4750);
    expect(shown).toHaveLength(1);
    vi.advanceTimersByTime(250);
    expect(id()).toBe('stories/b');
  });
});

describe('stepping by hand', () => {
  it('moves to the next and the previous slide at once', () => {
    const { player, id } = play();
    player.start();
    player.next();
    expect(id()).toBe('stories/b');
    player.next();
    expect(id()).toBe('stories/c');
    player.previous();
    expect(id()).toBe('stories/b');
  });

  it('steps back from the first slide to the last', () => {
    const { player, current } = play();
    player.start();
    player.previous();
    expect(current()).toMatchObject({ position: 4, slide: slides[4] });
    player.next();
    expect(current()?.position).toBe(0);
  });

  it('gives a slide reached by hand its full time', () => {
    const { player, shown, id } = play();
    player.start();
    vi.advanceTimersByTime(7000);
    player.next();
    vi.advanceTimersByTime(9750);
    expect(shown).toHaveLength(2);
    vi.advanceTimersByTime(250);
    expect(id()).toBe('stories/c');
  });
});

describe('what comes next', () => {
  it('names the next slides of the loop, round past its end, for their text to be fetched', () => {
    const { player } = play();
    player.start();
    player.next();
    player.next();
    expect(player.upcoming(3).map((next) => next.id)).toEqual([
      'quotes/q1',
      'quotes/q2',
      'stories/a',
    ]);
    expect(player.upcoming(9)).toHaveLength(slides.length);
  });

  it('waits for a slide whose text is still coming, then gives it its whole time', () => {
    let fetching = true;
    const { player, id } = play({ fetching: () => fetching });
    player.start();
    vi.advanceTimersByTime(20_000);
    expect(id()).toBe('stories/a');
    fetching = false;
    player.shownLate();
    vi.advanceTimersByTime(7750);
    expect(id()).toBe('stories/a');
    vi.advanceTimersByTime(250);
    expect(id()).toBe('stories/b');
  });
});

describe('day-parts', () => {
  const lunch: PlaylistPlan = {
    ...newest,
    schedule: [
      { name: 'Lunch', days: ['mon'], from: '12:30', to: '13:00', filters: { kinds: ['quote'] } },
    ],
  };

  it('switches to the day-part’s slides the moment it starts, without a restart', () => {
    vi.setSystemTime(monday(12, 29, 55));
    const { player, current, shown } = play({ plan: lunch });
    player.start();
    expect(current()).toMatchObject({ name: 'Test wall', total: 5, slide: slides[0] });
    vi.advanceTimersByTime(4750);
    expect(shown).toHaveLength(1);
    vi.advanceTimersByTime(250);
    expect(current()).toMatchObject({ name: 'Lunch', total: 2, position: 0, slide: slides[3] });
    expect(vi.getTimerCount()).toBe(1);
  });

  it('switches back when the day-part ends', () => {
    vi.setSystemTime(monday(12, 59, 50));
    const { player, current } = play({ plan: lunch });
    player.start();
    expect(current()?.name).toBe('Lunch');
    vi.advanceTimersByTime(10_000);
    expect(current()).toMatchObject({ name: 'Test wall', total: 5, position: 0 });
  });

  it('switches even while paused', () => {
    vi.setSystemTime(monday(12, 29, 55));
    const { player, current } = play({ plan: lunch });
    player.start();
    player.togglePause();
    vi.advanceTimersByTime(5000);
    expect(current()?.name).toBe('Lunch');
    expect(player.paused).toBe(true);
  });
});

describe('a new day', () => {
  const many = Array.from({ length: 12 }, (_, i) =>
    slide('story', `story-${i}`, 10, `2026-05-${String(i + 10)}`),
  );
  const shuffle: PlaylistPlan = { ...newest, order: 'shuffle' };

  it('finishes the loop in yesterday’s order and reshuffles at the next loop', () => {
    // Six slides before midnight, six after.
    vi.setSystemTime(new Date(2026, 10, 23, 23, 59, 0));
    const { player, shown } = play({ plan: shuffle, slides: many });
    player.start();
    vi.advanceTimersByTime(12 * 10_000 * 2);
    const mondayLoop = rotationAt(many, shuffle, new Date(2026, 10, 23, 23, 59), 'lobby').slides;
    const tuesdayLoop = rotationAt(many, shuffle, new Date(2026, 10, 24, 0, 1), 'lobby').slides;
    expect(tuesdayLoop).not.toEqual(mondayLoop);
    expect(shown.slice(0, 12).map((s) => s.slide)).toEqual(mondayLoop);
    expect(shown.slice(12, 24).map((s) => s.slide)).toEqual(tuesdayLoop);
  });
});

describe('expiry on the screen clock', () => {
  const lastDay = { ...slide('quote', 'winter-sale', 10, '2026-11-10'), expires: '2026-11-23' };
  const withExpiring = [
    slide('story', 'a', 10, '2026-11-20'),
    lastDay,
    slide('quote', 'q', 10, '2026-11-02'),
  ];

  it('shows an item through its last day, and never once midnight has passed', () => {
    vi.setSystemTime(monday(23, 59, 45));
    const { player, shown } = play({ slides: withExpiring });
    player.start();
    vi.advanceTimersByTime(10_000);
    expect(shown.map((s) => s.slide.id)).toEqual(['stories/a', 'quotes/winter-sale']);
    // Midnight passes while the expiring slide is up: it is skipped from then on.
    vi.advanceTimersByTime(20 * 10_000);
    const afterMidnight = shown.slice(2).map((s) => s.slide.id);
    expect(afterMidnight.length).toBeGreaterThan(10);
    expect(afterMidnight).not.toContain('quotes/winter-sale');
  });

  it('starts without it on a screen whose clock is past its last day', () => {
    vi.setSystemTime(new Date(2026, 10, 24, 9));
    const { player, shown } = play({ slides: withExpiring });
    player.start();
    vi.advanceTimersByTime(60_000);
    expect(shown.map((s) => s.slide.id)).not.toContain('quotes/winter-sale');
    player.previous();
    expect(shown.map((s) => s.slide.id)).not.toContain('quotes/winter-sale');
  });
});

describe('a hidden tab', () => {
  it('catches up at once when the page is shown again after its timers were held back', () => {
    const { player, shown, id } = play();
    player.start();
    // The browser throttled the tab: the clock moves on, the heartbeat does not run.
    vi.setSystemTime(monday(12, 10));
    expect(shown).toHaveLength(1);
    player.tick();
    expect(id()).toBe('stories/b');
    // The slide it caught up to gets its full time from now.
    vi.advanceTimersByTime(9750);
    expect(shown).toHaveLength(2);
    vi.advanceTimersByTime(250);
    expect(id()).toBe('stories/c');
  });

  it('lands in the day-part that started while the tab was hidden', () => {
    const lunch: PlaylistPlan = {
      ...newest,
      schedule: [
        { name: 'Lunch', days: ['mon'], from: '12:30', to: '13:00', filters: { kinds: ['quote'] } },
      ],
    };
    const { player, current } = play({ plan: lunch });
    player.start();
    vi.setSystemTime(monday(12, 45));
    player.tick();
    expect(current()).toMatchObject({ name: 'Lunch', position: 0 });
  });
});

describe('stopping and memory', () => {
  it('leaves no timer behind when stopped, and shows nothing more', () => {
    const { player, shown } = play();
    player.start();
    player.stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(120_000);
    expect(shown).toHaveLength(1);
  });

  it('keeps one timer however long it plays', () => {
    const { player, shown } = play({ speed: 1000 });
    player.start();
    for (let beat = 0; beat < 5000; beat++) vi.advanceTimersByTime(250);
    expect(shown.length).toBeGreaterThan(4000);
    expect(shown.at(-1)?.count).toBe(shown.length);
    expect(vi.getTimerCount()).toBe(1);
  });
});
