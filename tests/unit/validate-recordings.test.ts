/**
 * Every bad input of issue 12 through `npm run validate`'s own path (validateFolder: the
 * recordings are opened, then every file checked), all in one run, each by file, line and field.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFolder } from '../../src/data/authoring';

/** A 17.3 s recording: turns at 0:00.5, 0:03.6, 0:10.4 and 0:13.3. */
const RECORDING = path.join(process.cwd(), 'tests/fixtures/calls/stories/the-swallowed-card.m4a');

const story = (fields: string, body: string) =>
  `---\ntitle: T\nsummary: S\nlesson: L\ndate: 2026-03-14\nchannel: phone\n${fields}\n---\n${body}\n`;
const timed = '**Customer [0:01]:** One.\n\n**Agent [0:05]:** Two.';

/** Each file breaks one rule: the problem expected, by field (line in the file). */
const cases: Record<string, { text: string; line: number; field: string; message: RegExp }> = {
  'missing-file': {
    text: story('consent: obtained\naudio: ./nowhere.m4a', timed),
    line: 8,
    field: 'audio',
    message: /"\.\/nowhere\.m4a" does not exist next to this file/,
  },
  'wrong-type': {
    text: story('consent: obtained\naudio: ./wrong-type.wav', timed),
    line: 8,
    field: 'audio',
    message: /not a recording type we can play — save it as one of \.m4a/,
  },
  'too-large': {
    text: story('consent: obtained\naudio: ./too-large.m4a', timed),
    line: 8,
    field: 'audio',
    message: /16\.0 MB, more than 15 MB/,
  },
  'not-audio': {
    text: story('consent: obtained\naudio: ./not-audio.m4a', timed),
    line: 8,
    field: 'audio',
    message: /is not a recording we can read/,
  },
  'no-consent': {
    text: story('consent: anonymised\naudio: ./good.m4a', timed),
    line: 7,
    field: 'consent',
    message: /must be obtained when the story has audio — a voice is personal data/,
  },
  'times-go-down': {
    text: story(
      'consent: obtained\naudio: ./good.m4a',
      '**Customer [0:05]:** One.\n\n**Agent [0:01]:** Two.',
    ),
    line: 12,
    field: 'body',
    message: /starts must never go down/,
  },
  'past-the-end': {
    text: story(
      'consent: obtained\naudio: ./good.m4a',
      '**Customer [0:01]:** One.\n\n**Agent [0:18-0:20]:** Two.',
    ),
    line: 12,
    field: 'body',
    message: /0:20 is past the end of the recording \(0:17\.3\)/,
  },
  'mixed-times': {
    text: story(
      'consent: obtained\naudio: ./good.m4a',
      '**Customer [0:01]:** One.\n\n**Agent:** Two.',
    ),
    line: 12,
    field: 'body',
    message: /either every turn gets a start/,
  },
  'malformed-time': {
    text: story(
      'consent: obtained\naudio: ./good.m4a',
      '**Customer [0:1]:** One.\n\n**Agent [0:05]:** Two.',
    ),
    line: 10,
    field: 'body',
    message: /"\[0:1\]" is not a time/,
  },
  'redaction-outside': {
    text: story('consent: obtained\naudio: ./good.m4a\nredactions: ["0:16-0:19"]', timed),
    line: 9,
    field: 'redactions[0]',
    message: /"0:16-0:19" lies past the end of the recording/,
  },
  'malformed-redaction': {
    text: story('consent: obtained\naudio: ./good.m4a\nredactions: ["0:16"]', timed),
    line: 9,
    field: 'redactions[0]',
    message: /must be a range from start to end/,
  },
  'malformed-pause': {
    text: story('consent: anonymised', '**Customer:** One.\n\n*(pause five s)*\n\n**Agent:** Two.'),
    line: 11,
    field: 'body',
    message: /"\(pause five s\)" is not a pause — write a pause as \*\(pause 5 s\)\*/,
  },
};

let root = '';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'customer-room-recordings-'));
  const stories = path.join(root, 'stories');
  mkdirSync(stories, { recursive: true });
  copyFileSync(RECORDING, path.join(stories, 'good.m4a'));
  copyFileSync(RECORDING, path.join(stories, 'wrong-type.wav'));
  writeFileSync(path.join(stories, 'not-audio.m4a'), 'This is a note, not a recording.\n');
  writeFileSync(path.join(stories, 'too-large.m4a'), '');
  truncateSync(path.join(stories, 'too-large.m4a'), 16 * 1024 * 1024);
  for (const [name, { text }] of Object.entries(cases)) {
    writeFileSync(path.join(stories, `${name}.md`), text);
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a story recording that breaks a rule', () => {
  it('is reported by validate, every one in the same run', async () => {
    const run = await validateFolder(root, {
      now: new Date('2026-06-01'),
      color: false,
      shownAs: 'content',
    });
    for (const [name, { line, field, message }] of Object.entries(cases)) {
      const reported = run.report
        .split('\n')
        .find((row) => row.startsWith(`content/stories/${name}.md:${line}  ${field}  `));
      expect(reported, `${name}:\n${run.report}`).toMatch(message);
    }
    expect(run.errors).toBe(Object.keys(cases).length);
  });

  it('a well-made timed story passes', async () => {
    const good = mkdtempSync(path.join(tmpdir(), 'customer-room-good-'));
    mkdirSync(path.join(good, 'stories'));
    copyFileSync(RECORDING, path.join(good, 'stories', 'good.m4a'));
    writeFileSync(
      path.join(good, 'stories', 'good.md'),
      story(
        'consent: obtained\naudio: ./good.m4a\nredactions: ["0:16-0:17"]\nwallExcerpt: "0:00-0:15"',
        `${timed}\n\n*(pause 3 s)*\n\n**Customer [0:12]:** Three.`,
      ),
    );
    const run = await validateFolder(good, { now: new Date('2026-06-01'), color: false });
    rmSync(good, { recursive: true, force: true });
    expect(run.errors, run.report).toBe(0);
  });
});
