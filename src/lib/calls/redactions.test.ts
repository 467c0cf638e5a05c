import { describe, expect, it } from 'vitest';
import { readRanges, redactionFilter, withRedactions } from './redactions';

describe('readRanges', () => {
  it('reads every range, or names the first bad one', () => {
    expect(readRanges(['0:41-0:44', '1:02.5-1:03'])).toEqual({
      ranges: [
        { start: 41, end: 44 },
        { start: 62.5, end: 63 },
      ],
    });
    expect(readRanges(['0:41-0:44', '0:50'])).toEqual({ bad: '0:50' });
  });
});

describe('redactionFilter', () => {
  it('mutes the voice and sounds the tone in exactly the ranges', () => {
    const filter = redactionFilter([{ start: 41, end: 44 }], 22050);
    expect(filter).toContain("[0:a]volume=enable='between(t,41,44)':volume=0[voice]");
    expect(filter).toContain("volume=enable='not(between(t,41,44))':volume=0[tone]");
  });
});

describe('withRedactions', () => {
  const story = '---\ntitle: T\naudio: ./t.m4a\nconsent: obtained\n---\nBody\n';

  it('adds redactions after audio', () => {
    expect(withRedactions(story, [{ start: 41, end: 44 }])).toBe(
      '---\ntitle: T\naudio: ./t.m4a\nredactions: ["0:41-0:44"]\nconsent: obtained\n---\nBody\n',
    );
  });

  it('adds to the ranges already there, once each', () => {
    const once = withRedactions(story, [{ start: 41, end: 44 }]);
    expect(
      withRedactions(once, [
        { start: 41, end: 44 },
        { start: 50, end: 51.5 },
      ]),
    ).toContain('redactions: ["0:41-0:44", "0:50-0:51.5"]');
  });
});
