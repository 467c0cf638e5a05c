/** Turn times in the label and pauses: the timed-transcript part of the content contract. */
import { describe, expect, it } from 'vitest';
import { dialogLines, parseStoryBody, transcriptProblems, type Turn } from './transcript';

const body = (...paragraphs: string[]) => paragraphs.join('\n\n');
const problemsOf = (markdown: string, duration?: number) =>
  transcriptProblems(parseStoryBody(markdown), duration);

describe('turn times', () => {
  it('reads a start, or a start and end, from the label and keeps the speaker clean', () => {
    const lines = dialogLines(
      parseStoryBody(body('**Customer [0:12]:** Hello.', '**Agent [1:02.5–1:09]**: Hi.')),
    );
    expect(lines).toMatchObject([
      { kind: 'turn', speaker: 'Customer', role: 'customer', start: 12, text: 'Hello.' },
      { kind: 'turn', speaker: 'Agent', role: 'agent', start: 62.5, end: 69, text: 'Hi.' },
    ]);
    expect((lines[0] as Turn).end).toBeUndefined();
    expect(
      problemsOf(body('**Customer [0:12]:** Hello.', '**Agent [1:02.5–1:09]**: Hi.'), 70),
    ).toEqual([]);
  });

  it('names a malformed time by its line', () => {
    expect(problemsOf(body('**Customer [0:1x]:** Hello.', '**Agent [0:15]:** Hi.'))).toEqual([
      { line: 1, message: expect.stringContaining('"[0:1x]" is not a time') },
    ]);
  });

  it('names an end before its start', () => {
    expect(problemsOf(body('**Customer [0:20-0:12]:** Hello.'))).toEqual([
      { line: 1, message: expect.stringContaining('ends before it starts') },
    ]);
  });

  it('refuses mixed turns: every turn timed or none', () => {
    expect(
      problemsOf(
        body('**Customer [0:01]:** One.', '**Agent:** Two.', '**Customer [0:09]:** Three.'),
      ),
    ).toEqual([{ line: 3, message: expect.stringContaining('either every turn gets a start') }]);
  });

  it('refuses starts that go down', () => {
    expect(problemsOf(body('**Customer [0:10]:** One.', '**Agent [0:05]:** Two.'))).toEqual([
      { line: 3, message: expect.stringContaining('starts must never go down') },
    ]);
  });

  it('refuses a time past the end of the recording, start or end', () => {
    const markdown = body('**Customer [0:10-0:31]:** One.', '**Agent [0:40]:** Two.');
    expect(problemsOf(markdown, 30).map((problem) => problem.line)).toEqual([1, 3]);
    expect(problemsOf(markdown, 45)).toEqual([]);
    expect(problemsOf(markdown)).toEqual([]);
  });

  it('leaves untimed transcripts alone', () => {
    expect(problemsOf(body('**Customer:** One.', '**Agent:** Two.'), 30)).toEqual([]);
  });
});

describe('pauses', () => {
  it('reads *(pause 5 s)* between turns, with or without times', () => {
    const untimed = dialogLines(
      parseStoryBody(body('**Customer:** One.', '*(pause 5 s)*', '**Agent:** Two.')),
    );
    expect(untimed[1]).toEqual({ kind: 'pause', seconds: 5, line: 3 });
    const timed = dialogLines(
      parseStoryBody(
        body('**Customer [0:01]:** One.', '*(pause 2.5 seconds)*', '**Agent [0:09]:** Two.'),
      ),
    );
    expect(timed[1]).toMatchObject({ kind: 'pause', seconds: 2.5, start: 6.5 });
  });

  it('turns a gap of 3 s or more between timed turns into a pause, and a shorter one not', () => {
    const lines = dialogLines(
      parseStoryBody(
        body(
          '**Customer [0:01-0:04]:** One.',
          '**Agent [0:09-0:10]:** Two.',
          '**Customer [0:12]:** Three.',
        ),
      ),
    );
    expect(lines.map((line) => line.kind)).toEqual(['turn', 'pause', 'turn', 'turn']);
    expect(lines[1]).toMatchObject({ kind: 'pause', seconds: 5, start: 4 });
  });

  it('keeps other stage notes as notes', () => {
    const lines = dialogLines(
      parseStoryBody(
        body('**Customer:** One.', '*(later, in the coaching room)*', '**Coach:** Two.'),
      ),
    );
    expect(lines[1]).toEqual({ kind: 'note', text: '(later, in the coaching room)', line: 3 });
  });

  it.each(['*(pause five s)*', '*(pause 5)*', '*(pause -5 s)*', '*(pause 0 s)*', '*(pause: 5 s)*'])(
    'names a malformed pause %s by its line',
    (written) => {
      expect(problemsOf(body('**Customer:** One.', written, '**Agent:** Two.'))).toEqual([
        {
          line: 3,
          message: expect.stringContaining('is not a pause — write a pause as *(pause 5 s)*'),
        },
      ]);
    },
  );
});
