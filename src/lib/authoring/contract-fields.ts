/**
 * The fields of each kind of content file, read from the schemas themselves (their
 * `.describe()` texts, allowed values, limits and defaults), so the authoring guide's field
 * reference and the files `npm run new` creates cannot drift from what the validator checks.
 */
import { z } from 'astro/zod';

/** What a schema looks like as JSON Schema, the parts the guide and the editor read. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  enum?: readonly unknown[];
  default?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  pattern?: string;
}

/** A schema as the JSON Schema of what an author writes (before defaults and transforms). */
export function authoredJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

export interface FieldInfo {
  /** `summary`, or `schedule[].from` for a field inside another. */
  name: string;
  /** Top-level fields only: the part after the last dot. */
  key: string;
  depth: number;
  required: boolean;
  description: string;
  /** What the value looks like: `one of: phone, chat`, `text, up to 160 characters`. */
  value: string;
  default?: unknown;
  /** The allowed values, when there is a fixed list. */
  allowed?: readonly string[] | undefined;
  /** Whether the value is a list. */
  list: boolean;
}

function valueOf(schema: JsonSchema): string {
  const description = schema.description ?? '';
  // Descriptions usually list the allowed values already; say them once.
  const listed = (values: readonly unknown[]) =>
    description.includes(values.join(', ')) ? ' the values listed' : `: ${values.join(', ')}`;
  if (schema.enum) return `one of${listed(schema.enum)}`;
  switch (schema.type) {
    case 'array':
      return schema.items?.enum
        ? `a list of any of${listed(schema.items.enum)}`
        : schema.items?.type === 'object'
          ? 'a list of entries with the fields below'
          : 'a list';
    case 'boolean':
      return 'true or false';
    case 'integer':
    case 'number': {
      const range =
        schema.minimum !== undefined && schema.maximum !== undefined
          ? `, ${schema.minimum} to ${schema.maximum}`
          : '';
      return `${schema.type === 'integer' ? 'a whole number' : 'a number'}${range}`;
    }
    case 'object':
      return 'the fields below, indented under it';
    case 'string':
      return schema.maxLength ? `text, at most ${schema.maxLength} characters` : 'text';
    default:
      // Dates are checked by the schema's own code, so their only trace is the description.
      return description.includes('YYYY-MM-DD') ? 'a date' : 'text';
  }
}

function collect(schema: JsonSchema, prefix: string, depth: number, into: FieldInfo[]) {
  const required = new Set(schema.required ?? []);
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    const name = `${prefix}${key}`;
    const enumItems = field.items?.enum;
    into.push({
      name,
      key,
      depth,
      required: required.has(key),
      description: field.description ?? '',
      value: valueOf(field),
      default: field.default,
      allowed: (field.enum ?? enumItems)?.map(String),
      list: field.type === 'array',
    });
    if (field.type === 'object') collect(field, `${name}.`, depth + 1, into);
    if (field.type === 'array' && field.items?.type === 'object') {
      collect(field.items, `${name}[].`, depth + 1, into);
    }
  }
}

/** Every field of a schema, nested ones after their parent, in the order the schema lists them. */
export function fieldsOf(schema: z.ZodType): FieldInfo[] {
  const fields: FieldInfo[] = [];
  collect(authoredJsonSchema(schema), '', 0, fields);
  return fields;
}

function defaultText(value: unknown): string {
  if (value === undefined) return '';
  if (Array.isArray(value) && value.length === 0) return ' Default: none.';
  if (typeof value === 'object' && value !== null && Object.keys(value).length === 0) return '';
  return ` Default: ${String(value)}.`;
}

export interface ReferenceSection {
  title: string;
  /** Where the files live, e.g. content/stories/<slug>.md. */
  files: string;
  schema: z.ZodType;
}

/** The field reference of the authoring guide: one list per kind of file. */
export function fieldReference(sections: readonly ReferenceSection[]): string {
  return sections
    .map(({ title, files, schema }) => {
      const lines = fieldsOf(schema).map((field) => {
        const indent = '  '.repeat(field.depth);
        const need = field.required ? 'required' : 'optional';
        const description = field.description ? ` ${field.description}` : '';
        const fallback = field.description.includes('Default') ? '' : defaultText(field.default);
        return `${indent}- \`${field.name}\` (${need}; ${field.value}).${description}${fallback}`;
      });
      return [`### ${title}: \`${files}\``, '', ...lines].join('\n');
    })
    .join('\n\n');
}

export const FIELD_REFERENCE_START =
  '<!-- field-reference:start (generated from src/content.config.ts by `npm run docs:fields`; do not edit by hand) -->';
export const FIELD_REFERENCE_END = '<!-- field-reference:end -->';

/** The guide with its generated field reference replaced by `reference`. */
export function withFieldReference(doc: string, reference: string): string {
  const start = doc.indexOf(FIELD_REFERENCE_START);
  const end = doc.indexOf(FIELD_REFERENCE_END);
  if (start === -1 || end < start) {
    throw new Error(
      `the guide has no field reference markers: add ${FIELD_REFERENCE_START} and ${FIELD_REFERENCE_END}`,
    );
  }
  return `${doc.slice(0, start + FIELD_REFERENCE_START.length)}\n\n${reference}\n\n${doc.slice(end)}`;
}
