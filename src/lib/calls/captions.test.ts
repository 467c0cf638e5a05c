import { describe, expect, it } from 'vitest';
import { dialogLines, parseStoryBody } from '../catalog/transcript';
import { vttTime, webVtt } from './captions';

describe('webVtt', () => {
  it('writes a cue per turn with its voice, and the pause as a cue of its own', () => {
    const lines = dialogLines(
      parseStoryBody(
        [
          '**Customer [0:00.5-0:03]:** A machine swallowed my card.',
          '*(pause 4 s)*',
          '**Agent [0:07]:** I <b>froze</b> it & ordered a new one.',
        ].join('\n\n'),
      ),
    );
    expect(webVtt(lines, 10)).toBe(
      [
        'WEBVTT',
        '',
        '1',
        '00:00:00.500 --> 00:00:03.000',
        '<v Customer>A machine swallowed my card.',
        '',
        '2',
        '00:00:03.000 --> 00:00:07.000',
        '(4 seconds of silence)',
        '',
        '3',
        '00:00:07.000 --> 00:00:10.000',
        '<v Agent>I froze it &amp; ordered a new one.',
        '',
      ].join('\n'),
    );
  });

  it('writes hours, minutes, seconds and milliseconds', () => {
    expect(vttTime(3725.25)).toBe('01:02:05.250');
  });
});
