import { afterEach, describe, expect, it } from 'vitest';
import {
  activeDayPart,
  findOverlaps,
  isClockTime,
  minuteOfWeek,
  minutesOfDay,
  nextBoundary,
  weekIntervals,
  type DayPart,
} from './schedule';

/** Local time in the week of Monday 23 November 2026 (Sunday is the 29th, the next Monday the 30th). */
const at = (day: number, hours: number, minutes = 0, seconds = 0) =>
  new Date(2026, 10, day, hours, minutes, seconds);
const MON = 23;
const FRI = 27;
const SAT = 28;
const SUN = 29;
const NEXT_MON = 30;

const morningHuddle: DayPart = {
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  from: '07:30',
  to: '09:30',
};
const fridayNight: DayPart = { days: ['fri'], from: '22:00', to: '06:00' };
const sundayLate: DayPart = { days: ['sun'], from: '23:00', to: '01:00' };

describe('clock times', () => {
  it('accepts 24-hour HH:MM times only', () => {
    for (const time of ['00:00', '06:30', '22:00', '23:59'])
      expect(isClockTime(time), time).toBe(true);
    for (const time of ['25:00', '24:00', '6:30', '12:60', '12.30', '', 'noon']) {
      expect(isClockTime(time), time).toBe(false);
    }
  });

  it('turns a time into minutes after midnight, and refuses a bad one', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('07:30')).toBe(450);
    expect(minutesOfDay('23:59')).toBe(1439);
    expect(() => minutesOfDay('25:00')).toThrow('not a HH:MM time: 25:00');
  });

  it('counts the week from Monday 00:00 on the screen clock', () => {
    expect(minuteOfWeek(at(MON, 0, 0))).toBe(0);
    expect(minuteOfWeek(at(MON, 7, 30))).toBe(450);
    expect(minuteOfWeek(at(SUN, 23, 59))).toBe(7 * 24 * 60 - 1);
    expect(minuteOfWeek(at(NEXT_MON, 0, 0))).toBe(0);
  });

  it('places a part that runs past midnight as one stretch into the next day', () => {
    expect(weekIntervals(fridayNight)).toEqual([[4 * 1440 + 1320, 4 * 1440 + 1320 + 480]]);
    expect(weekIntervals(morningHuddle)).toHaveLength(5);
  });
});

describe('activeDayPart', () => {
  it('plays a Friday 22:00–06:00 part through the small hours of Saturday', () => {
    expect(activeDayPart([fridayNight], at(SAT, 3))).toBe(0);
    expect(activeDayPart([fridayNight], at(FRI, 23, 30))).toBe(0);
  });

  it('does not play a Friday night part in the small hours of Friday', () => {
    expect(activeDayPart([fridayNight], at(FRI, 3))).toBe(-1);
  });

  it('starts a part on its from minute and ends it on its to minute', () => {
    expect(activeDayPart([fridayNight], at(FRI, 21, 59))).toBe(-1);
    expect(activeDayPart([fridayNight], at(FRI, 22, 0))).toBe(0);
    expect(activeDayPart([fridayNight], at(SAT, 5, 59))).toBe(0);
    expect(activeDayPart([fridayNight], at(SAT, 6, 0))).toBe(-1);
  });

  it('carries a Sunday 23:00–01:00 part over the week boundary into Monday', () => {
    expect(activeDayPart([sundayLate], at(SUN, 23, 30))).toBe(0);
    expect(activeDayPart([sundayLate], at(NEXT_MON, 0, 30))).toBe(0);
    // The same minute of the week, one week earlier.
    expect(activeDayPart([sundayLate], at(MON, 0, 30))).toBe(0);
    expect(activeDayPart([sundayLate], at(NEXT_MON, 1, 0))).toBe(-1);
    expect(activeDayPart([sundayLate], at(SAT, 23, 30))).toBe(-1);
    expect(activeDayPart([sundayLate], at(MON, 23, 30))).toBe(-1);
  });

  it('says which of several parts is playing', () => {
    const parts = [morningHuddle, fridayNight, sundayLate];
    expect(activeDayPart(parts, at(FRI, 8))).toBe(0);
    expect(activeDayPart(parts, at(SAT, 1))).toBe(1);
    expect(activeDayPart(parts, at(NEXT_MON, 0, 15))).toBe(2);
    expect(activeDayPart(parts, at(SAT, 8))).toBe(-1);
    expect(activeDayPart(parts, at(SAT, 1, 0))).toBe(1);
  });

  it('plays nothing without day-parts', () => {
    expect(activeDayPart([], at(MON, 12))).toBe(-1);
  });
});

