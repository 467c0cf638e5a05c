/**
 * Schema issues in words a CX editor can act on. The schemas in src/content.config.ts already
 * word most problems ("must be one of: phone, chat, …"); this module fills in the few that still
 * carry the schema library's wording, says "is empty" for a field that is there but blank, and
 * names the value that was not allowed.
 */

/** The parts of a schema issue this module reads (zod's issue, with `reportInput`). */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: readonly unknown[];
  keys?: readonly string[];
}

const KIND_OF_VALUE: Record<string, string> = {
  string: 'must be text',
  number: 'must be a number',
  int: 'must be a whole number',
  boolean: 'must be true or false',
  array: 'must be a list, e.g. [first, second]',
  object: 'must be a group of fields, each on its own line indented below it',
};

/** zod's own English messages all start like this; ours never do. */
const LIBRARY_WORDING = /^(?:Invalid|Too (?:small|big)|Unrecognized)\b/;

function plainWording(issue: SchemaIssue): string {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const bound = issue.code === 'too_small' ? 'at least' : 'at most';
  switch (issue.code) {
    case 'invalid_type':
      return KIND_OF_VALUE[issue.expected ?? ''] ?? 'has the wrong kind of value';
    case 'invalid_value':
      return `must be one of: ${(issue.values ?? []).map(String).join(', ')}`;
    case 'too_small':
    case 'too_big':
      if (issue.origin === 'string') {
        return issue.code === 'too_small' && limit === 1
          ? 'must not be empty'
          : `must be ${bound} ${limit} characters`;
      }
      if (issue.origin === 'array') return `must list ${bound} ${limit}`;
      return `must be ${bound} ${limit}`;
    default:
      return 'is not valid — see the field reference in docs/authoring.md';
  }
}

const MISSING = /^is missing — (?:add it )?/;

/**
 * The message for one issue. `present` says whether the field's line exists in the file, so a
 * field written but left blank is "empty" rather than "missing".
 */
export function describeIssue(issue: SchemaIssue, present: boolean): string {
  const message = LIBRARY_WORDING.test(issue.message) ? plainWording(issue) : issue.message;
  const blank = issue.input === null || (issue.input === undefined && present);
  if (blank) {
    return MISSING.test(message)
      ? message
          .replace(/^is missing — add it/, 'is empty — fill it in')
          .replace(MISSING, 'is empty — ')
      : `is empty — fill it in (${message})`;
  }
  if (issue.input === undefined && !MISSING.test(message) && issue.code === 'invalid_type') {
    return `is missing — add it (${message})`;
  }
  if (
    issue.code === 'invalid_value' &&
    typeof issue.input === 'string' &&
    !message.includes(issue.input)
  ) {
    return `is "${issue.input}" — ${message}`;
  }
  return message;
}

/** `channels[1]`, `schedule[0].from`: a path as an author would point at it. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index ? '.' : ''}${String(segment)}`,
    )
    .join('');
}

/**
 * The unknown fields of an `unrecognized_keys` issue, each with its own message: the schema
 * words them together ("unknown field "a" — …; unknown field "b" — …").
 */
export function unknownFields(issue: SchemaIssue): { key: string; message: string }[] {
  const keys = issue.keys ?? [];
  const parts = issue.message.split('; ');
  return keys.map((key, index) => ({
    key,
    message:
      parts.length === keys.length && parts[index]
        ? parts[index]
        : `unknown field "${key}" — remove it or check its spelling`,
  }));
}

/** js-yaml's reasons, in plain words, with what to do about them. */
export function describeYamlError(detail: string): string {
  const reason = detail.replace(/^the YAML does not parse: /, '');
  if (reason.includes('duplicated mapping key')) {
    return 'this field is written twice — keep one of them';
  }
  if (/quoted scalar/.test(reason)) {
    return 'a quote mark is not closed — add the closing " or \', or remove the opening one';
  }
  if (/bad indentation|block mapping entry|implicit key/.test(reason)) {
    return 'this line does not read as `field: value` — line fields up with the others, and put text containing ": " or starting with a quote or [ in double quotes';
  }
  if (detail === reason) return detail;
  return `the fields do not read as YAML here (${reason}) — check this line: text containing ": " or starting with a quote or [ must be in double quotes`;
}
