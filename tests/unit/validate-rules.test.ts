/**
 * Every rule of `npm run validate`, each with a content folder under tests/fixtures/validate/
 * holding a file that breaks only that rule: the validator must report exactly that problem,
 * with its file, line, field and a fix, in plain words.
 */
import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contractSchemas, validateFolder } from '../../src/data/authoring';
import { IMAGE_BYTES_LIMIT, validateContent, type Problem } from '../../src/lib/authoring/validate';
import { readContentFolder } from '../../src/lib/authoring/validate/files';
import { readRecordings } from '../../src/lib/authoring/validate/recordings';
import { ROOM } from '../support/fixture-sites';

const FIXTURES = path.join(process.cwd(), 'tests', 'fixtures', 'validate');
/** The fixtures' dates are written around this day. */
const NOW = new Date('2026-06-01T09:00:00Z');

/** How messages name the folder under test (the build names the real one by its path). */
const SHOWN_AS = 'room';

async function validate(root: string): Promise<Problem[]> {
  const folder = readContentFolder(root, SHOWN_AS);
  return validateContent(folder, {
    schemas: contractSchemas,
    now: NOW,
    recordings: await readRecordings(folder),
  });
}

const fixture = (rule: string) => validate(path.join(FIXTURES, rule));

interface Rule {
  rule: string;
  severity: Problem['severity'];
  file: string;
  line?: number;
  field: string;
  message: RegExp[];
  /** Text that must not appear in the message (personal data is shown masked). */
  hidden?: string;
  /** How many problems of that severity the file makes, when the rule's is not the only one. */
  count?: number;
}

