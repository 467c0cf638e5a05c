import { describe, expect, it } from 'vitest';
import type { Problem } from './index';
import { formatReport, githubAnnotations } from './report';

const error: Problem = {
  severity: 'error',
  file: 'content/quotes/x.md',
  line: 3,
  field: 'date',
  message: '"2026-02-30" is not a real calendar date — write it as YYYY-MM-DD',
};
const missing: Problem = {
  severity: 'error',
  file: 'content/stories/y.md',
  field: 'summary',
  message: 'is missing — add it (must be text)',
};
const warning: Problem = {
  severity: 'warning',
  file: 'content/quotes/z.md',
  line: 8,
  field: 'expires',
  message: 'ends on 2026-06-10, in 9 days — set a later date',
};

describe('formatReport', () => {
  it('prints one line per problem, errors then warnings, then a count', () => {
    expect(formatReport([error, missing, warning], { color: false, filesChecked: 12 })).toBe(
      [
        'Errors — these stop the site from being built:',
        'content/quotes/x.md:3  date  "2026-02-30" is not a real calendar date — write it as YYYY-MM-DD',
        'content/stories/y.md  summary  is missing — add it (must be text)',
        '',
        'Warnings — worth a look; the site still builds:',
        'content/quotes/z.md:8  expires  ends on 2026-06-10, in 9 days — set a later date',
        '',
        '✖ 2 errors in 2 files and 1 warning (12 files checked). Fix the errors, then run npm run validate again.',
      ].join('\n'),
    );
  });

  it('says when all is well', () => {
    expect(formatReport([], { color: false, filesChecked: 1 })).toBe(
      '✔ 1 file checked: no problems.',
    );
    expect(formatReport([warning], { color: false, filesChecked: 3 })).toMatch(
      /✔ 3 files checked: no errors, 1 warning\.$/,
    );
  });

  it('colours only when asked', () => {
    expect(formatReport([error], { color: false, filesChecked: 1 })).not.toContain('\u001b[');
    expect(formatReport([error], { color: true, filesChecked: 1 })).toContain('\u001b[31m');
  });
});

describe('githubAnnotations', () => {
  it('turns problems into workflow commands on their file and line', () => {
    expect(githubAnnotations([error, warning]).split('\n')).toEqual([
      '::error file=content/quotes/x.md,line=3,title=date::"2026-02-30" is not a real calendar date — write it as YYYY-MM-DD',
      '::warning file=content/quotes/z.md,line=8,title=expires::ends on 2026-06-10, in 9 days — set a later date',
    ]);
  });

  it('escapes what would end a command early', () => {
    const odd: Problem = { ...missing, field: 'a,b:c', message: '50%\nnext' };
    expect(githubAnnotations([odd])).toBe(
      '::error file=content/stories/y.md,title=a%2Cb%3Ac::50%25%0Anext',
    );
  });
});
