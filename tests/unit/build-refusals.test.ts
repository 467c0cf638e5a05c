/**
 * Every refusal the build can make, each with the validate fixture that shows `npm run validate`
 * refusing it too: a CX editor who ran validate must never meet a build that says something new.
 * The list is checked against the build's code (the schemas' custom checks and every throw in
 * src/data/), so a new refusal cannot be added without its case here. tests/build/authoring.test.ts
 * builds each of these fixtures and checks the build prints the validator's lines.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractSchemas } from '../../src/data/authoring';
import { validateContent } from '../../src/lib/authoring/validate';
import { readContentFolder } from '../../src/lib/authoring/validate/files';
import { readRecordings } from '../../src/lib/authoring/validate/recordings';
import { fixtureSite } from '../support/fixture-sites';

const VALIDATE_FIXTURES = fixtureSite('validate');

interface Refusal {
  /** The build's file that refuses. */
  where: string;
  /** How the refusal is written there: counted against the code below. */
  how: 'addIssue' | 'refine' | 'throw' | 'schema';
  what: string;
  /** The validate fixture with a file the build refuses for this reason. */
  fixture?: string;
  /** Why a refusal needs no fixture: it cannot come from content. */
  internal?: string;
}

const REFUSALS: Refusal[] = [
  // src/content.config.ts: the schemas. validate runs the same ones (src/data/authoring.ts).
  {
    where: 'src/content.config.ts',
    how: 'schema',
    what: 'a missing field',
    fixture: 'missing-field',
  },
  {
    where: 'src/content.config.ts',
    how: 'schema',
    what: 'an unknown field',
    fixture: 'unknown-field',
  },
  {
    where: 'src/content.config.ts',
    how: 'schema',
    what: 'a value of the wrong type',
    fixture: 'wrong-type',
  },
  {
    where: 'src/content.config.ts',
    how: 'schema',
    what: 'a value not in the list',
    fixture: 'value-not-allowed',
  },
  {
    where: 'src/content.config.ts',
    how: 'schema',
    what: 'a text too long',
    fixture: 'summary-too-long',
  },
  {
    where: 'src/content.config.ts',
    how: 'addIssue',
    what: 'an impossible date',
    fixture: 'impossible-date',
  },
  {
    where: 'src/content.config.ts',
    how: 'addIssue',
    what: 'a persona no file has',
    fixture: 'unknown-persona',
  },
  {
    where: 'src/content.config.ts',
    how: 'addIssue',
    what: 'expires before date',
    fixture: 'expires-before-date',
  },
  {
    where: 'src/content.config.ts',
    how: 'addIssue',
    what: 'a playlist item that is not folder/slug',
    fixture: 'playlist-item-not-a-path',
  },
  {
    where: 'src/content.config.ts',
    how: 'addIssue',
    what: 'a playlist item no file has',
    fixture: 'playlist-unknown-item',
  },
  {
    where: 'src/content.config.ts',
    how: 'addIssue',
    what: 'overlapping day-parts',
    fixture: 'playlist-overlapping-day-parts',
  },
  {
    where: 'src/content.config.ts',
    how: 'addIssue',
    what: 'a photo without photoAlt',
    fixture: 'photo-without-alt',
  },
  {
    where: 'src/content.config.ts',
    how: 'refine',
    what: 'slide bounds min above max',
    fixture: 'playlist-bounds-reversed',
  },
  {
    where: 'src/content.config.ts',
    how: 'refine',
    what: 'a time that is not HH:MM',
    fixture: 'playlist-bad-time',
  },
  {
    where: 'src/content.config.ts',
    how: 'refine',
    what: 'a day-part from and to the same time',
    fixture: 'playlist-day-part-no-length',
  },
  {
    where: 'src/content.config.ts',
    how: 'addIssue',
    what: 'a recording without consent: obtained',
    fixture: 'audio-without-consent',
  },
  {
    where: 'src/content.config.ts',
    how: 'refine',
    what: 'a time range that is not start-end',
    fixture: 'recording-bad-range',
  },
  {
    where: 'src/content.config.ts',
    how: 'refine',
    what: 'a wall excerpt longer than the wall replays',
    fixture: 'recording-excerpt-too-long',
  },
  {
    where: 'src/content.config.ts',
    how: 'addIssue',
    what: 'an announcement time that is not an ISO local date and time',
    fixture: 'announcement-bad-time',
  },
  {
    where: 'src/content.config.ts',
    how: 'addIssue',
    what: 'an announcement for a playlist no file has',
    fixture: 'announcement-unknown-screen',
  },
  {
    where: 'src/content.config.ts',
    how: 'addIssue',
    what: 'an announcement that ends before it starts',
    fixture: 'announcement-until-before-from',
  },
  {
    where: 'src/content.config.ts',
    how: 'addIssue',
    what: 'an announcement longer than 14 days',
    fixture: 'announcement-window-too-long',
  },
  {
    where: 'src/content.config.ts',
    how: 'addIssue',
    what: 'every on a takeover',
    fixture: 'announcement-every-on-takeover',
  },
  // src/data/: what the loader and the pages refuse.
  {
    where: 'src/data/content-loader.ts',
    how: 'throw',
    what: 'a file name that is not a slug',
    fixture: 'file-name-not-a-slug',
  },
  {
    where: 'src/data/content-loader.ts',
    how: 'throw',
    what: 'a photo that does not exist',
    fixture: 'photo-missing',
  },
  {
    where: 'src/data/content-loader.ts',
    how: 'throw',
    what: 'a recording that does not exist',
    fixture: 'recording-missing',
  },
  {
    where: 'src/data/recordings.ts',
    how: 'throw',
    what: 'a recording that is not audio',
    fixture: 'recording-not-audio',
  },
  {
    where: 'src/data/display.ts',
    how: 'throw',
    what: 'no default playlist',
    internal: 'the default playlist is code, not content',
  },
  {
    where: 'src/data/lists.ts',
    how: 'throw',
    what: 'no persona page',
    internal: 'the persona list always has its one page',
  },
  // The loader reads YAML with src/lib/shared/front-matter.ts, as validate does.
  {
    where: 'src/lib/shared/front-matter.ts',
    how: 'schema',
    what: 'YAML that does not parse',
    fixture: 'yaml-does-not-parse',
  },
  // Playlist tags no published item carries: the build refused them in src/data/display.ts
  // after validate had passed them; now validate refuses them, before the build.
  {
    where: 'src/lib/authoring/validate/playlist-tags.ts',
    how: 'schema',
    what: 'a playlist tag no item carries',
    fixture: 'playlist-unknown-tag',
  },
];

