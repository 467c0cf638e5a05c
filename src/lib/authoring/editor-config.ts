/**
 * The browser editor's configuration (Sveltia CMS at /admin/), generated from the same schemas
 * the build and `npm run validate` check, so the form can never drift from the contract: a field
 * added to a schema appears in the form with its `.describe()` text as the hint, and nothing
 * here names a field of a kind except the few that need a special widget (a persona reference,
 * a photo beside the file), which the caller passes in.
 */
import type { z } from 'astro/zod';
import { authoredJsonSchema, type JsonSchema } from './contract-fields';

/** One field of the editor, as Sveltia CMS reads it (a plain object that becomes JSON). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  [option: string]: unknown;
}

export interface EditorCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  extension: 'md' | 'yaml';
  format: 'frontmatter' | 'yaml';
  fields: EditorField[];
  [option: string]: unknown;
}

/** What a kind of content file is to the editor: its folder, its schema and its body. */
export interface EditorKind {
  name: string;
  label: string;
  singular: string;
  /** The folder from the repository root, e.g. content/stories. */
  folder: string;
  extension: 'md' | 'yaml';
  schema: z.ZodType;
  /** The field that names an entry in the list and a new file; by default `title` or `name`. */
  identifier?: string;
  /** How an entry is listed when no field names it, e.g. `{{fields.date}} · {{fields.source}}`. */
  summary?: string;
  /** How a new file is named when no field suits, e.g. `{{fields.source}}-{{fields.date}}`. */
  slugTemplate?: string;
  /** Markdown files: what the body holds, shown as its hint. */
  bodyHint?: string;
}

export type BackendName = 'github' | 'gitlab' | 'gitea';
export const BACKEND_NAMES: readonly BackendName[] = ['github', 'gitlab', 'gitea'];

export interface EditorBackend {
  name: BackendName;
  repo: string;
  branch?: string | undefined;
  /** Where the OAuth authenticator runs (GitHub) or the self-hosted server is (GitLab, Gitea). */
  base_url?: string | undefined;
  api_root?: string | undefined;
  /** GitLab and Gitea/Forgejo OAuth application id (PKCE): sign-in without an authenticator. */
  app_id?: string | undefined;
}

export interface EditorOptions {
  kinds: readonly EditorKind[];
  backend: EditorBackend;
  /** Field names whose value is the slug of another collection's file: `persona` → personas. */
  relations: Readonly<Record<string, { collection: string; display: string }>>;
  /** Field names whose value is a file beside the entry (a persona's photo). */
  mediaFields: readonly string[];
  /** Field names that hold topics: offered from those in use, new ones accepted. */
  tagFields: readonly string[];
  tagsInUse: readonly string[];
  /** Said where editors see it: what the form does not check and what will. */
  checkedLater: string;
}

/** Dates are checked by the schema's own code; their only trace in JSON Schema is the wording. */
export const isDateDescription = (description: string | undefined) =>
  (description ?? '').includes('YYYY-MM-DD');

const labelOf = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/^./, (first) => first.toUpperCase())
    .toLowerCase()
    .replace(/^./, (first) => first.toUpperCase());

const SLUG_PATTERN: [string, string] = [
  '^[a-z0-9]+(-[a-z0-9]+)*$',
  'use lower-case letters, digits and dashes, e.g. five-seconds-of-silence',
];

function typeOf(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((type) => type !== 'null');
  return typeof schema.type === 'string' ? schema.type : undefined;
}

function fieldFrom(
  name: string,
  schema: JsonSchema,
  required: boolean,
  options: EditorOptions,
): EditorField {
  const hint = schema.description ?? '';
  const base: EditorField = { name, label: labelOf(name), widget: 'string', required };
  if (hint) base.hint = hint;
  if (schema.default !== undefined && !(Array.isArray(schema.default) && !schema.default.length))
    base.default = schema.default;
  const type = typeOf(schema);
  const itemType = schema.items ? typeOf(schema.items) : undefined;
  const relation = options.relations[name];

  if (relation && (type === 'string' || (type === 'array' && itemType === 'string'))) {
    return {
      ...base,
      widget: 'relation',
      collection: relation.collection,
      value_field: '{{slug}}',
      display_fields: [relation.display],
      search_fields: [relation.display],
      ...(type === 'array' ? { multiple: true, min: schema.minItems } : {}),
    };
  }
  if (options.mediaFields.includes(name)) {
    // Stored beside the entry, as ./file.jpg, where the build and the validator look for it.
    return { ...base, widget: 'image', media_folder: '', public_folder: '', choose_url: false };
  }
  if (schema.enum) {
    return { ...base, widget: 'select', options: schema.enum.map(String) };
  }
  if (isDateDescription(hint) && type === undefined) {
    return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  }
  switch (type) {
    case 'boolean':
      return { ...base, widget: 'boolean', required: false };
    case 'integer':
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: type === 'integer' ? 'int' : 'float',
        ...(schema.minimum !== undefined ? { min: schema.minimum } : {}),
        ...(schema.maximum !== undefined ? { max: schema.maximum } : {}),
      };
    case 'object':
      return { ...base, widget: 'object', fields: fieldsFrom(schema, options) };
    case 'array':
      return listField(base, schema, options);
    default:
      return {
        ...base,
        ...(schema.pattern ? { pattern: [schema.pattern, `must match ${schema.pattern}`] } : {}),
        ...(schema.maxLength ? { maxlength: schema.maxLength } : {}),
        ...(schema.minLength ? { minlength: schema.minLength } : {}),
        ...(schema.maxLength && schema.maxLength > 120 ? { widget: 'text' } : {}),
      };
  }
}

