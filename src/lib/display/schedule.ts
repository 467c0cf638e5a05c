/**
 * Day-parts: a playlist can play different things at different times of the week, on the
 * screen's own clock. A day-part runs on each of its days from `from` to `to`; a `to` earlier
 * than `from` runs past midnight into the next day (22:00–06:00).
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface DayPart {
  days: readonly Weekday[];
  /** `HH:MM`, local time. */
  from: string;
  /** `HH:MM`, local time; earlier than `from` means the next day. */
  to: string;
}

const DAY = 24 * 60;
const WEEK = 7 * DAY;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isClockTime(text: string): boolean {
  return CLOCK.test(text);
}

export function minutesOfDay(time: string): number {
  const match = CLOCK.exec(time);
  if (!match) throw new Error(`not a HH:MM time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function lengthOf(part: DayPart): number {
  return (minutesOfDay(part.to) - minutesOfDay(part.from) + DAY) % DAY;
}

/** The minutes of the week (Monday 00:00 = 0) each run of a day-part covers, as [start, end). */
export function weekIntervals(part: DayPart): [number, number][] {
  const length = lengthOf(part);
  return part.days.map((day) => {
    const start = WEEKDAYS.indexOf(day) * DAY + minutesOfDay(part.from);
    return [start, start + length];
  });
}

function covers([start, end]: [number, number], minute: number): boolean {
  // An interval that runs past Sunday midnight wraps to Monday morning.
  return (minute >= start && minute < end) || (minute + WEEK >= start && minute + WEEK < end);
}

/** Local minute of the week: Monday 00:00 is 0. */
export function minuteOfWeek(now: Date): number {
  const mondayBased = (now.getDay() + 6) % 7;
  return mondayBased * DAY + now.getHours() * 60 + now.getMinutes();
}

export interface Overlap {
  first: number;
  second: number;
  /** When they first meet, e.g. `tue 07:00`. */
  at: string;
}

function describeMinute(minute: number): string {
  const m = ((minute % WEEK) + WEEK) % WEEK;
  const day = WEEKDAYS[Math.floor(m / DAY)] ?? 'mon';
  const time = m % DAY;
  return `${day} ${String(Math.floor(time / 60)).padStart(2, '0')}:${String(time % 60).padStart(2, '0')}`;
}

/**
 * Whether a day-part can be placed on the week. The playlist schema checks overlaps even when
 * a day-part has its own error (a time of "25:00"): that one is reported, not thrown.
 */
const placeable = (part: DayPart) =>
  Array.isArray(part.days) && isClockTime(part.from) && isClockTime(part.to);

/** Pairs of day-parts that would both be playing at some minute of the week. */
export function findOverlaps(parts: readonly DayPart[]): Overlap[] {
  const overlaps: Overlap[] = [];
  if (!Array.isArray(parts)) return overlaps;
  parts.forEach((a, i) => {
    if (!placeable(a)) return;
    parts.slice(i + 1).forEach((b, offset) => {
      if (!placeable(b)) return;
      for (const [aStart, aEnd] of weekIntervals(a)) {
        for (const [bStart, bEnd] of weekIntervals(b)) {
          for (const shift of [-WEEK, 0, WEEK]) {
            const start = Math.max(aStart, bStart + shift);
            if (start < Math.min(aEnd, bEnd + shift)) {
              overlaps.push({ first: i, second: i + 1 + offset, at: describeMinute(start) });
              return;
            }
          }
        }
      }
    });
  });
  return overlaps;
}

/** Index of the day-part playing at `now`, or -1 outside all of them. */
export function activeDayPart(parts: readonly DayPart[], now: Date): number {
  const minute = minuteOfWeek(now);
  return parts.findIndex((part) =>
    weekIntervals(part).some((interval) => covers(interval, minute)),
  );
}

/** The next moment a day-part starts or ends after `now`, or undefined without day-parts. */
export function nextBoundary(parts: readonly DayPart[], now: Date): Date | undefined {
  const minute = minuteOfWeek(now);
  let soonest = Infinity;
  for (const part of parts) {
    for (const [start, end] of weekIntervals(part)) {
      for (const edge of [start, end]) {
        const ahead = (((edge - minute) % WEEK) + WEEK) % WEEK || WEEK;
        soonest = Math.min(soonest, ahead);
      }
    }
  }
  if (!Number.isFinite(soonest)) return undefined;
  const boundary = new Date(now);
  boundary.setSeconds(0, 0);
  boundary.setMinutes(boundary.getMinutes() + soonest);
  return boundary;
}
