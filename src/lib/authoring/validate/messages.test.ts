import { describe, expect, it } from 'vitest';
import { describeIssue, describeYamlError, fieldName, unknownFields } from './messages';

describe('describeIssue', () => {
  it('keeps the schema’s own wording', () => {
    const issue = {
      code: 'custom',
      path: ['expires'],
      message: 'must be after `date`',
      input: 'x',
    };
    expect(describeIssue(issue, true)).toBe('must be after `date`');
  });

  it('replaces the schema library’s wording with plain words', () => {
    const base = { path: ['seconds', 'min'], input: 1 };
    expect(
      describeIssue(
        {
          ...base,
          code: 'too_small',
          origin: 'number',
          minimum: 3,
          message: 'Too small: expected number to be >=3',
        },
        true,
      ),
    ).toBe('must be at least 3');
    expect(
      describeIssue(
        {
          ...base,
          code: 'invalid_type',
          expected: 'string',
          input: 3,
          message: 'Invalid input: expected string, received number',
        },
        true,
      ),
    ).toBe('must be text');
    expect(
      describeIssue(
        {
          ...base,
          code: 'too_big',
          origin: 'array',
          maximum: 2,
          message: 'Too big: expected array to have <=2 items',
        },
        true,
      ),
    ).toBe('must list at most 2');
  });

  it('says a missing field is missing, and a blank one is empty', () => {
    const missing = {
      code: 'invalid_type',
      expected: 'string',
      path: ['summary'],
      message: 'is missing — add it (must be text)',
    };
    expect(describeIssue(missing, false)).toBe('is missing — add it (must be text)');
    expect(describeIssue(missing, true)).toBe('is empty — fill it in (must be text)');
    const date = {
      ...missing,
      path: ['date'],
      message: 'is missing — write the day as YYYY-MM-DD',
    };
    expect(describeIssue(date, true)).toBe('is empty — write the day as YYYY-MM-DD');
    const nested = {
      code: 'invalid_type',
      expected: 'number',
      path: ['seconds', 'max'],
      message: 'Invalid input: expected number, received undefined',
    };
    expect(describeIssue(nested, false)).toBe('is missing — add it (must be a number)');
    expect(describeIssue({ ...nested, input: null }, true)).toBe(
      'is empty — fill it in (must be a number)',
    );
  });

  it('names the value that is not allowed', () => {
    const issue = {
      code: 'invalid_value',
      path: ['channel'],
      input: 'fax',
      message: 'must be one of: phone, chat',
    };
    expect(describeIssue(issue, true)).toBe('is "fax" — must be one of: phone, chat');
  });
});

describe('fieldName', () => {
  it('writes a path the way an author points at it', () => {
    expect(fieldName(['schedule', 0, 'filters', 'kinds', 1])).toBe('schedule[0].filters.kinds[1]');
    expect(fieldName([])).toBe('');
  });
});

describe('unknownFields', () => {
  it('gives each unknown field its own message', () => {
    const issue = {
      code: 'unrecognized_keys',
      path: [],
      keys: ['sumary', 'mood'],
      message:
        'unknown field "sumary" — did you mean "summary"?; unknown field "mood" — allowed fields: a, b',
    };
    expect(unknownFields(issue)).toEqual([
      { key: 'sumary', message: 'unknown field "sumary" — did you mean "summary"?' },
      { key: 'mood', message: 'unknown field "mood" — allowed fields: a, b' },
    ]);
  });
});

describe('describeYamlError', () => {
  it('explains the usual YAML mistakes in plain words', () => {
    expect(describeYamlError('the YAML does not parse: duplicated mapping key')).toMatch(
      /written twice/,
    );
    expect(
      describeYamlError(
        'the YAML does not parse: unexpected end of the stream within a double quoted scalar',
      ),
    ).toMatch(/quote mark is not closed/);
    expect(
      describeYamlError('the YAML does not parse: bad indentation of a mapping entry'),
    ).toMatch(/double quotes/);
  });

  it('passes other messages through', () => {
    expect(describeYamlError('the YAML must be a list of `field: value` lines')).toBe(
      'the YAML must be a list of `field: value` lines',
    );
  });
});
