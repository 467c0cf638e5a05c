/**
 * A new content file for `npm run new`: every field of its kind, each under a one-line comment
 * taken from the schema, with today's date and the title filled in. Required fields are left
 * empty, so the validator points at each one until it is written; optional ones are empty or
 * hold their default, and an empty field counts as not given.
 */
import type { FieldInfo } from './contract-fields';
import { isoDay } from '../shared/dates';
import { slugify } from '../shared/slug';
import { KIND_FOLDERS } from '../catalog/vocabulary';

/** `npm run new` makes one file: an item (persona, quote, story) or an announcement. */
export const NEW_FILE_FOLDERS = { ...KIND_FOLDERS, announcement: 'announcements' } as const;
export type NewKind = keyof typeof NEW_FILE_FOLDERS;

export function isNewKind(text: string): text is NewKind {
  return Object.hasOwn(NEW_FILE_FOLDERS, text);
}

/** The field the title goes into, per kind (quotes have none: the title only names the file). */
const TITLE_FIELD: Record<NewKind, string | undefined> = {
  persona: 'name',
  quote: undefined,
  story: 'title',
  announcement: 'title',
};

const BODY_HINT: Record<NewKind, string> = {
  persona: 'who this person is, in a few paragraphs.',
  quote: 'the quote itself, word for word, as the customer said it.',
  story:
    'what happened, in a few paragraphs, then the conversation as paragraphs that each start with a bold speaker: **Customer:** … **Agent:** …',
  announcement:
    'what the floor must know, in a sentence or two (at most 280 characters, no images).',
};

const MAX_SLUG = 60;

/** The file name for a title: lower-case words joined by dashes, cut at a word if very long. */
export function slugForTitle(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG);
}

/** A YAML scalar, quoted when plain text would be read as something else. */
function yamlText(text: string): string {
  const plain =
    /^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) &&
    !/: |\s#|\p{Cc}/u.test(text) &&
    !/\s$/.test(text) &&
    !/^(?:true|false|null|yes|no|on|off|~|[-+.\d][\d_.:eE+-]*)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}

function valueFor(field: FieldInfo, filled: Record<string, string>): string {
  if (field.key in filled) return ` ${filled[field.key]}`;
  if (field.required) return '';
  if (field.list) return ' []';
  if (typeof field.default === 'boolean' || typeof field.default === 'string') {
    return ` ${String(field.default)}`;
  }
  return '';
}

export interface NewFile {
  kind: NewKind;
  slug: string;
  /** Relative to the content folder, e.g. stories/five-seconds-of-silence.md. */
  path: string;
  text: string;
  /** The required fields still empty, for the next-step message. */
  toFill: string[];
}

export function newContentFile(options: {
  kind: NewKind;
  title: string;
  /** The fields of the kind's schema (see fieldsOf). */
  fields: readonly FieldInfo[];
  today: Date;
}): NewFile {
  const { kind, title, fields, today } = options;
  const slug = slugForTitle(title);
  const titleField = TITLE_FIELD[kind];
  const filled: Record<string, string> = { date: isoDay(today) };
  if (titleField) filled[titleField] = yamlText(title.trim());
  const topLevel = fields.filter((field) => field.depth === 0);
  const lines = topLevel.flatMap((field) => [
    `# ${field.required ? 'Required' : 'Optional'}. ${field.description}`.trimEnd(),
    `${field.key}:${valueFor(field, filled)}`,
  ]);
  const text = [
    '---',
    ...lines,
    `# Below the closing --- line: ${BODY_HINT[kind]}`,
    '---',
    '',
  ].join('\n');
  return {
    kind,
    slug,
    path: `${NEW_FILE_FOLDERS[kind]}/${slug}.md`,
    text,
    toFill: topLevel
      .filter((field) => field.required && !(field.key in filled))
      .map((field) => field.key),
  };
}
