import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLL_SECONDS,
  MIN_POLL_SECONDS,
  msUntilNext,
  nextPollMs,
  readKioskOptions,
} from './options';

describe('kiosk address options', () => {
  it('polls every 60 s by default, or as ?poll= says', () => {
    expect(readKioskOptions('').pollSeconds).toBe(DEFAULT_POLL_SECONDS);
    expect(readKioskOptions('?poll=30').pollSeconds).toBe(30);
    expect(readKioskOptions('?poll=-1').pollSeconds).toBe(60);
    expect(readKioskOptions('?poll=soon').pollSeconds).toBe(60);
  });

  it('never polls more often than every 10 s, whatever the address says', () => {
    expect(MIN_POLL_SECONDS).toBe(10);
    expect(readKioskOptions('?poll=0.01').pollSeconds).toBe(10);
    expect(readKioskOptions('?poll=5').pollSeconds).toBe(10);
  });

  it('takes a daily restart time only when it is a real HH:MM', () => {
    expect(readKioskOptions('?restart=04:00').restartAt).toBe('04:00');
    expect(readKioskOptions('?restart=4am').restartAt).toBeUndefined();
    expect(readKioskOptions('?restart=25:00').restartAt).toBeUndefined();
  });

  it('turns the overlay on with ?debug', () => {
    expect(readKioskOptions('?debug').debug).toBe(true);
    expect(readKioskOptions('?screen=a').debug).toBe(false);
  });
});

describe('poll timing', () => {
  it('jitters by up to 20 % either way so screens drift apart', () => {
    expect(nextPollMs(60, () => 0)).toBe(48_000);
    expect(nextPollMs(60, () => 0.5)).toBe(60_000);
    expect(nextPollMs(60, () => 0.999_999)).toBeCloseTo(72_000, -1);
  });
});

describe('the daily restart', () => {
  it('comes later today when the time is still ahead', () => {
    const now = new Date(2026, 10, 25, 3, 30).getTime();
    expect(msUntilNext('04:00', now)).toBe(30 * 60_000);
  });

  it('comes tomorrow when the time has passed', () => {
    const now = new Date(2026, 10, 25, 4, 0, 1).getTime();
    expect(msUntilNext('04:00', now)).toBe(24 * 60 * 60_000 - 1_000);
  });
});
