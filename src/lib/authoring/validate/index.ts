/**
 * The content validator: every rule of the content contract over every file, every problem
 * reported in one run. The schemas (src/content.config.ts) decide what a field may hold; this
 * module runs them file by file, points each problem at its line, and adds what a schema cannot
 * see: file names, photos on disk, empty quotes, personal data, raw HTML, and checks across
 * files (playlist tags no item carries). It refuses everything the build refuses, and first:
 * tests/unit/build-refusals.test.ts holds the list. `npm run validate` and the build both run
 * it (scripts/validate.mjs).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Nodes } from 'mdast';
import type { z } from 'astro/zod';
import { isoDay, parseCalendarDate, startOfDay } from '../../shared/dates';
import { isExpired } from '../../catalog/expiry';
import { FrontMatterError, readFrontMatter, readYaml } from '../../shared/front-matter';
import { REFERENCE_KINDS, withKnownSlugs, type KnownSlugs } from '../../catalog/known-slugs';
import { markdownToText, parseMarkdown, remoteImages } from '../../catalog/markdown';
import { photoProblem } from '../../catalog/photo';
import { fileNameProblem } from '../../shared/slug';
import { hasEnded, parseLocalDateTime } from '../../display/announcements';
import { ANNOUNCEMENT_BODY_MAX } from '../../catalog/vocabulary';
import { parseStoryBody, transcriptProblems, transcriptTurns } from '../../catalog/transcript';
import type { PlaylistData } from '../../display/plans';
import { recordingFileProblem, recordingPath } from '../../calls/recording';
import { formatTime, parseRange } from '../../calls/timecode';
import type { Recordings } from './recordings';
import type { ContentFile, ContentFolder, ContentKind } from './files';
import { fieldAtLine, locate, scanYaml } from './locate';
import {
  describeIssue,
  describeYamlError,
  fieldName,
  unknownFields,
  type SchemaIssue,
} from './messages';
import { findPii, mask, PII_LABELS, withoutAllowed } from './pii';
import { publishedTags, unknownPlaylistTags } from './playlist-tags';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** The file, as shown to the author (content/stories/….md). */
  file: string;
  line?: number | undefined;
  /** The field (`summary`, `channels[1]`), or `body`, `file name`, `file`. */
  field: string;
  /** What is wrong — how to fix it. */
  message: string;
}

/** One schema per folder: src/content.config.ts's, as src/data/authoring.ts hands them over. */
export type ContractSchemas = Record<ContentKind, z.ZodType>;

export interface ValidateOptions {
  schemas: ContractSchemas;
  /** Today, for the expiry warnings. */
  now: Date;
  /** The stories' recordings, opened beforehand (readRecordings); without them lengths are not checked. */
  recordings?: Recordings | undefined;
}

/** An expiry this close is worth a warning. */
export const EXPIRES_SOON_DAYS = 30;
/** A photo larger than this slows the wall screens down. */
export const IMAGE_BYTES_LIMIT = 2 * 1024 * 1024;

const DAY_MS = 24 * 60 * 60 * 1000;

const PII_FIX =
  'remove it or anonymise it; if it is public on purpose (say, our help-line), add the exact text to piiAllow';

/** A file's text split for checking: its fields, its body and where each starts. */
interface Reading {
  data?: Record<string, unknown> | undefined;
  body?: string | undefined;
  /** Line of the file where the body starts. */
  bodyLine?: number | undefined;
  /** The YAML lines (front matter, or the whole playlist file). */
  yaml: ReturnType<typeof scanYaml>;
  /** Last line of the file that is YAML (the closing --- of front matter). */
  yamlEnd: number;
}

function read(file: ContentFile, problems: Problem[]): Reading {
  const lines = file.text.split(/\r?\n/);
  if (file.kind === 'playlists') {
    const reading: Reading = { yaml: scanYaml(file.text), yamlEnd: lines.length };
    try {
      reading.data = readYaml(file.text, file.path);
    } catch (error) {
      problems.push(yamlProblem(file, error));
    }
    return reading;
  }
  const closing = lines[0]?.replace(/^\uFEFF/, '') === '---' ? lines.indexOf('---', 1) : -1;
  const reading: Reading = {
    yaml: closing > 0 ? scanYaml(lines.slice(1, closing).join('\n'), 2) : [],
    yamlEnd: closing + 1,
  };
  try {
    const { data, body, bodyLine } = readFrontMatter(file.text, file.path);
    Object.assign(reading, { data, body, bodyLine });
  } catch (error) {
    problems.push(yamlProblem(file, error));
  }
  return reading;
}