/** The build's refusal sites of one kind in one file, as written in the code. */
function sitesIn(file: string, how: Refusal['how']): number {
  const text = readFileSync(path.join(process.cwd(), file), 'utf8');
  const pattern = { addIssue: /\.addIssue\(/g, refine: /\.refine\(/g, throw: /\bthrow new /g }[
    how as 'addIssue' | 'refine' | 'throw'
  ];
  return text.match(pattern)?.length ?? 0;
}

const dataFiles = readdirSync(path.join(process.cwd(), 'src', 'data'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `src/data/${name}`);

describe('every refusal of the build', () => {
  it.each(REFUSALS.filter((refusal) => refusal.fixture))(
    'is refused by validate too: $what ($fixture)',
    async ({ fixture }) => {
      const root = path.join(VALIDATE_FIXTURES, fixture as string);
      expect(existsSync(root), root).toBe(true);
      const folder = readContentFolder(root, 'content');
      const errors = validateContent(folder, {
        schemas: contractSchemas,
        now: new Date('2026-06-01T09:00:00Z'),
        recordings: await readRecordings(folder),
      }).filter((problem) => problem.severity === 'error');
      expect(errors.length, JSON.stringify(errors)).toBeGreaterThan(0);
    },
  );

  it('is on the list: every custom check of the schemas and every throw in src/data/', () => {
    const files = ['src/content.config.ts', ...dataFiles];
    for (const file of files) {
      for (const how of ['addIssue', 'refine', 'throw'] as const) {
        const listed = REFUSALS.filter((refusal) => refusal.where === file && refusal.how === how);
        expect(listed.length, `${file}: ${how} sites in the code vs. on the list`).toBe(
          sitesIn(file, how),
        );
      }
    }
  });

  it('says why a refusal without a fixture cannot come from content', () => {
    for (const refusal of REFUSALS) expect(refusal.fixture ?? refusal.internal).toBeTruthy();
  });
});