const rules: Rule[] = [
  {
    rule: 'missing-field',
    severity: 'error',
    file: 'quotes/no-source.md',
    field: 'source',
    message: [/^is missing — add it/, /call, chat, email, survey, review, social, interview/],
  },
  {
    rule: 'unknown-field',
    severity: 'error',
    file: 'personas/typo.md',
    line: 4,
    field: 'sumary',
    message: [/unknown field "sumary" — did you mean "summary"\?/],
  },
  {
    rule: 'wrong-type',
    severity: 'error',
    file: 'stories/featured-as-text.md',
    line: 8,
    field: 'featured',
    message: [/must be true or false/],
  },
  {
    rule: 'value-not-allowed',
    severity: 'error',
    file: 'stories/by-fax.md',
    line: 6,
    field: 'channel',
    message: [/"fax"/, /must be one of: phone, chat, email, branch, social, app/],
  },
  {
    rule: 'impossible-date',
    severity: 'error',
    file: 'quotes/february-30.md',
    line: 3,
    field: 'date',
    message: [/"2026-02-30" is not a real calendar date/, /YYYY-MM-DD/],
  },
  {
    rule: 'expires-before-date',
    severity: 'error',
    file: 'quotes/expires-early.md',
    line: 5,
    field: 'expires',
    message: [/must be after `date`/],
  },
  {
    rule: 'unknown-persona',
    severity: 'error',
    file: 'stories/misspelt-persona.md',
    line: 8,
    field: 'persona',
    message: [
      /no persona file content\/personas\/walter-okafr\.md/,
      /did you mean "walter-okafor"/,
    ],
  },
  {
    rule: 'photo-missing',
    severity: 'error',
    file: 'personas/no-photo.md',
    line: 4,
    field: 'photo',
    message: [/"\.\/nobody\.jpg" does not exist next to this file/],
  },
  {
    rule: 'photo-without-alt',
    severity: 'error',
    file: 'personas/no-alt.md',
    field: 'photoAlt',
    message: [/is required when photo is set/],
  },
  {
    rule: 'yaml-does-not-parse',
    severity: 'error',
    file: 'stories/unclosed-quote.md',
    line: 4,
    field: 'front matter',
    message: [/double quotes|quote mark/],
  },
  {
    rule: 'summary-too-long',
    severity: 'error',
    file: 'personas/long-summary.md',
    line: 3,
    field: 'summary',
    message: [/must be at most 160 characters — shorten it/],
  },
  {
    rule: 'empty-quote',
    severity: 'error',
    file: 'quotes/empty.md',
    line: 6,
    field: 'body',
    message: [/the quote is empty — write what the customer said/],
  },
  {
    rule: 'file-name-not-a-slug',
    severity: 'error',
    file: 'quotes/Nobody_Rushed_Me.md',
    field: 'file name',
    message: [/lower-case letters, digits and dashes — rename the file to nobody-rushed-me\.md/],
  },
  {
    rule: 'playlist-unknown-item',
    severity: 'error',
    file: 'playlists/call-floor.yaml',
    line: 4,
    field: 'items[0]',
    message: [/no file content\/stories\/five-seconds-of-silense\.md/],
  },
  {
    rule: 'playlist-item-not-a-path',
    severity: 'error',
    file: 'playlists/call-floor.yaml',
    line: 4,
    field: 'items[0]',
    message: [/"five-seconds-of-silence" must be a folder and a file name/],
  },
  {
    rule: 'playlist-unknown-tag',
    severity: 'error',
    file: 'playlists/call-floor.yaml',
    line: 4,
    field: 'filters.tags[0]',
    message: [
      /no item carries the tag "bereavment" \(did you mean "bereavement"\?\) — fix the spelling/,
    ],
  },
  {
    rule: 'playlist-overlapping-day-parts',
    severity: 'error',
    file: 'playlists/call-floor.yaml',
    line: 8,
    field: 'schedule[1]',
    message: [/overlaps day-part 1 \(from mon 09:00\) — make one end before the other starts/],
  },
  {
    rule: 'playlist-bounds-reversed',
    severity: 'error',
    file: 'playlists/call-floor.yaml',
    line: 4,
    field: 'seconds.max',
    message: [/min must not be larger than max/],
  },
  {
    rule: 'playlist-bad-time',
    severity: 'error',
    file: 'playlists/call-floor.yaml',
    line: 4,
    field: 'schedule[0].from',
    message: [/must be a time as HH:MM \(24-hour\)/],
  },
  {
    rule: 'playlist-day-part-no-length',
    severity: 'error',
    file: 'playlists/call-floor.yaml',
    line: 5,
    field: 'schedule[0].to',
    message: [/from and to are the same time/],
  },
  {
    rule: 'pii-phone',
    severity: 'error',
    file: 'quotes/phone.md',
    line: 6,
    field: 'body',
    message: [/a phone number: \(415\) \*\*\*-\*\*32 — remove it/, /piiAllow/],
    hidden: '555-0132',
  },
  {
    rule: 'pii-phone-international',
    severity: 'error',
    file: 'quotes/phone.md',
    line: 6,
    field: 'body',
    message: [/a phone number: \+44 7\*\*\* \*\*\*\*56/],
    hidden: '123456',
  },
  {
    rule: 'pii-email',
    severity: 'error',
    file: 'quotes/email.md',
    line: 6,
    field: 'body',
    message: [/an email address: m\*\*\*\*\.\*\*\*\*\*\*\*@\*\*\*\*\*\*\*\.com/],
    hidden: 'alvarez',
  },
  {
    rule: 'pii-card',
    severity: 'error',
    file: 'quotes/card.md',
    line: 6,
    field: 'body',
    message: [/a payment card number: \*\*\*\*-\*\*\*\*-\*\*\*\*-\*\*11/],
    hidden: '4111',
  },
  {
    rule: 'pii-ssn',
    severity: 'error',
    file: 'quotes/ssn.md',
    line: 6,
    field: 'body',
    message: [/a US social security number: \*\*\*-\*\*-\*\*89/],
    hidden: '123-45',
  },
  {
    rule: 'pii-iban',
    severity: 'error',
    file: 'quotes/iban.md',
    line: 6,
    field: 'body',
    message: [/an? bank account number \(IBAN\): DE\*\* \*\*\*\* \*\*\*\* \*\*\*\* \*\*\*\* 00/],
    hidden: '3704',
  },
  {
    rule: 'pii-address',
    severity: 'error',
    file: 'quotes/address.md',
    line: 6,
    field: 'body',
    message: [/a street address: \*\* \*\*\*\*\*\*\* Street/],
    hidden: 'Harbour',
  },
  {
    rule: 'pii-in-front-matter',
    severity: 'error',
    file: 'quotes/attribution.md',
    line: 5,
    field: 'attribution',
    message: [/a phone number: 020 \*\*\*\* \*\*58/],
    hidden: '7946',
  },
  {
    rule: 'expires-soon',
    severity: 'warning',
    file: 'quotes/ends-soon.md',
    line: 5,
    field: 'expires',
    message: [/ends on 2026-06-10, in 9 days — set a later date/],
  },
  {
    rule: 'persona-without-quote',
    severity: 'warning',
    file: 'personas/alone.md',
    field: 'file',
    message: [/no quote or story names this persona yet — add one with "persona: alone"/],
  },
  {
    rule: 'story-without-transcript',
    severity: 'warning',
    file: 'stories/no-turns.md',
    line: 9,
    field: 'body',
    message: [/no transcript — add the conversation/, /\*\*Customer:\*\*/],
  },
  {
    rule: 'raw-html',
    severity: 'warning',
    file: 'quotes/pasted.md',
    line: 6,
    field: 'body',
    message: [/raw HTML \(<b>\) is left out of the site — write it as plain markdown/],
    // It also has a <div> on a later line: the first warning is the one checked here.
    count: 2,
  },
  {
    rule: 'remote-image',
    severity: 'error',
    file: 'quotes/tracking-pixel.md',
    line: 8,
    field: 'body',
    message: [/"https:\/\/cdn\.example\.com\/logo\.png" is on another site/, /save the picture/],
  },
  {
    rule: 'photo-svg',
    severity: 'error',
    file: 'personas/drawn.md',
    line: 4,
    field: 'photo',
    message: [/"\.\/drawn\.svg" is an SVG drawing/, /\.jpg, \.png, \.webp or \.avif/],
  },
  {
    rule: 'audio-without-consent',
    severity: 'error',
    file: 'stories/a-call.md',
    line: 7,
    field: 'consent',
    message: [/must be obtained when the story has audio — a voice is personal data/],
  },
  {
    rule: 'recording-bad-range',
    severity: 'error',
    file: 'stories/a-call.md',
    line: 9,
    field: 'redactions[0]',
    message: [/must be a range from start to end, e.g. "0:41-0:44"/],
  },
  {
    rule: 'recording-excerpt-too-long',
    severity: 'error',
    file: 'stories/a-call.md',
    line: 9,
    field: 'wallExcerpt',
    message: [/must be at most 90 seconds long — shorten the range/],
    // Two minutes is also past the end of the 17-second clip.
    count: 2,
  },
  {
    rule: 'recording-missing',
    severity: 'error',
    file: 'stories/a-call.md',
    line: 8,
    field: 'audio',
    message: [/"\.\/a-call\.m4a" does not exist next to this file/],
  },
  {
    rule: 'recording-not-audio',
    severity: 'error',
    file: 'stories/a-call.md',
    line: 8,
    field: 'audio',
    message: [/is not a recording we can read — export it again/],
  },
  {
    rule: 'announcement-bad-time',
    severity: 'error',
    file: 'announcements/huddle.md',
    line: 3,
    field: 'from',
    message: [/is not a local date and time — write the start as YYYY-MM-DDTHH:MM/],
  },
  {
    rule: 'announcement-unknown-screen',
    severity: 'error',
    file: 'announcements/huddle.md',
    line: 5,
    field: 'screens[0]',
    message: [/no playlist content\/playlists\/nowhere\.yaml/],
  },
  {
    rule: 'announcement-until-before-from',
    severity: 'error',
    file: 'announcements/huddle.md',
    line: 4,
    field: 'until',
    message: [/must be after `from`/],
  },
  {
    rule: 'announcement-window-too-long',
    severity: 'error',
    file: 'announcements/huddle.md',
    line: 4,
    field: 'until',
    message: [/is more than 14 days after `from`/],
  },
  {
    rule: 'announcement-every-on-takeover',
    severity: 'error',
    file: 'announcements/huddle.md',
    line: 6,
    field: 'every',
    message: [/is for interleave only/],
  },
];

