/** Splits a content file into its YAML front matter and markdown body. */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Line of the file where the body starts (1-based), for messages that point into it. */
  bodyLine: number;
}

export class FrontMatterError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    /** What is wrong, without the file and line. */
    readonly detail: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${detail}`);
  }
}

/**
 * YAML's core schema keeps `2026-03-14` a string: the schemas check it is a real day, where
 * the default schema would quietly turn 2026-02-30 into 2 March.
 */
export function readFrontMatter(source: string, file: string): FrontMatter {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    throw new FrontMatterError(
      file,
      1,
      'the file must start with front matter between two lines of three dashes (---)',
    );
  }
  // +1: the opening --- line comes before the YAML.
  const data = readYaml(match[1] ?? '', file, 1);
  const bodyLine = match[0].split('\n').length;
  return {
    data,
    body: source.slice(match[0].length),
    bodyLine,
  };
}

/**
 * A YAML mapping (front matter, or a whole playlist file) with the core schema. `lineOffset` is
 * how many lines of the file come before the YAML, so errors point at the right line. A field
 * left empty (`persona:`) counts as not given: an optional one is fine, a required one is missing.
 */
export function readYaml(text: string, file: string, lineOffset = 0): Record<string, unknown> {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // js-yaml counts lines from 0.
    throw new FrontMatterError(
      file,
      error.mark ? error.mark.line + 1 + lineOffset : undefined,
      `the YAML does not parse: ${error.reason}`,
    );
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new FrontMatterError(
      file,
      1 + lineOffset,
      'the YAML must be a list of `field: value` lines',
    );
  }
  return Object.fromEntries(
    Object.entries(data ?? {}).filter(([, value]) => value !== null),
  ) as Record<string, unknown>;
}
