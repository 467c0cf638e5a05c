/** The listening session's state: how far the coach has gone through the story's steps. */
import {
  applyAction,
  shownSteps,
  stepFromHash,
  stepHash,
  type SessionAction,
  type SessionStep,
} from '../../lib/session/session-steps';

export class Session {
  readonly steps: readonly SessionStep[];
  readonly total: number;
  /** 0 shows only the introduction; n shows the first n steps. */
  step = $state(0);

  readonly shown: SessionStep[];
  readonly atStart: boolean;
  readonly atEnd: boolean;

  constructor(steps: readonly SessionStep[]) {
    this.steps = steps;
    this.total = steps.length;
    this.shown = $derived(shownSteps(steps, this.step));
    this.atStart = $derived(this.step === 0);
    this.atEnd = $derived(this.step === steps.length);
  }

  /** Moves and says whether anything changed. */
  go(action: SessionAction): boolean {
    const before = this.step;
    this.step = applyAction(this.step, action, this.total);
    return this.step !== before;
  }

  restore(hash: string) {
    this.step = stepFromHash(hash, this.total);
  }

  get hash(): string {
    return stepHash(this.step);
  }
}
