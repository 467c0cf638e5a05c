import { describe, expect, it } from 'vitest';
import {
  applyAction,
  clampStep,
  handoutLines,
  meaningfulWords,
  placePrompts,
  sessionAction,
  sessionSteps,
  shownSteps,
  stepFromHash,
  stepHash,
  type SessionStep,
} from './session-steps';
import { parseStoryBody } from '../catalog/transcript';

const BODY = `Dana called to explain why her documents were late.

**Customer:** My uncle died on Sunday. Could I send the papers next week?

*(five seconds of silence)*

**Agent:** If we receive the documents this week, we can continue.

*(later, in the coaching room)*

**Coach:** What was going on for you in that pause?

**Agent:** Nobody ever told me I was allowed to comfort someone.

The leadership team now says it at every huddle.`;

const story = {
  segments: parseStoryBody(BODY),
  prompts: [
    'What would you have said after the pause?',
    'Who on our team might believe they are not allowed to comfort a customer?',
    'What could a team lead say at the next huddle?',
  ],
  lesson: 'Professional and warm are not opposites.',
};

const describeStep = (step: SessionStep) => {
  switch (step.kind) {
    case 'prose':
      return `prose: ${step.html.replace(/<[^>]+>/g, '').slice(0, 20)}`;
    case 'turn':
      return `${step.speaker}: ${step.text.slice(0, 20)}`;
    case 'note':
      return `note: ${step.text}`;
    case 'pause':
      return `pause: ${step.seconds} s`;
    case 'prompt':
      return `prompt ${step.number}`;
    case 'prompts':
      return `prompts: ${step.prompts.length}`;
    case 'lesson':
      return `lesson: ${step.text}`;
  }
};

describe('sessionSteps', () => {
  const steps = sessionSteps(story);

  it('reveals the narration and every line in order, each prompt after its line, then all prompts and the lesson last', () => {
    expect(steps.map(describeStep)).toEqual([
      'prose: Dana called to expla',
      'Customer: My uncle died on Sun',
      'note: (five seconds of silence)',
      'Agent: If we receive the do',
      'note: (later, in the coaching room)',
      'Coach: What was going on fo',
      'prompt 1',
      'Agent: Nobody ever told me ',
      'prompt 2',
      'prose: The leadership team ',
      'prompts: 3',
      'lesson: Professional and warm are not opposites.',
    ]);
  });

  it('keeps the speaker, role and markup of each turn', () => {
    expect(steps[1]).toMatchObject({ kind: 'turn', speaker: 'Customer', role: 'customer' });
    expect(steps[3]).toMatchObject({ kind: 'turn', speaker: 'Agent', role: 'agent' });
    expect(steps[5]).toMatchObject({ kind: 'turn', speaker: 'Coach', role: 'other' });
  });

  it('shows every prompt at the end, in the order written', () => {
    expect(steps.at(-2)).toEqual({ kind: 'prompts', prompts: story.prompts });
  });

  it('goes straight from the transcript to the lesson when there are no prompts', () => {
    const bare = sessionSteps({ ...story, prompts: [] });
    expect(bare.map((step) => step.kind)).toEqual([
      'prose',
      'turn',
      'note',
      'turn',
      'note',
      'turn',
      'turn',
      'prose',
      'lesson',
    ]);
  });

  it('still has the lesson for a story with no transcript', () => {
    expect(sessionSteps({ segments: [], prompts: [], lesson: 'L' })).toEqual([
      { kind: 'lesson', text: 'L' },
    ]);
  });
});

describe('placePrompts', () => {
  const lines = [
    { text: 'I have raised the priority of your ticket.' },
    { text: 'Here is a summary you can forward to your director.' },
    { text: 'Thank you, that is all.' },
  ];

  it('places a prompt after the line sharing the most meaningful words', () => {
    expect(
      placePrompts(
        [
          'What did the ticket priority not show?',
          'How would you write an update she can forward?',
          'What makes it hard to reach the same person twice?',
        ],
        lines,
      ),
    ).toEqual([0, 1, undefined]);
  });

  it('gives a tie to the earlier line', () => {
    expect(placePrompts(['ticket'], [{ text: 'ticket one' }, { text: 'ticket two' }])).toEqual([0]);
  });

  it('reads words the way people write them', () => {
    expect([...meaningfulWords("The paused call, Ruth's pauses and the pause")]).toEqual([
      'paus',
      'ruth',
    ]);
    expect(meaningfulWords('What would you have said to the customer?').size).toBe(0);
  });
});