describe('each rule, with a file that breaks only that rule', () => {
  it.each(rules)(
    '$rule: one $severity naming the file, line, field and fix',
    async ({ rule, severity, file, line, field, message, hidden, count }) => {
      const problems = await fixture(rule);
      const mine = problems.filter((problem) => problem.severity === severity);
      expect(mine.length, JSON.stringify(problems, null, 2)).toBe(count ?? 1);
      const [problem] = mine;
      expect(problem).toMatchObject({ file: `${SHOWN_AS}/${file}`, field });
      expect(problem?.line).toBe(line);
      for (const pattern of message) expect(problem?.message).toMatch(pattern);
      if (hidden) expect(problem?.message).not.toContain(hidden);
      if (severity === 'warning') {
        expect(problems.filter((other) => other.severity === 'error')).toEqual([]);
      }
    },
  );

  it('has a test for every fixture folder', () => {
    const tested = new Set([...rules.map(({ rule }) => rule), 'pii-allowed', 'several-files']);
    expect(readdirSync(FIXTURES).filter((name) => !tested.has(name))).toEqual([]);
  });

  it('never shows the schema library’s wording', async () => {
    for (const rule of readdirSync(FIXTURES)) {
      for (const { message } of await fixture(rule)) {
        expect(message).not.toMatch(/Invalid input|expected \w+, received|Too (?:small|big)|zod/i);
      }
    }
  });
});

