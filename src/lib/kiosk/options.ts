/** The kiosk's address options: `?poll=SECONDS`, `?restart=HH:MM`, `?debug`. */
import { isClockTime, minutesOfDay } from '../display/schedule';

export const DEFAULT_POLL_SECONDS = 60;
/** `?poll=0.01` must not turn a floor of screens into a load test of the server. */
export const MIN_POLL_SECONDS = 10;
/** ±20 %: a floor of screens started together drifts apart instead of calling in lockstep. */
export const POLL_JITTER = 0.2;

export interface KioskOptions {
  pollSeconds: number;
  /** Daily fresh start, `HH:MM` on the screen's clock. */
  restartAt?: string | undefined;
  debug: boolean;
}

export function readKioskOptions(search: string): KioskOptions {
  const params = new URLSearchParams(search);
  const poll = Number(params.get('poll'));
  const restart = params.get('restart') ?? undefined;
  return {
    pollSeconds:
      Number.isFinite(poll) && poll > 0 ? Math.max(MIN_POLL_SECONDS, poll) : DEFAULT_POLL_SECONDS,
    restartAt: restart && isClockTime(restart) ? restart : undefined,
    debug: params.has('debug'),
  };
}

/** The wait before the next version check, jittered by `random()` in [0, 1). */
export function nextPollMs(pollSeconds: number, random: () => number): number {
  const jitter = 1 + POLL_JITTER * (2 * random() - 1);
  return Math.round(pollSeconds * 1000 * jitter);
}

/** Milliseconds from `now` (ms since the epoch) to the next `HH:MM` on the local clock. */
export function msUntilNext(time: string, now: number): number {
  const target = new Date(now);
  const minutes = minutesOfDay(time);
  target.setHours(Math.floor(minutes / 60), minutes % 60, 0, 0);
  if (target.getTime() <= now) target.setDate(target.getDate() + 1);
  return target.getTime() - now;
}
