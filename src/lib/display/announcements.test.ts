import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AnnouncementQueue,
  describeWindow,
  hasEnded,
  isLive,
  liveAt,
  parseLocalDateTime,
  playsOn,
  readAnnouncements,
  statusAt,
  upcomingAt,
  type Announcement,
} from './announcements';
import { RotationPlayer, type Showing } from './player';
import type { PlaylistPlan, SlideMeta } from './playlist';

function announcement(id: string, fields: Partial<Announcement> = {}): Announcement {
  return {
    kind: 'announcement',
    id,
    title: `Title of ${id}`,
    html: '<p>Body</p>',
    from: '2026-12-03T08:00',
    until: '2026-12-03T18:00',
    mode: 'takeover',
    every: 5,
    screens: [],
    tone: 'info',
    seconds: 10,
    ...fields,
  };
}

/** 3 December 2026 on this machine's clock, as a screen reads it. */
const dec3 = (hours: number, minutes = 0) => new Date(2026, 11, 3, hours, minutes);

describe('reading a window', () => {
  it('reads ISO local date-times as this clock’s time, with or without seconds', () => {
    expect(parseLocalDateTime('2026-12-03T08:00')).toEqual(dec3(8));
    expect(parseLocalDateTime('2026-12-03T08:00:30')).toEqual(new Date(2026, 11, 3, 8, 0, 30));
  });

  it('refuses what is not an ISO local date-time of a real day', () => {
    for (const text of [
      '2026-12-03',
      '2026-12-03 08:00',
      '2026-12-03T08:00Z',
      '2026-12-03T08:00+01:00',
      '3/12/2026 08:00',
      '2026-02-30T08:00',
      '2026-12-03T24:00',
      '2026-12-03T08:60',
      'tomorrow',
    ]) {
      expect(parseLocalDateTime(text), text).toBeNull();
    }
  });

  it('is live from `from` up to, not including, `until`', () => {
    const window = { from: '2026-12-03T08:00', until: '2026-12-03T18:00' };
    expect(isLive(window, dec3(7, 59))).toBe(false);
    expect(isLive(window, dec3(8))).toBe(true);
    expect(isLive(window, dec3(17, 59))).toBe(true);
    expect(isLive(window, dec3(18))).toBe(false);
    expect(hasEnded(window, dec3(17, 59))).toBe(false);
    expect(hasEnded(window, dec3(18))).toBe(true);
  });
});

describe('which announcements', () => {
  it('plays on every screen without `screens`, and only on those listed with it', () => {
    expect(playsOn({ screens: [] }, 'lobby')).toBe(true);
    expect(playsOn({ screens: ['call-floor'] }, 'call-floor')).toBe(true);
    expect(playsOn({ screens: ['call-floor'] }, 'lobby')).toBe(false);
  });

  it('orders live ones by start, then file name, and lists the upcoming soonest first', () => {
    const list = [
      announcement('late', { from: '2026-12-03T10:00' }),
      announcement('b-early', { from: '2026-12-03T09:00' }),
      announcement('a-early', { from: '2026-12-03T09:00' }),
      announcement('tomorrow', { from: '2026-12-04T09:00', until: '2026-12-04T10:00' }),
      announcement('soon', { from: '2026-12-03T12:00' }),
    ];
    const at = dec3(11);
    expect(liveAt(list, at).map((a) => a.id)).toEqual(['a-early', 'b-early', 'late']);
    expect(upcomingAt(list, at).map((a) => a.id)).toEqual(['soon', 'tomorrow']);
  });
});

describe('the queue of one screen', () => {
  it('takes several live takeovers in turn, and gives way when none is live', () => {
    const queue = new AnnouncementQueue('lobby', [
      announcement('first', { from: '2026-12-03T08:00' }),
      announcement('second', { from: '2026-12-03T09:00' }),
    ]);
    expect(queue.next(dec3(7))).toBeUndefined();
    expect(queue.next(dec3(8, 30))?.id).toBe('first');
    expect(queue.next(dec3(8, 31))?.id).toBe('first');
    const turns = [dec3(9), dec3(9, 1), dec3(9, 2)].map((at) => queue.next(at)?.id);
    expect(turns).toEqual(['second', 'first', 'second']);
    expect(queue.next(dec3(18))).toBeUndefined();
  });

  it('plays an interleave after every Nth rotation slide while it is live', () => {
    const queue = new AnnouncementQueue('lobby', [
      announcement('huddle', { mode: 'interleave', every: 3 }),
    ]);
    const at = dec3(9);
    const boundaries = Array.from({ length: 9 }, () => queue.next(at)?.id ?? 'slide');
    expect(boundaries).toEqual([
      'slide',
      'slide',
      'slide',
      'huddle',
      'slide',
      'slide',
      'slide',
      'huddle',
      'slide',
    ]);
    expect(queue.next(dec3(18))).toBeUndefined();
  });

  it('leaves out announcements for other playlists', () => {
    const queue = new AnnouncementQueue('lobby', [
      announcement('floor-only', { screens: ['call-floor'] }),
    ]);
    expect(queue.next(dec3(9))).toBeUndefined();
    expect(queue.urgentKey(dec3(9))).toBe('');
  });

  it('changes its urgent key when a takeover starts, ends or arrives, not for an interleave', () => {
    const queue = new AnnouncementQueue('lobby', [
      announcement('outage'),
      announcement('huddle', { mode: 'interleave' }),
    ]);
    expect(queue.urgentKey(dec3(7))).toBe('');
    expect(queue.urgentKey(dec3(8))).toBe('outage');
    queue.replace([announcement('outage'), announcement('new', { from: '2026-12-03T07:00' })]);
    expect(queue.urgentKey(dec3(8))).toBe('new outage');
    expect(queue.urgentKey(dec3(18))).toBe('');
  });
});