function yamlProblem(file: ContentFile, error: unknown): Problem {
  if (!(error instanceof FrontMatterError)) throw error;
  return {
    severity: 'error',
    file: file.path,
    line: error.line,
    field: file.kind === 'playlists' ? 'YAML' : 'front matter',
    message: describeYamlError(error.detail),
  };
}

function schemaProblems(file: ContentFile, reading: Reading, issues: SchemaIssue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return unknownFields(issue).map(({ key, message }) => ({
        severity: 'error',
        file: file.path,
        line: locate(reading.yaml, [...issue.path, key]).line,
        field: fieldName([...issue.path, key]),
        message,
      }));
    }
    const { line, exact } = locate(reading.yaml, issue.path);
    return [
      {
        severity: 'error',
        file: file.path,
        line,
        field: fieldName(issue.path) || 'file',
        message: describeIssue(issue, exact),
      },
    ];
  });
}

function expiryWarning(file: ContentFile, reading: Reading, now: Date): Problem | undefined {
  const written = reading.data?.expires;
  const expires = typeof written === 'string' ? parseCalendarDate(written) : null;
  if (!expires) return undefined;
  const at = { severity: 'warning' as const, file: file.path, field: 'expires' };
  const line = locate(reading.yaml, ['expires']).line;
  if (isExpired({ expires }, now)) {
    return {
      ...at,
      line,
      message: `ended on ${isoDay(expires)}: this item is no longer built or shown — delete the file, or set a later date to bring it back`,
    };
  }
  const days = Math.round((expires.getTime() - startOfDay(now).getTime()) / DAY_MS);
  if (days > EXPIRES_SOON_DAYS) return undefined;
  const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
  return {
    ...at,
    line,
    message: `ends on ${isoDay(expires)}, ${when} — set a later date if it should stay up longer`,
  };
}

/** An announcement whose window has closed is no longer built: say so, it is easy to miss. */
function endedWarning(file: ContentFile, reading: Reading, now: Date): Problem | undefined {
  const until = reading.data?.until;
  if (typeof until !== 'string' || !parseLocalDateTime(until)) return undefined;
  if (!hasEnded({ from: until, until }, now)) return undefined;
  return {
    severity: 'warning',
    file: file.path,
    line: locate(reading.yaml, ['until']).line,
    field: 'until',
    message: `ended at ${until}: this announcement is no longer built or shown — delete the file, or set a later window to bring it back`,
  };
}

