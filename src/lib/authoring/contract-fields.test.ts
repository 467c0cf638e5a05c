import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  FIELD_REFERENCE_END,
  FIELD_REFERENCE_START,
  fieldReference,
  fieldsOf,
  withFieldReference,
} from './contract-fields';

const schema = z.strictObject({
  title: z.string().max(100).describe('The title.'),
  channel: z.enum(['phone', 'chat']).describe('How, one of: phone, chat.'),
  mood: z.enum(['calm', 'upset']).optional().describe('How they felt.'),
  tags: z.array(z.string()).default([]).describe('Topics.'),
  featured: z.boolean().default(false).describe('Leads the home page.'),
  date: z.unknown().describe('The day, as YYYY-MM-DD.'),
  seconds: z
    .strictObject({ min: z.number().int().min(3).max(300).describe('Shortest.') })
    .optional()
    .describe('Bounds.'),
});

describe('fieldsOf', () => {
  it('lists every field with what it takes, nested fields after their parent', () => {
    expect(
      fieldsOf(schema).map(({ name, required, value }) => `${name} ${required} ${value}`),
    ).toEqual([
      'title true text, at most 100 characters',
      'channel true one of the values listed',
      'mood false one of: calm, upset',
      'tags false a list',
      'featured false true or false',
      'date true a date',
      'seconds false the fields below, indented under it',
      'seconds.min true a whole number, 3 to 300',
    ]);
  });
});

describe('fieldReference', () => {
  it('writes one list per kind from the descriptions, with defaults', () => {
    const reference = fieldReference([
      { title: 'Stories', files: 'content/stories/<slug>.md', schema },
    ]);
    expect(reference).toContain('### Stories: `content/stories/<slug>.md`');
    expect(reference).toContain('- `title` (required; text, at most 100 characters). The title.');
    expect(reference).toContain(
      '- `featured` (optional; true or false). Leads the home page. Default: false.',
    );
    expect(reference).toContain(
      '  - `seconds.min` (required; a whole number, 3 to 300). Shortest.',
    );
  });
});

describe('withFieldReference', () => {
  it('replaces what is between the markers and keeps the rest', () => {
    const doc = `# Guide\n\n${FIELD_REFERENCE_START}\nold\n${FIELD_REFERENCE_END}\n\nAfter.\n`;
    expect(withFieldReference(doc, 'new')).toBe(
      `# Guide\n\n${FIELD_REFERENCE_START}\n\nnew\n\n${FIELD_REFERENCE_END}\n\nAfter.\n`,
    );
  });

  it('says what to add when the markers are missing', () => {
    expect(() => withFieldReference('# Guide', 'new')).toThrow(/field reference markers/);
  });
});
