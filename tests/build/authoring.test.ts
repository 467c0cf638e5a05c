/**
 * The authoring commands as a CX editor runs them, in copies of the project: `npm run validate`,
 * `npm run new`, and the build refusing every file the validator refuses, before Astro starts,
 * with the same messages and the last good dist/ kept.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { contractSchemas } from '../../src/data/authoring';
import { validateContent } from '../../src/lib/authoring/validate';
import { readContentFolder } from '../../src/lib/authoring/validate/files';
import { problemLine } from '../../src/lib/authoring/validate/report';
import { buildEnv, copyProject, type ProjectCopy } from '../../scripts/support/project-copy';
import { ROOM } from '../support/fixture-sites';

const FIXTURES = path.join(process.cwd(), 'tests', 'fixtures', 'validate');
const ENV = buildEnv({ GITHUB_ACTIONS: '' });
const copies: ProjectCopy[] = [];

/** A copy of the project with `content` as its content/ folder. */
function projectWith(content: string): string {
  const copy = copyProject('authoring', content);
  copies.push(copy);
  return copy.root;
}

/** Runs a script of the project like `npm run` does, with no terminal attached. */
async function run(project: string, script: string, args: string[] = []) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], {
      cwd: project,
      env: ENV,
    });
    return { status: 0, output: `${stdout}\n${stderr}` };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { status: failed.code ?? 1, output: `${failed.stdout}\n${failed.stderr}` };
  }
}

/** The error lines the validator's rules give for a content folder. */
function expectedErrorLines(contentRoot: string): string[] {
  const folder = readContentFolder(contentRoot, 'content');
  return validateContent(folder, { schemas: contractSchemas, now: new Date() })
    .filter((problem) => problem.severity === 'error')
    .map((problem) => problemLine(problem, (_, text) => text));
}

afterAll(() => {
  for (const copy of copies) copy.remove();
});

describe('npm run validate', () => {
  it('passes the sample content, in plain text for CI logs', async () => {
    const { status, output } = await run(projectWith(ROOM), 'scripts/validate.mjs');
    expect(status, output).toBe(0);
    expect(output).toMatch(/✔ \d+ files checked: no (?:problems|errors)/);
    expect(output).not.toContain('\u001b[');
  });

  it('reports every broken file in one run, with a count, and exits 1 without a stack trace', async () => {
    const { status, output } = await run(
      projectWith(path.join(FIXTURES, 'several-files')),
      'scripts/validate.mjs',
    );
    expect(status).toBe(1);
    expect(output).toContain('content/quotes/no-source.md  source  is missing — add it');
    expect(output).toContain(
      'content/quotes/phone.md:6  body  looks like a phone number: (415) ***-**32',
    );
    expect(output).toContain('content/stories/by-fax.md:6  channel  is "fax" — must be one of');
    expect(output).toContain('✖ 3 errors in 3 files');
    expect(output).not.toContain('555-0132');
    expect(output).not.toMatch(/^\s+at /m);
  });
});

describe('npm run new', () => {
  it('creates a file with every field, says what to do next, and never overwrites', async () => {
    const project = projectWith(path.join(FIXTURES, 'pii-allowed'));
    const args = ['--content', 'new-content', 'story', 'Five seconds of silence'];
    const first = await run(project, 'scripts/new.mjs', args);
    const file = path.join(project, 'new-content', 'stories', 'five-seconds-of-silence.md');
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain('Created new-content/stories/five-seconds-of-silence.md');
    expect(first.output).toMatch(/Next: open it, fill in summary, lesson, channel and consent/);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: Five seconds of silence\n');

    writeFileSync(file, `${text}Edited.\n`);
    const again = await run(project, 'scripts/new.mjs', args);
    expect(again.status).toBe(1);
    expect(again.output).toContain('already exists — nothing was changed');
    expect(readFileSync(file, 'utf8')).toBe(`${text}Edited.\n`);
  });

  it('explains how to use it when run without arguments and no terminal to ask on', async () => {
    const { status, output } = await run(
      projectWith(path.join(FIXTURES, 'pii-allowed')),
      'scripts/new.mjs',
    );
    expect(status).toBe(1);
    expect(output).toContain('Usage: npm run new -- <persona|quote|story|announcement> "Title"');
  });
});

describe('the build', () => {
  const errorFixtures = readdirSync(FIXTURES).filter(
    (rule) => expectedErrorLines(path.join(FIXTURES, rule)).length > 0,
  );

  it('has broken fixtures to try', () => {
    expect(errorFixtures.length).toBeGreaterThan(15);
  });

  // Each case in its own copy, side by side: the build stops before Astro, so each is quick.
  it.concurrent.each(errorFixtures)(
    'refuses what validate refuses (%s), before Astro runs, keeping the last good dist/',
    async (rule) => {
      const project = projectWith(path.join(FIXTURES, rule));
      const lastGood = path.join(project, 'dist', 'index.html');
      mkdirSync(path.dirname(lastGood), { recursive: true });
      writeFileSync(lastGood, '<p>last good build</p>');

      const validate = await run(project, 'scripts/validate.mjs');
      const build = await run(project, 'scripts/build.mjs');
      expect(validate.status).toBe(1);
      expect(build.status, build.output).not.toBe(0);
      for (const line of expectedErrorLines(path.join(project, 'content'))) {
        expect(validate.output).toContain(line);
        expect(build.output).toContain(line);
      }
      expect(build.output).toContain(
        'nothing was published. dist/ still holds the last good build.',
      );
      expect(readFileSync(lastGood, 'utf8')).toBe('<p>last good build</p>');
      expect(existsSync(path.join(project, 'dist.next'))).toBe(false);
      expect(build.output).not.toMatch(/^\s+at /m);
    },
  );
});
