import { describe, expect, it } from 'vitest';
import { formatDate, isoDay, parseCalendarDate, startOfDay } from './dates';

describe('parseCalendarDate', () => {
  it('reads a YYYY-MM-DD day as midnight UTC', () => {
    expect(parseCalendarDate('2026-03-14')?.toISOString()).toBe('2026-03-14T00:00:00.000Z');
  });

  it('rejects a day that does not exist instead of rolling it into the next month', () => {
    expect(parseCalendarDate('2026-02-30')).toBeNull();
    expect(parseCalendarDate('2026-04-31')).toBeNull();
    expect(parseCalendarDate('2026-13-01')).toBeNull();
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parseCalendarDate('2025-02-29')).toBeNull();
    expect(parseCalendarDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('rejects text that is not written as YYYY-MM-DD', () => {
    expect(parseCalendarDate('14/03/2026')).toBeNull();
    expect(parseCalendarDate('2026-3-14')).toBeNull();
    expect(parseCalendarDate('2026-03-14T10:00:00Z')).toBeNull();
    expect(parseCalendarDate('')).toBeNull();
  });
});

describe('formatDate', () => {
  it('writes the day out in words', () => {
    expect(formatDate(new Date(Date.UTC(2026, 2, 14)))).toBe('14 March 2026');
  });

  it('shows the calendar day of the content whatever the local time zone', () => {
    // Late on the 14th in UTC is already the 15th east of Greenwich: still the 14th here.
    expect(formatDate(new Date('2026-03-14T23:30:00Z'))).toBe('14 March 2026');
    expect(formatDate(new Date('2026-03-14T00:00:00Z'))).toBe('14 March 2026');
  });

  it('round-trips a parsed content date to the same day', () => {
    const date = parseCalendarDate('2024-02-29');
    expect(date && formatDate(date)).toBe('29 February 2024');
  });
});

describe('isoDay and startOfDay', () => {
  it('gives the YYYY-MM-DD of a date', () => {
    expect(isoDay(new Date('2026-03-14T23:59:59Z'))).toBe('2026-03-14');
  });

  it('moves any time of day back to midnight UTC of that day', () => {
    expect(startOfDay(new Date('2026-03-14T17:45:12Z')).toISOString()).toBe(
      '2026-03-14T00:00:00.000Z',
    );
  });
});
