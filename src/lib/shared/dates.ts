/**
 * Content dates are calendar days (YYYY-MM-DD) with no time zone: they are kept as
 * midnight UTC and always formatted in UTC, so a date never shifts by a day.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date for a `YYYY-MM-DD` string, or null when it is not a real calendar day (2026-02-30). */
export function parseCalendarDate(text: string): Date | null {
  const match = ISO_DAY.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : null;
}

/** `2026-03-14` */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Midnight UTC of the calendar day `now` falls on. */
export function startOfDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `14 March 2026` */
export function formatDate(date: Date): string {
  return longDate.format(date);
}
