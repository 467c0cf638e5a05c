/**
 * Announcements on the wall: a message that interrupts the rotation for a while.
 * - Windows (`from`, `until`) are local times with no zone, read on the screen's own clock, so
 *   an announcement scheduled in advance appears at `from` without a rebuild, even offline.
 * - A `takeover` replaces the rotation while it is live; several take turns.
 * - An `interleave` plays after every `every`th slide of the rotation while it is live.
 * Framework-free and with the time as a parameter, so the wall, the pages and the tests agree.
 * Wall code path: no Array.prototype.at, replaceAll or structuredClone (Chromium 85).
 */
import type { AnnouncementMode, AnnouncementTone } from '../catalog/vocabulary';

/** An announcement as the wall receives it in /display/announcements.json. */
export interface Announcement {
  kind: 'announcement';
  /** The file name without .md. */
  id: string;
  title: string;
  /** The body, as HTML rendered from its markdown at build time. */
  html: string;
  /** Local date and time on the screen's clock, `YYYY-MM-DDTHH:MM`. */
  from: string;
  until: string;
  mode: AnnouncementMode;
  /** Interleave only: after every this many slides. */
  every: number;
  /** Playlist names it plays on; empty: every screen. */
  screens: readonly string[];
  tone: AnnouncementTone;
  /** How long it stays up each time, at normal speed. */
  seconds: number;
}

/** Announcements are no longer than this on the wall, so the watchdog can allow for them. */
export const ANNOUNCEMENT_MAX_SECONDS = 30;

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * `2026-12-03T08:00` (seconds optional) as that moment on this machine's clock, or null when it
 * is not an ISO local date and time of a real day (no zone: the screen's own time is meant).
 */
export function parseLocalDateTime(text: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hours === undefined ||
    minutes === undefined ||
    seconds === undefined
  ) {
    return null;
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  const real =
    date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  // A time skipped by a daylight-saving jump still names a moment: the one just after.
  return real ? date : null;
}

/** What windows are read from: `from` and `until` as written. */
export interface Window {
  from: string;
  until: string;
}

const time = (text: string) => parseLocalDateTime(text)?.getTime() ?? Number.NaN;

/** Live from `from` (included) to `until` (excluded). */
export function isLive(window: Window, now: Date): boolean {
  const at = now.getTime();
  return time(window.from) <= at && at < time(window.until);
}

/** Over: `until` has passed. Such announcements are left out of the build. */
export function hasEnded(window: Window, now: Date): boolean {
  return time(window.until) <= now.getTime();
}

/** Whether an announcement plays on a playlist's screens: no `screens` means every screen. */
export function playsOn(announcement: { screens: readonly string[] }, playlist: string): boolean {
  return announcement.screens.length === 0 || announcement.screens.indexOf(playlist) !== -1;
}

/** Earliest `from` first, then by file name: the order several live ones take turns in. */
export function byStart<A extends Window & { id: string }>(a: A, b: A): number {
  return time(a.from) - time(b.from) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The announcements live at `now`, in turn order. */
export function liveAt<A extends Window & { id: string }>(list: readonly A[], now: Date): A[] {
  return list.filter((announcement) => isLive(announcement, now)).sort(byStart);
}

/** Those not started yet, soonest first. */
export function upcomingAt<A extends Window & { id: string }>(list: readonly A[], now: Date): A[] {
  return list.filter((announcement) => time(announcement.from) > now.getTime()).sort(byStart);
}

/**
 * What one screen's announcements ask of its rotation, slide boundary by slide boundary. It
 * keeps, for each live interleave, how many rotation slides have played since it last did.
 */
export class AnnouncementQueue {
  #playlist: string;
  #list: Announcement[] = [];
  #lastTakeover = '';
  #since = new Map<string, number>();

  constructor(playlist: string, list: readonly Announcement[] = []) {
    this.#playlist = playlist;
    this.replace(list);
  }

  /** New announcements (from a deploy): counts carry over for those that stay. */
  replace(list: readonly Announcement[]): void {
    this.#list = list.filter((announcement) => playsOn(announcement, this.#playlist));
  }

  #live(now: Date, mode: Announcement['mode']): Announcement[] {
    return liveAt(this.#list, now).filter((announcement) => announcement.mode === mode);
  }

  /**
   * Which takeovers are live, as one string: when it changes, a takeover started or ended (or
   * arrived with a deploy), and the screen switches at once rather than at the slide's end.
   */
  urgentKey(now: Date): string {
    return this.#live(now, 'takeover')
      .map((announcement) => announcement.id)
      .join(' ');
  }

  /**
   * At a slide boundary: the announcement to show next, or undefined when the rotation goes on
   * (which counts one more rotation slide for every live interleave).
   */
  next(now: Date): Announcement | undefined {
    const takeovers = this.#live(now, 'takeover');
    if (takeovers.length > 0) {
      const last = takeovers.map((announcement) => announcement.id).indexOf(this.#lastTakeover);
      const turn = takeovers[(last + 1) % takeovers.length];
      this.#lastTakeover = turn?.id ?? '';
      return turn;
    }
    this.#lastTakeover = '';
    const interleaves = this.#live(now, 'interleave');
    for (const id of Array.from(this.#since.keys())) {
      if (!interleaves.some((announcement) => announcement.id === id)) this.#since.delete(id);
    }
    const due = interleaves.find(
      (announcement) => (this.#since.get(announcement.id) ?? 0) >= announcement.every,
    );
    if (due) {
      this.#since.set(due.id, 0);
      return due;
    }
    for (const announcement of interleaves) {
      this.#since.set(announcement.id, (this.#since.get(announcement.id) ?? 0) + 1);
    }
    return undefined;
  }
}

/**
 * The announcements in a fetched file, keeping only well-formed ones: a half-copied deploy or
 * an older build's file must not break the wall.
 */
export function readAnnouncements(value: unknown): Announcement[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is Announcement => {
    if (typeof item !== 'object' || item === null) return false;
    const { kind, id, title, html, from, until, mode, every, screens, tone, seconds } =
      item as Record<string, unknown>;
    return (
      kind === 'announcement' &&
      typeof id === 'string' &&
      typeof title === 'string' &&
      typeof html === 'string' &&
      typeof from === 'string' &&
      typeof until === 'string' &&
      (mode === 'takeover' || mode === 'interleave') &&
      typeof every === 'number' &&
      every >= 1 &&
      Array.isArray(screens) &&
      typeof tone === 'string' &&
      typeof seconds === 'number' &&
      seconds > 0
    );
  });
}

export type AnnouncementStatus = 'live' | 'scheduled' | 'ended';

/** Where an announcement stands at `now`, for the screens page and the home banner. */
export function statusAt(window: Window, now: Date): AnnouncementStatus {
  if (isLive(window, now)) return 'live';
  return hasEnded(window, now) ? 'ended' : 'scheduled';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `3 Dec 2026, 08:00–18:00`, or `3 Dec 2026, 08:00 – 16 Dec 2026, 14:00`, as written. */
export function describeWindow({ from, until }: Window): string {
  const part = (text: string) => {
    const [day = '', clock = ''] = text.split('T');
    const [year, month, date] = day.split('-');
    return {
      day: `${Number(date)} ${MONTHS[Number(month) - 1] ?? ''} ${year ?? ''}`,
      clock: clock.slice(0, 5),
    };
  };
  const start = part(from);
  const end = part(until);
  return start.day === end.day
    ? `${start.day}, ${start.clock}–${end.clock}`
    : `${start.day}, ${start.clock} – ${end.day}, ${end.clock}`;
}
