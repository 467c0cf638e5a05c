/**
 * content/ is the CX team's sample room: they edit it, empty it, replace it with their own. No
 * test may read it, or their pull request fails for a reason that has nothing to do with their
 * content. Tests build and read fixture sites under tests/fixtures/ instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRoot } from '../../src/lib/shared/content-root';

const ROOT = process.cwd();

/** Every file of test code: the tests, their support, and the helpers they share with scripts. */
function testSources(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'fixtures' && entry.name !== 'node_modules') walk(relative);
      } else if (/\.(ts|mjs|js)$/.test(entry.name)) {
        const inTests = relative.startsWith(`tests${path.sep}`);
        if (inTests || entry.name.endsWith('.test.ts') || dir === 'scripts/support') {
          found.push(relative);
        }
      }
    }
  };
  for (const dir of ['tests', 'src', 'scripts/support']) walk(dir);
  return found;
}

const QUOTED_CONTENT = String.raw`['"\x60](?:\.\/)?content(?:\/[^'"\x60]*)?['"\x60]`;

/** Ways code names the project's content/ folder as a path. */
const READS_CONTENT: [pattern: RegExp, what: string][] = [
  [new RegExp(String.raw`cwd\(\)\s*,\s*` + QUOTED_CONTENT), "path.join(process.cwd(), 'content')"],
  [new RegExp(String.raw`\b(?:join|resolve)\(\s*` + QUOTED_CONTENT), "path.join('content', …)"],
  [
    new RegExp(
      String.raw`\b(?:readFileSync|readdirSync|existsSync|statSync|cpSync|copyFileSync|readContent|readContentFolder|validateFolder)\(\s*` +
        QUOTED_CONTENT,
    ),
    "a file call on 'content/…'",
  ],
  // A project copy that takes content/ along builds the CX team's files, not a fixture.
  [/^\s*['"]content['"],?\s*$/m, "'content' in a list of files to copy"],
];

export function contentReads(file: string, text: string): string[] {
  return READS_CONTENT.filter(([pattern]) => pattern.test(text)).map(
    ([, what]) => `${file}: ${what}`,
  );
}

/** The folder's name, put together so that this file's own examples name no path in it. */
const FOLDER = ['con', 'tent'].join('');

describe('tests and content/', () => {
  it('recognises the ways a test could read content/', () => {
    expect(
      contentReads('a.ts', `readContent('quotes', path.join(process.cwd(), '${FOLDER}'))`),
    ).toHaveLength(1);
    expect(contentReads('a.ts', `readdirSync('${FOLDER}/quotes')`)).toHaveLength(1);
    expect(contentReads('a.ts', `const FILES = [\n  'src',\n  '${FOLDER}',\n];`)).toHaveLength(1);
    // A validator message a test expects is output, not a read.
    expect(
      contentReads('a.ts', `expect(output).toContain('${FOLDER}/quotes/x.md  source')`),
    ).toEqual([]);
  });

  it('no test, test helper or shared test support names the content/ folder as a path', () => {
    // This file spells the patterns out as examples.
    const sources = testSources().filter(
      (file) => !file.endsWith('tests-never-read-content.test.ts'),
    );
    expect(sources.length).toBeGreaterThan(40);
    const reads = sources.flatMap((file) =>
      contentReads(file, readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(reads).toEqual([]);
  });

  it('reads the room fixture wherever code reads "the content" by default', () => {
    expect(path.relative(ROOT, contentRoot())).toBe(path.join('tests', 'fixtures', 'room'));
  });
});
