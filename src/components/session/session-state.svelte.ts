/**
 * The listening session's state: how far the coach has gone through the story's steps, kept in
 * the address (`#step-5`) so a reload does not lose the place. Stepping replaces the address
 * rather than adding history entries: Back leaves the session, it does not undo a step.
 */
import {
  applyAction,
  clampStep,
  shownSteps,
  stepFromHash,
  stepHash,
  type SessionAction,
  type SessionStep,
} from '../../lib/session/session-steps';

/** The address bar as the session uses it: the window's, or a test's stand-in. */
export interface SessionAddress {
  readonly hash: string;
  /** Puts `hash` in the address without a new history entry. */
  replaceHash(hash: string): void;
}

export const windowAddress: SessionAddress = {
  get hash() {
    return location.hash;
  },
  replaceHash(hash) {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  },
};

export class Session {
  readonly steps: readonly SessionStep[];
  readonly total: number;
  /** 0 shows only the introduction; n shows the first n steps. */
  step = $state(0);

  readonly shown: SessionStep[];
  readonly atStart: boolean;
  readonly atEnd: boolean;
  readonly #address: SessionAddress;

  constructor(steps: readonly SessionStep[], address: SessionAddress = windowAddress) {
    this.steps = steps;
    this.total = steps.length;
    this.#address = address;
    this.shown = $derived(shownSteps(steps, this.step));
    this.atStart = $derived(this.step === 0);
    this.atEnd = $derived(this.step === steps.length);
  }

  /** Moves, keeps the address in step, and says whether anything changed. */
  go(action: SessionAction): boolean {
    return this.showFirst(applyAction(this.step, action, this.total));
  }

  /** Shows the first `count` steps (the recording reveals them as it plays). */
  showFirst(count: number): boolean {
    const before = this.step;
    this.step = clampStep(count, this.total);
    if (this.step === before) return false;
    if (this.#address.hash !== this.hash) this.#address.replaceHash(this.hash);
    return true;
  }

  /** Takes the place from the address: on load, and when someone edits the `#step-n`. */
  restore() {
    this.step = stepFromHash(this.#address.hash, this.total);
  }

  get hash(): string {
    return stepHash(this.step);
  }

  /** The newest step shown, if any. */
  get newest(): SessionStep | undefined {
    return this.steps[this.step - 1];
  }
}