type TimedSlide = SlideMeta & { seconds: number };

const slides: TimedSlide[] = ['a', 'b', 'c', 'd'].map((slug) => ({
  id: `quotes/${slug}`,
  kind: 'quote',
  tags: [],
  channels: [],
  featured: false,
  date: '2026-05-01',
  seconds: 10,
}));

const plan: PlaylistPlan = {
  slug: 'lobby',
  name: 'Lobby',
  order: 'as-listed',
  listed: slides.map((slide) => slide.id),
  filters: {},
  schedule: [],
};

describe('a rotation with announcements', () => {
  let player: RotationPlayer<TimedSlide, Announcement> | undefined;
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    player?.stop();
    vi.useRealTimers();
  });

  function play(list: Announcement[]) {
    const shown: Showing<TimedSlide | Announcement>[] = [];
    player = new RotationPlayer({
      slides,
      plan,
      screen: 'lobby',
      onShow: (showing) => shown.push(showing),
      interrupter: new AnnouncementQueue('lobby', list),
    });
    player.start();
    return () => shown.map((showing) => showing.slide.id);
  }

  it('switches to a takeover the moment it starts and back to the rotation at `until`', () => {
    vi.setSystemTime(new Date(2026, 11, 3, 7, 59, 55));
    const ids = play([announcement('outage', { until: '2026-12-03T08:00:15' })]);
    expect(ids()).toEqual(['quotes/a']);
    // 08:00:00 is mid-slide: the takeover goes up at once, and again after its 10 s.
    vi.advanceTimersByTime(5_000);
    expect(ids()).toEqual(['quotes/a', 'outage']);
    vi.advanceTimersByTime(10_000);
    expect(ids()).toEqual(['quotes/a', 'outage', 'outage']);
    // At 08:00:15 the rotation resumes where it was, without waiting out the announcement.
    vi.advanceTimersByTime(4_750);
    expect(ids()).toHaveLength(3);
    vi.advanceTimersByTime(250);
    expect(ids()).toEqual(['quotes/a', 'outage', 'outage', 'quotes/b']);
  });

  it('puts an interleave between slides, after every Nth', () => {
    vi.setSystemTime(dec3(9));
    const ids = play([announcement('huddle', { mode: 'interleave', every: 2 })]);
    vi.advanceTimersByTime(10_000 * 5);
    expect(ids()).toEqual(['quotes/a', 'quotes/b', 'huddle', 'quotes/c', 'quotes/d', 'huddle']);
  });
});

describe('reading the fetched file', () => {
  it('keeps well-formed announcements and drops anything else', () => {
    const good = announcement('good');
    expect(readAnnouncements([good, { ...good, mode: 'popup' }, null, 'x'])).toEqual([good]);
    expect(readAnnouncements({ announcements: [good] })).toEqual([]);
  });
});

describe('on the browse pages', () => {
  const window = { from: '2026-12-03T08:00', until: '2026-12-16T14:00' };

  it('says whether an announcement is scheduled, live or over', () => {
    expect(statusAt(window, dec3(7))).toBe('scheduled');
    expect(statusAt(window, dec3(8))).toBe('live');
    expect(statusAt(window, new Date(2026, 11, 16, 14))).toBe('ended');
  });

  it('writes the window as the author did, one day or several', () => {
    expect(describeWindow(window)).toBe('3 Dec 2026, 08:00 – 16 Dec 2026, 14:00');
    expect(describeWindow({ from: '2026-12-03T08:00', until: '2026-12-03T18:00' })).toBe(
      '3 Dec 2026, 08:00–18:00',
    );
  });
});