function listField(base: EditorField, schema: JsonSchema, options: EditorOptions): EditorField {
  const items = schema.items ?? {};
  const min = schema.minItems ? { min: schema.minItems } : {};
  if (items.enum) {
    return { ...base, ...min, widget: 'select', multiple: true, options: items.enum.map(String) };
  }
  if (typeOf(items) === 'object') {
    return { ...base, ...min, widget: 'list', fields: fieldsFrom(items, options) };
  }
  if (options.tagFields.includes(base.name)) {
    const inUse = options.tagsInUse.length ? options.tagsInUse.join(', ') : 'none yet';
    return {
      ...base,
      ...min,
      widget: 'list',
      hint: `${base.hint ?? ''} Tags in use: ${inUse}. Type a new one to start a topic.`.trim(),
    };
  }
  return { ...base, ...min, widget: 'list' };
}

function fieldsFrom(schema: JsonSchema, options: EditorOptions): EditorField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, field]) =>
    fieldFrom(name, field, required.has(name), options),
  );
}

/** Every field of a kind, in the schema's order (which is the order files keep), and its body. */
export function editorFields(kind: EditorKind, options: EditorOptions): EditorField[] {
  const fields = fieldsFrom(authoredJsonSchema(kind.schema), options);
  if (kind.extension !== 'md') return fields;
  return [
    ...fields,
    {
      name: 'body',
      label: 'Body',
      // Plain text, not the rich-text editor: that escapes `**Customer:**`, and an escaped
      // label is no longer a turn of the transcript.
      widget: 'text',
      required: false,
      hint: kind.bodyHint ?? 'Markdown.',
    },
  ];
}

const NAMING_FIELDS = ['title', 'name'];

function collectionOf(kind: EditorKind, options: EditorOptions): EditorCollection {
  const fields = editorFields(kind, options);
  const identifier = [kind.identifier, ...NAMING_FIELDS].find((name) =>
    fields.some((field) => field.name === name),
  );
  // Without a template an editable slug starts empty and has to be typed; with one it is filled
  // in from the title (or name) as the editor types, and can still be changed before the save.
  const slugTemplate = kind.slugTemplate ?? (identifier ? `{{fields.${identifier}}}` : undefined);
  return {
    name: kind.name,
    label: kind.label,
    label_singular: kind.singular,
    description: options.checkedLater,
    folder: kind.folder,
    extension: kind.extension,
    format: kind.extension === 'md' ? 'frontmatter' : 'yaml',
    ...(identifier ? { identifier_field: identifier } : {}),
    ...(kind.summary ? { summary: kind.summary } : {}),
    slug: {
      ...(slugTemplate ? { template: slugTemplate } : {}),
      editable: ['create'],
      pattern: SLUG_PATTERN,
      hint: 'The file name: lower-case letters, digits and dashes. It becomes the address.',
    },
    fields,
  };
}

/** The whole configuration handed to the editor's init(); no config file is read. */
export function editorConfig(options: EditorOptions) {
  const { backend } = options;
  const pkce = backend.app_id && backend.name === 'gitlab' ? { auth_type: 'pkce' } : {};
  return {
    load_config_file: false,
    app_title: 'Customer Room editor',
    backend: {
      ...Object.fromEntries(Object.entries(backend).filter(([, value]) => value)),
      ...pkce,
    },
    // Every change becomes a pull request where the backend can (GitHub, GitLab), so the content
    // check runs before anything reaches a screen.
    publish_mode: backend.name === 'gitea' ? 'simple' : 'editorial_workflow',
    // Photos go beside their file (each image field says so); this is only the fallback.
    media_folder: '',
    public_folder: '',
    // No stock photo sites in the image picker: picking one would fetch from another site, and a
    // persona's portrait is the team's own picture, uploaded beside the file.
    media_libraries: { stock_assets: { providers: [] } },
    slug: { encoding: 'ascii', clean_accents: true, lowercase: true, trim: true },
    // An empty optional field is left out of the file rather than written as `expires: ''`.
    output: { omit_empty_optional_fields: true },
    collections: options.kinds.map((kind) => collectionOf(kind, options)),
  };
}

export type EditorConfig = ReturnType<typeof editorConfig>;

/** The field names of a collection, nested ones as `parent.child`, to compare with a schema. */
export function fieldNames(fields: readonly EditorField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const name = `${prefix}${field.name}`;
    const nested = Array.isArray(field.fields) ? (field.fields as EditorField[]) : [];
    return [name, ...fieldNames(nested, `${name}.`)];
  });
}
