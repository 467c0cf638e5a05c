/**
 * Times in a call recording as authors write them: `m:ss` or `h:mm:ss`, decimals allowed
 * (`1:02.5`), and ranges with `-` or `–` between start and end (`0:41-0:44`). Seconds are the
 * unit everywhere else.
 */

export interface TimeRange {
  start: number;
  end: number;
}

const TIME = /^(?:(\d+):([0-5]\d):([0-5]\d(?:\.\d+)?)|(\d+):([0-5]\d(?:\.\d+)?))$/;

/** Seconds from `m:ss` or `h:mm:ss` (decimals allowed), or undefined when it is not one. */
export function parseTime(text: string): number | undefined {
  const match = TIME.exec(text.trim());
  if (!match) return undefined;
  const [, hours, minutes, seconds, shortMinutes, shortSeconds] = match;
  if (hours !== undefined) return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  return Number(shortMinutes) * 60 + Number(shortSeconds);
}

/** A start with an optional end: `1:02.5`, `1:02.5-1:09` or `1:02.5–1:09`. */
export function parseStartEnd(text: string): { start: number; end?: number } | undefined {
  const [first, second, ...rest] = text.split(/[-–]/);
  if (first === undefined || rest.length > 0) return undefined;
  const start = parseTime(first);
  if (start === undefined) return undefined;
  if (second === undefined) return { start };
  const end = parseTime(second);
  return end === undefined ? undefined : { start, end };
}

/** A range with both ends, the end after the start: `0:41-0:44`. */
export function parseRange(text: string): TimeRange | undefined {
  const parsed = parseStartEnd(text);
  if (parsed?.end === undefined || parsed.end <= parsed.start) return undefined;
  return { start: parsed.start, end: parsed.end };
}

/** `m:ss` (or `h:mm:ss`), with tenths only when there are any: 62.5 → `1:02.5`. */
export function formatTime(seconds: number): string {
  const tenths = Math.round(Math.max(0, seconds) * 10);
  const whole = Math.floor(tenths / 10);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = String(whole % 60).padStart(2, '0');
  const fraction = tenths % 10 ? `.${tenths % 10}` : '';
  return hours
    ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}${fraction}`
    : `${minutes}:${secs}${fraction}`;
}

/** The written format, for messages that tell an author how to fix a time. */
export const TIME_FORMAT_HINT = 'write times as m:ss or h:mm:ss, e.g. 0:12 or 1:02.5';
