/**
 * A caption replay's clock: seconds since the slide came up, ticking four times a second while
 * it is on screen. Plain timers and Date.now(), which the wall's old engines and a test's fake
 * clock both understand.
 */
import { replayAt, type Replay, type ReplayMoment } from '../../lib/calls/replay';

const TICK_MS = 250;

export class CaptionReplay {
  elapsed = $state(0);
  readonly moment: ReplayMoment;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(replay: Replay) {
    this.moment = $derived(replayAt(replay, this.elapsed));
  }

  /** Starts the clock; returns what stops it. */
  start(): () => void {
    const began = Date.now();
    this.#timer = setInterval(() => (this.elapsed = (Date.now() - began) / 1000), TICK_MS);
    return () => clearInterval(this.#timer);
  }
}