/** Every image in a markdown body, with its line in the file. */
function images(body: string, bodyLine: number): number[] {
  const lines: number[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'image' || node.type === 'imageReference') {
      lines.push(bodyLine + (node.position?.start.line ?? 1) - 1);
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(parseMarkdown(body));
  return lines;
}

/** An announcement is read across a room: a few words, no pictures. */
function announcementBodyProblems(file: ContentFile, body: string, bodyLine: number): Problem[] {
  const at = { severity: 'error' as const, file: file.path, field: 'body' };
  const problems: Problem[] = images(body, bodyLine).map((line) => ({
    ...at,
    line,
    message: 'an announcement has no images — remove the picture and say it in words',
  }));
  const length = markdownToText(body).length;
  if (length > ANNOUNCEMENT_BODY_MAX) {
    problems.push({
      ...at,
      line: bodyLine,
      message: `is ${length} characters, more than ${ANNOUNCEMENT_BODY_MAX} — shorten it to what the floor must know now`,
    });
  }
  return problems;
}

function photoProblems(file: ContentFile, reading: Reading): Problem[] {
  const photo = reading.data?.photo;
  const line = locate(reading.yaml, ['photo']).line;
  const problem = photoProblem(photo, file.absolutePath);
  if (problem)
    return [{ severity: 'error', file: file.path, line, field: 'photo', message: problem }];
  if (typeof photo !== 'string') return [];
  const bytes = statSync(path.resolve(path.dirname(file.absolutePath), photo)).size;
  if (bytes <= IMAGE_BYTES_LIMIT) return [];
  const size = (bytes / 1024 / 1024).toFixed(1);
  return [
    {
      severity: 'warning',
      file: file.path,
      line,
      field: 'photo',
      message: `the picture is ${size} MB — save a copy under 2 MB (800 × 800 pixels is plenty) so wall screens load it quickly`,
    },
  ];
}

/** A story body parsed once, for the transcript checks that each need it. */
const parsedBodies = new WeakMap<Reading, ReturnType<typeof parseStoryBody>>();
function storySegments(reading: Reading, body: string) {
  let segments = parsedBodies.get(reading);
  if (!segments) {
    segments = parseStoryBody(body);
    parsedBodies.set(reading, segments);
  }
  return segments;
}

/**
 * A story's recording and everything timed against it: the file, its length, the turn times
 * and pauses of the transcript, the redactions and the wall excerpt.
 */
function recordingProblems(
  file: ContentFile,
  reading: Reading,
  recordings: Recordings | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string, path: (string | number)[] = [field]) => ({
    severity: 'error' as const,
    file: file.path,
    line: locate(reading.yaml, path).line,
    field,
  });
  const audio = reading.data?.audio;
  const fileProblem = recordingFileProblem(audio, file.absolutePath);
  if (fileProblem) problems.push({ ...at('audio'), message: fileProblem });
  const recording = recordingPath(audio, file.absolutePath);
  const opened = recording === undefined ? undefined : recordings?.get(recording);
  if (opened && 'problem' in opened) problems.push({ ...at('audio'), message: opened.problem });
  const duration = opened && 'duration' in opened ? opened.duration : undefined;

  if (reading.body !== undefined && reading.bodyLine !== undefined) {
    const bodyLine = reading.bodyLine;
    for (const problem of transcriptProblems(storySegments(reading, reading.body), duration)) {
      problems.push({
        severity: 'error',
        file: file.path,
        line: bodyLine + problem.line - 1,
        field: 'body',
        message: problem.message,
      });
    }
  }
  if (duration === undefined) return problems;
  const length = formatTime(duration);
  const redactions = reading.data?.redactions;
  (Array.isArray(redactions) ? redactions : []).forEach((written: unknown, index) => {
    const range = typeof written === 'string' ? parseRange(written) : undefined;
    if (range && range.end > duration + 0.05) {
      problems.push({
        ...at(`redactions[${index}]`, ['redactions', index]),
        message: `"${written as string}" lies past the end of the recording (${length}) — fix the range`,
      });
    }
  });
  const excerpt = reading.data?.wallExcerpt;
  const range = typeof excerpt === 'string' ? parseRange(excerpt) : undefined;
  if (range && range.end > duration + 0.05) {
    problems.push({
      ...at('wallExcerpt'),
      message: `"${excerpt as string}" lies past the end of the recording (${length}) — fix the range`,
    });
  }
  return problems;
}

/** Every raw HTML node of a markdown body, with its line in the file. */
function rawHtml(body: string, bodyLine: number): { line: number; tag: string }[] {
  const found: { line: number; tag: string }[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'html') {
      const name = /^<\/?([A-Za-z][\w-]*)/.exec(node.value)?.[1];
      const tag = node.value.startsWith('<!--') ? '<!-- … -->' : name ? `<${name}>` : 'HTML';
      const line = bodyLine + (node.position?.start.line ?? 1) - 1;
      // `<b>…</b>` is two HTML nodes on one line: one warning is enough.
      if (!found.some((other) => other.line === line && other.tag === tag))
        found.push({ line, tag });
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(parseMarkdown(body));
  return found;
}

function bodyProblems(file: ContentFile, reading: Reading): Problem[] {
  const { body, bodyLine } = reading;
  if (body === undefined || bodyLine === undefined) return [];
  const problems: Problem[] = rawHtml(body, bodyLine).map(({ line, tag }) => ({
    severity: 'warning',
    file: file.path,
    line,
    field: 'body',
    message: `raw HTML (${tag}) is left out of the site — write it as plain markdown instead`,
  }));
  for (const { url, line } of remoteImages(parseMarkdown(body))) {
    problems.push({
      severity: 'error',
      file: file.path,
      line: bodyLine + line - 1,
      field: 'body',
      message: `the image "${url}" is on another site, and the site loads nothing from elsewhere — save the picture next to this file and link it as ./name.jpg, or remove it`,
    });
  }
  if (file.kind === 'quotes' && !markdownToText(body)) {
    problems.push({
      severity: 'error',
      file: file.path,
      line: bodyLine,
      field: 'body',
      message:
        'the quote is empty — write what the customer said, word for word, below the closing --- line',
    });
  }
  if (file.kind === 'announcements')
    problems.push(...announcementBodyProblems(file, body, bodyLine));
  if (file.kind === 'stories' && transcriptTurns(storySegments(reading, body)).length === 0) {
    problems.push({
      severity: 'warning',
      file: file.path,
      line: bodyLine,
      field: 'body',
      message:
        'the story has no transcript — add the conversation as paragraphs that start with a bold speaker, e.g. **Customer:** … then **Agent:** …',
    });
  }
  return problems;
}

function privacyProblems(file: ContentFile, reading: Reading): Problem[] {
  const allowed = reading.data?.piiAllow;
  const allowList = Array.isArray(allowed)
    ? allowed.filter((value): value is string => typeof value === 'string')
    : [];
  const text = withoutAllowed(file.text, allowList);
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1);
  }
  return findPii(text).map((match) => {
    const line = lineStarts.findLastIndex((start) => start <= match.index) + 1;
    const field =
      line > reading.yamlEnd ? 'body' : (fieldAtLine(reading.yaml, line) ?? 'front matter');
    return {
      severity: 'error',
      file: file.path,
      line,
      field,
      message: `looks like ${PII_LABELS[match.kind]}: ${mask(match.text, match.kind)} — ${PII_FIX}`,
    };
  });
}

