/**
 * The authoring tools' view of the content contract: the schemas of src/content.config.ts as
 * the validator, `npm run new` and the guide's field reference use them, outside an Astro build.
 * scripts/validate.mjs and scripts/new.mjs load this module; authoring-guide.ts builds on it.
 */
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import {
  announcementSchema,
  personaSchema,
  playlistSchema,
  quoteSchema,
  storySchema,
} from '../content.config';
import { fieldsOf, type ReferenceSection } from '../lib/authoring/contract-fields';
import {
  isNewKind,
  newContentFile,
  NEW_FILE_FOLDERS,
  type NewKind,
} from '../lib/authoring/scaffold';
import { nearest } from '../lib/shared/suggest';
import { validateContent, type ContractSchemas } from '../lib/authoring/validate';
import { readContentFolder } from '../lib/authoring/validate/files';
import { readRecordings } from '../lib/authoring/validate/recordings';
import { formatReport, githubAnnotations } from '../lib/authoring/validate/report';

/** Outside a build a photo stays the file name it was written as; the validator checks the file. */
const image = () => z.unknown();

export const contractSchemas: ContractSchemas = {
  personas: personaSchema({ image } as unknown as SchemaContext),
  quotes: quoteSchema,
  stories: storySchema,
  playlists: playlistSchema,
  announcements: announcementSchema,
};

export interface ValidationRun {
  errors: number;
  warnings: number;
  report: string;
  /** The same problems as GitHub Actions annotations, for pull requests. */
  annotations: string;
}

/** Validates every file under `contentRoot`, as `npm run validate` and the build do. */
export async function validateFolder(
  contentRoot: string,
  options: { now: Date; color: boolean; shownAs?: string },
): Promise<ValidationRun> {
  const folder = readContentFolder(contentRoot, options.shownAs);
  const recordings = await readRecordings(folder);
  const problems = validateContent(folder, {
    schemas: contractSchemas,
    now: options.now,
    recordings,
  });
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return {
    errors,
    warnings: problems.length - errors,
    report: formatReport(problems, { color: options.color, filesChecked: folder.files.length }),
    annotations: githubAnnotations(problems),
  };
}

export const newFileKinds = Object.keys(NEW_FILE_FOLDERS) as NewKind[];

/** The kind `npm run new` was asked for (`stories` and `Story` too), or a suggestion. */
export function newFileKind(text: string): { kind?: NewKind; suggestion?: string | undefined } {
  const singular = text.trim().toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return isNewKind(singular) ? { kind: singular } : { suggestion: nearest(singular, newFileKinds) };
}

/** A new file's text for `npm run new`, with a comment from the schema over every field. */
export function newFile(kind: NewKind, title: string, today: Date) {
  return newContentFile({
    kind,
    title,
    today,
    fields: fieldsOf(contractSchemas[NEW_FILE_FOLDERS[kind]]),
  });
}

export const referenceSections: ReferenceSection[] = [
  { title: 'Personas', files: 'content/personas/<slug>.md', schema: contractSchemas.personas },
  { title: 'Quotes', files: 'content/quotes/<slug>.md', schema: contractSchemas.quotes },
  { title: 'Stories', files: 'content/stories/<slug>.md', schema: contractSchemas.stories },
  { title: 'Playlists', files: 'content/playlists/<name>.yaml', schema: contractSchemas.playlists },
  {
    title: 'Announcements',
    files: 'content/announcements/<slug>.md',
    schema: contractSchemas.announcements,
  },
];
