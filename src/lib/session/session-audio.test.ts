import { describe, expect, it } from 'vitest';
import { pauseLeft, playRun, shownAfter, shownAt } from './session-audio';
import type { SessionStep } from './session-steps';

const turn = (start: number, end?: number): SessionStep => ({
  kind: 'turn',
  speaker: 'Customer',
  role: 'customer',
  html: 'Hi.',
  text: 'Hi.',
  start,
  end,
});

const steps: SessionStep[] = [
  { kind: 'prose', html: '<p>Intro</p>' },
  turn(1, 4),
  turn(5, 6.4),
  { kind: 'prompt', text: 'Why?', number: 1 },
  { kind: 'pause', seconds: 4, start: 6.4 },
  turn(10.4, 12.7),
  turn(13.3, 16.3),
  { kind: 'lesson', text: 'Lesson' },
];

describe('playRun', () => {
  it('plays from a timed turn through the turns after it, and stops before the prompt', () => {
    expect(playRun(steps, 1, 17)).toEqual({ first: 1, last: 2, from: 1, until: 6.4 });
  });

  it('plays a pause in full with the turns after it, up to the lesson', () => {
    expect(playRun(steps, 4, 17)).toEqual({ first: 4, last: 6, from: 6.4, until: 16.3 });
  });

  it('plays nothing for a step without a time', () => {
    expect(playRun(steps, 0, 17)).toBeUndefined();
    expect(playRun(steps, 3, 17)).toBeUndefined();
  });

  it('never plays past the end of the recording', () => {
    expect(playRun(steps, 4, 15)?.until).toBe(15);
  });
});

describe('shownAt and shownAfter', () => {
  const run = { first: 4, last: 6, from: 6.4, until: 16.3 };

  it('reveals each step of a run as its time comes', () => {
    expect(shownAt(steps, run, 7)).toBe(5);
    expect(shownAt(steps, run, 10.5)).toBe(6);
    expect(shownAt(steps, run, 14)).toBe(7);
  });

  it('stops at the prompt after a run, showing it', () => {
    expect(shownAfter(steps, { first: 1, last: 2, from: 1, until: 6.4 })).toBe(4);
    expect(shownAfter(steps, run)).toBe(7);
  });
});

describe('pauseLeft', () => {
  it('counts down the seconds of a pause being played', () => {
    expect(pauseLeft(steps[4], 6.4)).toBe(4);
    expect(pauseLeft(steps[4], 9.5)).toBe(1);
    expect(pauseLeft(steps[4], 10.4)).toBeUndefined();
    expect(pauseLeft(steps[1], 2)).toBeUndefined();
  });
});
