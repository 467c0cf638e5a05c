/**
 * A listening session with the call's recording: revealing a timed turn plays it, and playing
 * goes on through the turns and pauses that follow until the next coaching prompt, where it
 * stops so the coach can ask. A pause is played in full with its count.
 */
import type { SessionStep } from './session-steps';

/** The steps one press plays: from `first` to `last`, `from` to `until` seconds. */
export interface PlayRun {
  first: number;
  last: number;
  from: number;
  until: number;
}

const timedStart = (step: SessionStep | undefined) =>
  step && (step.kind === 'turn' || step.kind === 'pause') ? step.start : undefined;

/**
 * What plays when step `index` is revealed: it and the timed turns and pauses right after it,
 * up to the next step that is not one (a prompt, a note, the lesson). Undefined when the step
 * is not timed.
 */
export function playRun(
  steps: readonly SessionStep[],
  index: number,
  duration: number,
): PlayRun | undefined {
  const from = timedStart(steps[index]);
  if (from === undefined) return undefined;
  let last = index;
  while (timedStart(steps[last + 1]) !== undefined) last++;
  const end = steps[last];
  const nextStart = steps
    .slice(last + 1)
    .map(timedStart)
    .find((start) => start !== undefined);
  const until =
    end?.kind === 'turn'
      ? (end.end ?? nextStart ?? duration)
      : end?.kind === 'pause'
        ? (end.start ?? 0) + end.seconds
        : duration;
  return { first: index, last, from, until: Math.min(until, duration) };
}

/** How many steps are shown at `time` of a run: every step of it that has started. */
export function shownAt(steps: readonly SessionStep[], run: PlayRun, time: number): number {
  let shown = run.first + 1;
  for (let index = run.first + 1; index <= run.last; index++) {
    if ((timedStart(steps[index]) ?? Infinity) <= time) shown = index + 1;
  }
  return shown;
}

/** Where a finished run leaves the session: every step of it shown, and the prompt it stops at. */
export function shownAfter(steps: readonly SessionStep[], run: PlayRun): number {
  return steps[run.last + 1]?.kind === 'prompt' ? run.last + 2 : run.last + 1;
}

/** Whole seconds left of a pause being played, or undefined outside it. */
export function pauseLeft(step: SessionStep | undefined, time: number): number | undefined {
  if (step?.kind !== 'pause' || step.start === undefined) return undefined;
  const left = step.start + step.seconds - time;
  return left > 0 && time >= step.start ? Math.ceil(left) : undefined;
}
