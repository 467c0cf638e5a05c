/**
 * `npm run new` files: every field of the schema, each under its description; the validator
 * points at each required field still to fill in, and a filled-in file is valid.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contractSchemas, newFile, newFileKind } from '../../src/data/authoring';
import { fieldsOf } from '../../src/lib/authoring/contract-fields';
import { NEW_FILE_FOLDERS, type NewKind } from '../../src/lib/authoring/scaffold';
import { validateContent } from '../../src/lib/authoring/validate';
import { readContentFolder } from '../../src/lib/authoring/validate/files';

const TODAY = new Date('2026-03-14T10:00:00Z');
let root: string | undefined;

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** Validates `files` (path in the content folder → text) in a throwaway folder. */
function validate(files: Record<string, string>) {
  root = mkdtempSync(path.join(tmpdir(), 'customer-room-new-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return validateContent(readContentFolder(root, 'content'), {
    schemas: contractSchemas,
    now: TODAY,
  });
}

const cases: { kind: NewKind; title: string; fill: Record<string, string>; body: string }[] = [
  {
    kind: 'persona',
    title: 'Maria Alvarez',
    fill: { summary: 'Recently widowed; handling the accounts for the first time.' },
    body: 'Maria is learning the household paperwork.\n',
  },
  {
    kind: 'quote',
    title: 'Nobody rushed me',
    fill: { source: 'call', consent: 'anonymised', persona: 'maria-alvarez' },
    body: 'Nobody rushed me, and I could finally think.\n',
  },
  {
    kind: 'story',
    title: 'Five seconds of silence',
    fill: {
      summary: 'A pause.',
      lesson: 'Warmth is allowed.',
      channel: 'phone',
      consent: 'public',
    },
    body: '**Customer:** My uncle died.\n\n**Agent:** I am so sorry.\n',
  },
];

describe('npm run new', () => {
  it.each(cases)('writes every $kind field, each under its description', ({ kind, title }) => {
    const file = newFile(kind, title, TODAY);
    const fields = fieldsOf(contractSchemas[NEW_FILE_FOLDERS[kind]]).filter(
      (field) => field.depth === 0,
    );
    const lines = file.text.split('\n');
    for (const field of fields) {
      const at = lines.findIndex((line) => line.startsWith(`${field.key}:`));
      expect(at, field.key).toBeGreaterThan(0);
      expect(lines[at - 1]).toContain(field.description);
    }
    if (fields.some((field) => field.key === 'date')) {
      expect(file.text).toContain('date: 2026-03-14\n');
    }
  });

  it.each(cases)(
    'leaves the required $kind fields for the validator to point at, line by line',
    ({ kind, title }) => {
      const file = newFile(kind, title, TODAY);
      const errors = validate({ [file.path]: file.text }).filter((p) => p.severity === 'error');
      const lines = file.text.split('\n');
      for (const field of file.toFill) {
        const problem = errors.find((error) => error.field === field);
        expect(problem?.message, field).toMatch(/^is empty — /);
        expect(lines[(problem?.line ?? 0) - 1]).toBe(`${field}:`);
      }
      const fieldErrors = errors.filter((error) => error.field !== 'body');
      expect(fieldErrors.map((error) => error.field).sort()).toEqual([...file.toFill].sort());
    },
  );

  it('makes files that are valid once filled in', () => {
    const files: Record<string, string> = {};
    for (const { kind, title, fill, body } of cases) {
      const file = newFile(kind, title, TODAY);
      let text = file.text;
      for (const [field, value] of Object.entries(fill)) {
        text = text.replace(new RegExp(`^${field}:$`, 'm'), `${field}: ${value}`);
      }
      files[file.path] = text + body;
    }
    expect(validate(files)).toEqual([]);
  });

  it('understands the kind however it is written, and suggests one for a typo', () => {
    expect(newFileKind('Stories')).toEqual({ kind: 'story' });
    expect(newFileKind('persona')).toEqual({ kind: 'persona' });
    expect(newFileKind('stroy')).toEqual({ suggestion: 'story' });
  });
});