describe('the privacy guard', () => {
  it('allows the exact strings a file lists in piiAllow', async () => {
    expect(await fixture('pii-allowed')).toEqual([]);
  });

  it('still flags a number that is not on the file’s list', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'customer-room-pii-'));
    try {
      cpSync(path.join(FIXTURES, 'pii-allowed'), root, { recursive: true });
      const file = path.join(root, 'quotes', 'help-line.md');
      writeFileSync(
        file,
        "---\nsource: call\ndate: 2026-03-14\nconsent: anonymised\npiiAllow: ['1-800-555-0100']\n---\nRing 1-800-555-0100, or me on 415-555-0132.\n",
      );
      const [problem, ...rest] = await validate(root);
      expect(rest).toEqual([]);
      expect(problem).toMatchObject({ line: 7, field: 'body' });
      expect(problem?.message).toContain('415-***-**32');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('one run', () => {
  it('reports every broken file, not only the first', async () => {
    const problems = await fixture('several-files');
    expect(problems.map(({ file, field }) => `${file} ${field}`)).toEqual([
      `${SHOWN_AS}/quotes/no-source.md source`,
      `${SHOWN_AS}/quotes/phone.md body`,
      `${SHOWN_AS}/stories/by-fax.md channel`,
    ]);
  });

  it('reports several problems of one file together', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'customer-room-many-'));
    try {
      cpSync(path.join(FIXTURES, 'value-not-allowed'), root, { recursive: true });
      const file = path.join(root, 'stories', 'by-fax.md');
      writeFileSync(
        file,
        '---\ntitle: A call\nsumary: typo\nlesson: Listen first.\ndate: 2026-02-30\nchannel: fax\nconsent: anonymised\n---\n**Customer:** Hi.\n',
      );
      expect((await validate(root)).map(({ line, field }) => `${line ?? '-'} ${field}`)).toEqual([
        '- summary',
        '3 sumary',
        '5 date',
        '6 channel',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('photos', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('warns about a photo over 2 MB', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'customer-room-photo-'));
    cpSync(path.join(FIXTURES, 'photo-without-alt'), root, { recursive: true });
    writeFileSync(
      path.join(root, 'personas', 'no-alt.md'),
      '---\nname: Test Person\nsummary: Someone we made up.\nphoto: ./no-alt.png\nphotoAlt: A drawing\n---\nWho they are.\n',
    );
    truncateSync(path.join(root, 'personas', 'no-alt.png'), IMAGE_BYTES_LIMIT + 1);
    const photo = (await validate(root)).filter((problem) => problem.field === 'photo');
    expect(photo).toHaveLength(1);
    expect(photo[0]).toMatchObject({ severity: 'warning', line: 4 });
    expect(photo[0]?.message).toMatch(/is 2\.0 MB — save a copy under 2 MB/);
  });
});

// content/ itself is checked by `npm run validate` in .ci/run, not by a test.
describe('the room fixture (a copy of the sample)', () => {
  it('has no errors and no personal data', async () => {
    const run = await validateFolder(ROOM, {
      now: new Date(),
      color: false,
    });
    expect(run.errors, run.report).toBe(0);
  });
});