function fileNameProblems(file: ContentFile): Problem[] {
  const problem = fileNameProblem(file.slug, path.extname(file.absolutePath));
  return problem
    ? [{ severity: 'error', file: file.path, field: 'file name', message: problem }]
    : [];
}

/** Personas nobody quotes or tells a story about: on the wall they are a face without a voice. */
function lonelyPersonas(readings: Map<ContentFile, Reading>): Problem[] {
  const named = new Set<unknown>();
  for (const [file, reading] of readings) {
    if (file.kind === 'quotes' || file.kind === 'stories') named.add(reading.data?.persona);
  }
  return [...readings.keys()]
    .filter((file) => file.kind === 'personas' && !named.has(file.slug))
    .map((file) => ({
      severity: 'warning',
      file: file.path,
      field: 'file',
      message: `no quote or story names this persona yet — add one with "persona: ${file.slug}" so agents hear from them`,
    }));
}

/** Playlist tags no published item carries (see playlist-tags.ts), at their lines. */
function playlistTagProblems(
  playlists: Map<ContentFile, PlaylistData>,
  readings: Map<ContentFile, Reading>,
  now: Date,
): Problem[] {
  const files = [...readings].map(([file, { data }]) => ({ kind: file.kind, data }));
  const knownTags = publishedTags(files, now);
  return [...playlists].flatMap(([file, playlist]) => {
    const reading = readings.get(file) as Reading;
    return unknownPlaylistTags(file.slug, reading.data ?? {}, playlist, knownTags).map(
      ({ path: at, message }): Problem => ({
        severity: 'error',
        file: file.path,
        line: locate(reading.yaml, at).line,
        field: fieldName(at),
        message,
      }),
    );
  });
}

/** Every problem in a content folder: errors stop the build, warnings are for the author. */
export function validateContent(
  folder: ContentFolder,
  { schemas, now, recordings }: ValidateOptions,
): Problem[] {
  const problems: Problem[] = folder.ignored.map((file) => ({
    severity: 'warning',
    file: file.path,
    field: 'file name',
    message: `is not read by the site — ${file.kind === 'playlists' ? 'playlists end in .yaml' : 'content files end in .md'}`,
  }));
  const known = Object.fromEntries(
    [...REFERENCE_KINDS, 'playlists' as const].map((kind) => [
      kind,
      new Set(folder.files.filter((file) => file.kind === kind).map((file) => file.slug)),
    ]),
  ) as unknown as KnownSlugs;

  const readings = new Map<ContentFile, Reading>();
  const playlists = new Map<ContentFile, PlaylistData>();
  for (const file of folder.files) {
    problems.push(...fileNameProblems(file));
    const reading = read(file, problems);
    readings.set(file, reading);
    if (reading.data) {
      const data = reading.data;
      const result = withKnownSlugs(known, () =>
        schemas[file.kind].safeParse(data, { reportInput: true }),
      );
      if (!result.success) {
        problems.push(...schemaProblems(file, reading, result.error.issues as SchemaIssue[]));
      } else if (file.kind === 'playlists') {
        playlists.set(file, result.data as PlaylistData);
      }
      if (file.kind === 'personas') problems.push(...photoProblems(file, reading));
      if (file.kind === 'stories') problems.push(...recordingProblems(file, reading, recordings));
      const expiry = expiryWarning(file, reading, now);
      if (expiry) problems.push(expiry);
      const ended = file.kind === 'announcements' && endedWarning(file, reading, now);
      if (ended) problems.push(ended);
    }
    problems.push(...bodyProblems(file, reading), ...privacyProblems(file, reading));
  }
  problems.push(...lonelyPersonas(readings));
  problems.push(...playlistTagProblems(playlists, readings, now));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
