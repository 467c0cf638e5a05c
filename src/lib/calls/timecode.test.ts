import { describe, expect, it } from 'vitest';
import { formatTime, parseRange, parseStartEnd, parseTime } from './timecode';

describe('parseTime', () => {
  it.each([
    ['0:12', 12],
    ['1:02.5', 62.5],
    ['12:00', 720],
    ['1:00:05', 3605],
    ['0:00:01.25', 1.25],
  ])('reads %s as %d s', (text, seconds) => {
    expect(parseTime(text)).toBe(seconds);
  });

  it.each(['', '12', '1:2', '1:60', '0:1a', '1:02:3', ':12', '1:02.', 'one:two', '-0:12'])(
    'refuses %j',
    (text) => {
      expect(parseTime(text)).toBeUndefined();
    },
  );
});

describe('parseStartEnd and parseRange', () => {
  it('reads a start alone, or a start and end with - or –', () => {
    expect(parseStartEnd('0:12')).toEqual({ start: 12 });
    expect(parseStartEnd('1:02.5-1:09')).toEqual({ start: 62.5, end: 69 });
    expect(parseStartEnd('1:02.5 – 1:09')).toEqual({ start: 62.5, end: 69 });
  });

  it('refuses a malformed end or more than two times', () => {
    expect(parseStartEnd('0:12-')).toBeUndefined();
    expect(parseStartEnd('0:12-0:1x')).toBeUndefined();
    expect(parseStartEnd('0:01-0:02-0:03')).toBeUndefined();
  });

  it('a range needs both ends, the end after the start', () => {
    expect(parseRange('0:41-0:44')).toEqual({ start: 41, end: 44 });
    expect(parseRange('0:41')).toBeUndefined();
    expect(parseRange('0:44-0:41')).toBeUndefined();
  });
});

describe('formatTime', () => {
  it('writes m:ss, tenths only when there are any, and hours when needed', () => {
    expect(formatTime(5)).toBe('0:05');
    expect(formatTime(62.5)).toBe('1:02.5');
    expect(formatTime(3605)).toBe('1:00:05');
  });
});
