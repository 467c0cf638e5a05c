/**
 * The bad input of an announcement (issue 15), each in its own file under
 * tests/fixtures/validate-announcements/: the validator, which the build runs first, reports
 * each one with its file, line, field and a fix, all in one run.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractSchemas } from '../../src/data/authoring';
import { validateContent } from '../../src/lib/authoring/validate';
import { readContentFolder } from '../../src/lib/authoring/validate/files';

const ROOT = path.join(process.cwd(), 'tests', 'fixtures', 'validate-announcements');
const problems = validateContent(readContentFolder(ROOT, 'content'), {
  schemas: contractSchemas,
  now: new Date(2026, 11, 2, 9, 0),
});

const errorsIn = (slug: string) =>
  problems
    .filter((problem) => problem.file === `content/announcements/${slug}.md`)
    .map(({ severity, line, field, message }) => ({ severity, line, field, message }));

describe('announcements the build refuses', () => {
  it.each([
    ['until-before-from', 4, 'until', /must be after `from` — /],
    ['window-too-long', 4, 'until', /more than 14 days after `from` — shorten/],
    ['unknown-screen', 6, 'screens[0]', /no playlist .*call-flor.* did you mean "call-floor"\?/],
    ['body-too-long', 8, 'body', /is 339 characters, more than 280 — shorten it/],
    ['image-in-body', 10, 'body', /no images — remove the picture/],
    ['every-on-takeover', 6, 'every', /interleave only.* — remove every, or set mode: interleave/],
    [
      'not-iso-time',
      3,
      'from',
      /"2026-12-03 08:00" is not a local date and time — .*2026-12-03T08:00/,
    ],
  ])('%s: line %i, %s', (slug, line, field, message) => {
    const found = errorsIn(slug);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line, field });
    expect(found[0]?.message).toMatch(message);
  });

  it('accepts a well-formed one, and warns about one that has ended', () => {
    expect(errorsIn('good')).toEqual([]);
    expect(errorsIn('ended')).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'until', line: 4 }),
    ]);
  });
});