describe('stepping through a session', () => {
  const steps = ['a', 'b', 'c'];

  it('shows nothing but the introduction at 0, then one more step each time', () => {
    expect(shownSteps(steps, 0)).toEqual([]);
    expect(shownSteps(steps, 1)).toEqual(['a']);
    expect(shownSteps(steps, 3)).toEqual(['a', 'b', 'c']);
    expect(shownSteps(steps, 9)).toEqual(['a', 'b', 'c']);
  });

  it('stays within the session', () => {
    expect(clampStep(-1, 3)).toBe(0);
    expect(clampStep(4, 3)).toBe(3);
    expect(clampStep(Number.NaN, 3)).toBe(0);
    expect(clampStep(1.7, 3)).toBe(1);
    expect(applyAction(3, 'next', 3)).toBe(3);
    expect(applyAction(0, 'back', 3)).toBe(0);
    expect(applyAction(1, 'next', 3)).toBe(2);
    expect(applyAction(2, 'back', 3)).toBe(1);
    expect(applyAction(2, 'first', 3)).toBe(0);
    expect(applyAction(0, 'last', 3)).toBe(3);
  });

  it('keeps its place in the address', () => {
    expect(stepHash(0)).toBe('');
    expect(stepHash(5)).toBe('#step-5');
    expect(stepFromHash('#step-5', 10)).toBe(5);
    expect(stepFromHash('#step-50', 10)).toBe(10);
    expect(stepFromHash('#main', 10)).toBe(0);
    expect(stepFromHash('', 10)).toBe(0);
  });
});

describe('sessionAction', () => {
  const press = (
    key: string,
    mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {},
  ) => ({
    key,
    shiftKey: false,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    ...mods,
  });

  it('goes on with →, Space and PageDown, back with ←, Shift+Space and PageUp', () => {
    expect(['ArrowRight', ' ', 'PageDown'].map((key) => sessionAction(press(key), false))).toEqual([
      'next',
      'next',
      'next',
    ]);
    expect(
      [press('ArrowLeft'), press(' ', { shiftKey: true }), press('PageUp')].map((event) =>
        sessionAction(event, false),
      ),
    ).toEqual(['back', 'back', 'back']);
    expect(sessionAction(press('Home'), false)).toBe('first');
    expect(sessionAction(press('End'), false)).toBe('last');
  });

  it('leaves Space, Home and End to a focused button or link, but not the arrows', () => {
    expect(sessionAction(press(' '), true)).toBeUndefined();
    expect(sessionAction(press('Home'), true)).toBeUndefined();
    expect(sessionAction(press('ArrowRight'), true)).toBe('next');
  });

  it('leaves browser shortcuts and other keys alone', () => {
    expect(sessionAction(press('ArrowLeft', { altKey: true }), false)).toBeUndefined();
    expect(sessionAction(press('ArrowRight', { metaKey: true }), false)).toBeUndefined();
    expect(sessionAction(press('ArrowRight', { ctrlKey: true }), false)).toBeUndefined();
    expect(sessionAction(press('a'), false)).toBeUndefined();
    expect(sessionAction(press('Enter'), false)).toBeUndefined();
  });
});

describe('handoutLines', () => {
  it('leaves room under each prompt and fills the rest of the page with note lines', () => {
    expect(handoutLines(0)).toEqual({ perPrompt: 3, notes: 20 });
    expect(handoutLines(3)).toEqual({ perPrompt: 3, notes: 7 });
    expect(handoutLines(5)).toEqual({ perPrompt: 2, notes: 3 });
    expect(handoutLines(9)).toEqual({ perPrompt: 1, notes: 2 });
  });
});
