/**
 * A CX editor's mistake must fail the build with a message naming the file, the field and the
 * fix, and must leave the last good build in dist/ untouched. Each case builds a copy of the
 * project with one broken file added.
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../scripts/support/project-copy';
import { ROOM } from '../support/fixture-sites';

let project: ProjectCopy;

beforeAll(() => {
  project = copyProject('bad-input', ROOM);
  const good = project.build();
  if (good.status !== 0) throw new Error(`the sample content did not build:\n${good.output}`);
});

afterAll(() => {
  project.remove();
});

const cases = [
  {
    name: 'a missing required field',
    file: 'quotes/zz-no-source.md',
    text: '---\ndate: 2026-03-14\nconsent: public\n---\nThank you.\n',
    expected: [/source/, /missing/, /call, chat, email/],
  },
  {
    name: 'an unknown persona',
    file: 'stories/zz-unknown-persona.md',
    text: '---\ntitle: T\nsummary: S\nlesson: L\npersona: walter-okafr\ndate: 2026-03-14\nchannel: phone\nconsent: public\n---\nBody\n',
    expected: [/persona/, /did you mean "walter-okafor"/],
  },
  {
    name: 'an impossible date',
    file: 'quotes/zz-bad-date.md',
    text: '---\nsource: call\ndate: 2026-02-30\nconsent: public\n---\nThank you.\n',
    expected: [/date/, /not a real calendar date/, /YYYY-MM-DD/],
  },
  {
    name: 'an unknown field',
    file: 'personas/zz-typo.md',
    text: '---\nname: Test Person\nsummary: Someone.\nsumary: typo\n---\nBody\n',
    expected: [/unknown field "sumary"/, /did you mean "summary"/],
  },
  {
    name: 'a photo that does not exist',
    file: 'personas/zz-no-photo.md',
    text: '---\nname: Test Person\nsummary: Someone.\nphoto: ./nobody.jpg\nphotoAlt: A face\n---\nBody\n',
    expected: [/photo/, /"\.\/nobody\.jpg" does not exist/],
  },
];

describe('a broken content file', () => {
  it.each(cases)(
    'fails the build on $name, naming file and field, and keeps dist/',
    ({ file, text, expected }) => {
      const index = path.join(project.root, 'dist', 'index.html');
      const before = { html: readFileSync(index, 'utf8'), modified: statSync(index).mtimeMs };
      // `file` is inside the copy's content folder; the build names it from the project's root.
      const written = path.join(project.contentDir, file);
      writeFileSync(written, text);
      try {
        const { status, output } = project.build();
        expect(status).not.toBe(0);
        expect(output).toContain(path.relative(project.root, written));
        for (const pattern of expected) expect(output).toMatch(pattern);
        expect(output).toMatch(/dist\/ still holds the last good build/);
        expect(readFileSync(index, 'utf8')).toBe(before.html);
        expect(statSync(index).mtimeMs).toBe(before.modified);
        expect(existsSync(path.join(project.root, 'dist.next'))).toBe(false);
      } finally {
        rmSync(written);
      }
    },
  );
});
