import { describe, expect, it } from 'vitest';
import type { SlideMeta } from './playlist';
import { DEFAULT_PLAYLIST, slidesFor, toPlaylist, unknownTags, type PlaylistData } from './plans';

const nightShift: PlaylistData['schedule'][number] = {
  name: 'Night shift',
  days: ['mon', 'tue'],
  from: '22:00',
  to: '06:00',
  filters: { tags: ['Fraud'], exclude: { items: ['quotes/posted-in-anger'] } },
};

const callFloor: PlaylistData = {
  name: 'Call floor',
  description: 'Mornings open with stories.',
  filters: { tags: ['Follow Through', 'patience'], exclude: { tags: ['Small Gestures'] } },
  order: 'shuffle',
  items: [],
  schedule: [nightShift],
};

const meta = (id: string, data: Partial<SlideMeta> = {}): SlideMeta => ({
  id,
  kind: 'story',
  tags: [],
  channels: ['phone'],
  featured: false,
  ...data,
});

describe('toPlaylist', () => {
  const playlist = toPlaylist('call-floor', callFloor);

  it('matches tags written as words against the items’ slugs', () => {
    expect(playlist.plan.filters.tags).toEqual(['follow-through', 'patience']);
    expect(playlist.plan.filters.exclude?.tags).toEqual(['small-gestures']);
    expect(playlist.plan.schedule[0]?.filters.tags).toEqual(['fraud']);
  });

  it('keeps the rest of the file as written', () => {
    expect(playlist).toMatchObject({
      plan: { slug: 'call-floor', name: 'Call floor', order: 'shuffle', listed: [] },
      description: 'Mornings open with stories.',
      bounds: undefined,
      url: '/display/call-floor/',
    });
    expect(playlist.plan.schedule[0]).toMatchObject({
      name: 'Night shift',
      days: ['mon', 'tue'],
      from: '22:00',
      to: '06:00',
      filters: { exclude: { items: ['quotes/posted-in-anger'] } },
    });
  });

  it('hands over the listed items and the seconds bounds', () => {
    const listed = toPlaylist('bereavement-team', {
      ...callFloor,
      order: 'as-listed',
      items: ['stories/five-seconds-of-silence', 'stories/the-man-who-called-back'],
      seconds: { min: 12, max: 45 },
    });
    expect(listed.plan.listed).toEqual([
      'stories/five-seconds-of-silence',
      'stories/the-man-who-called-back',
    ]);
    expect(listed.bounds).toEqual({ min: 12, max: 45 });
  });

  it('leaves a playlist without tag filters open to every tag', () => {
    const open = toPlaylist('open', { ...callFloor, filters: {}, schedule: [] });
    expect(open.plan.filters.tags).toBeUndefined();
    expect(open.plan.filters.exclude).toBeUndefined();
  });
});

describe('DEFAULT_PLAYLIST', () => {
  it('plays every slide, shuffled, at /display/', () => {
    expect(DEFAULT_PLAYLIST.url).toBe('/display/');
    expect(DEFAULT_PLAYLIST.plan.order).toBe('shuffle');
    const slides = [meta('stories/a'), meta('quotes/b', { kind: 'quote', channels: [] })];
    expect(slidesFor(slides, DEFAULT_PLAYLIST.plan)).toEqual(slides);
  });
});

describe('slidesFor', () => {
  const { plan } = toPlaylist('call-floor', callFloor);
  const patience = meta('stories/patience', { tags: ['patience'] });
  const fraud = meta('stories/fraud', { tags: ['fraud'] });
  const gestures = meta('stories/gestures', { tags: ['patience', 'small-gestures'] });
  const unrelated = meta('stories/unrelated', { tags: ['shoes'] });
  const excludedAtNight = meta('quotes/posted-in-anger', { kind: 'quote', tags: ['fraud'] });

  it('ships the slides the playlist or any of its day-parts can play, and no others', () => {
    expect(slidesFor([patience, fraud, gestures, unrelated, excludedAtNight], plan)).toEqual([
      patience,
      fraud,
    ]);
  });
});

describe('unknownTags', () => {
  it('finds tags no item carries: almost always a typo', () => {
    const { plan } = toPlaylist('call-floor', callFloor);
    const known = new Set(['follow-through', 'patience', 'fraud']);
    expect(unknownTags(plan, known)).toEqual(['small-gestures']);
    expect(unknownTags(plan, new Set([...known, 'small-gestures']))).toEqual([]);
  });

  it('names a typo once even when several parts use it', () => {
    const { plan } = toPlaylist('typos', {
      ...callFloor,
      filters: { tags: ['Bereavment'] },
      schedule: [{ ...nightShift, filters: { exclude: { tags: ['bereavment'] } } }],
    });
    expect(unknownTags(plan, new Set(['bereavement']))).toEqual(['bereavment']);
  });
});