describe('findOverlaps', () => {
  it('finds none between parts that only touch or are apart', () => {
    expect(findOverlaps([morningHuddle, fridayNight, sundayLate])).toEqual([]);
    expect(
      findOverlaps([
        { days: ['mon'], from: '22:00', to: '06:00' },
        { days: ['tue'], from: '06:00', to: '08:00' },
      ]),
    ).toEqual([]);
    const everyNight: DayPart = {
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      from: '22:00',
      to: '06:00',
    };
    expect(findOverlaps([morningHuddle, everyNight])).toEqual([]);
  });

  it('finds a night part running into the next morning’s part', () => {
    expect(findOverlaps([fridayNight, { days: ['sat'], from: '05:00', to: '07:00' }])).toEqual([
      { first: 0, second: 1, at: 'sat 05:00' },
    ]);
  });

  it('finds a Sunday night part running into Monday morning’s', () => {
    expect(
      findOverlaps([
        { days: ['sun'], from: '23:00', to: '02:00' },
        { days: ['mon'], from: '01:00', to: '03:00' },
      ]),
    ).toEqual([{ first: 0, second: 1, at: 'mon 01:00' }]);
    // Listed the other way round.
    expect(
      findOverlaps([
        { days: ['mon'], from: '01:00', to: '03:00' },
        { days: ['sun'], from: '23:00', to: '02:00' },
      ]),
    ).toEqual([{ first: 0, second: 1, at: 'mon 01:00' }]);
  });

  it('reports each overlapping pair once, naming both parts', () => {
    const lunch: DayPart = { days: ['mon', 'tue'], from: '12:00', to: '14:00' };
    const afternoon: DayPart = { days: ['tue'], from: '13:00', to: '15:00' };
    expect(findOverlaps([lunch, fridayNight, afternoon, { ...lunch, days: ['mon'] }])).toEqual([
      { first: 0, second: 2, at: 'tue 13:00' },
      { first: 0, second: 3, at: 'mon 12:00' },
    ]);
  });

  it('skips a part with a bad time instead of failing on it', () => {
    const broken = { days: ['mon'], from: '25:00', to: '06:00' } as DayPart;
    expect(findOverlaps([broken, { days: ['mon'], from: '05:00', to: '06:00' }])).toEqual([]);
  });
});

describe('nextBoundary', () => {
  it('is undefined without day-parts', () => {
    expect(nextBoundary([], at(MON, 12))).toBeUndefined();
  });

  it('is the end of the part playing now', () => {
    expect(nextBoundary([morningHuddle], at(MON, 8))).toEqual(at(MON, 9, 30));
  });

  it('is the start of the next part, on a whole minute', () => {
    expect(nextBoundary([morningHuddle], at(MON, 7, 29, 45))).toEqual(at(MON, 7, 30));
    expect(nextBoundary([morningHuddle, fridayNight], at(FRI, 12))).toEqual(at(FRI, 22));
  });

  it('moves past a boundary the clock is already on', () => {
    expect(nextBoundary([morningHuddle], at(MON, 9, 30))).toEqual(at(MON + 1, 7, 30));
  });

  it('finds the end of a night part in the next day', () => {
    expect(nextBoundary([fridayNight], at(FRI, 23))).toEqual(at(SAT, 6));
  });

  it('wraps from the weekend to Monday', () => {
    expect(nextBoundary([morningHuddle], at(SAT, 12))).toEqual(at(NEXT_MON, 7, 30));
    expect(nextBoundary([sundayLate], at(NEXT_MON, 0, 30))).toEqual(at(NEXT_MON, 1));
  });
});

describe('in another time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('follows the screen’s own clock, not UTC', () => {
    process.env.TZ = 'America/New_York';
    // 03:30 UTC on Saturday is still 22:30 on Friday in New York (EST, UTC−5).
    const instant = new Date(Date.UTC(2026, 10, 28, 3, 30));
    expect(instant.getHours(), 'this Node applies TZ at run time').toBe(22);
    const saturdaySmallHours: DayPart = { days: ['sat'], from: '01:00', to: '04:00' };
    expect(activeDayPart([saturdaySmallHours], instant)).toBe(-1);
    expect(activeDayPart([fridayNight], instant)).toBe(0);
    expect(minuteOfWeek(instant)).toBe(4 * 1440 + 22 * 60 + 30);
  });
});
