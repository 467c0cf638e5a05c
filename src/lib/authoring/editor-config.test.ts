import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  editorConfig,
  fieldNames,
  type EditorField,
  type EditorKind,
  type EditorOptions,
} from './editor-config';
import { fieldsOf } from './contract-fields';

const storySchema = z.strictObject({
  title: z.string().trim().min(1).max(100).describe('The story title.'),
  summary: z.string().max(200).describe('The hook shown on the wall.'),
  persona: z.string().optional().describe('The persona this is about.'),
  date: z.unknown().describe('The day of the call, as YYYY-MM-DD.'),
  channel: z.enum(['phone', 'chat']).describe('How the customer reached us.'),
  tags: z.array(z.string()).default([]).describe('Topics.'),
  featured: z.boolean().default(false).describe('Leads the home page.'),
  seconds: z.number().int().min(3).max(300).optional().describe('Seconds on the wall.'),
});

const personaSchema = z.strictObject({
  name: z.string().describe('The persona name.'),
  photo: z.unknown().optional().describe('A portrait file next to the markdown.'),
  channels: z
    .array(z.enum(['phone', 'chat']))
    .default([])
    .describe('How they reach us.'),
});

const playlistSchema = z.strictObject({
  name: z.string().describe('The playlist name.'),
  filters: z
    .strictObject({
      personas: z.array(z.string()).min(1).optional().describe('Only these personas.'),
    })
    .default({})
    .describe('Which items play.'),
  schedule: z
    .array(
      z.strictObject({
        from: z
          .string()
          .regex(/^\d\d:\d\d$/)
          .describe('Start.'),
      }),
    )
    .default([])
    .describe('Day-parts.'),
});

const kinds = (story = storySchema): EditorKind[] => [
  {
    name: 'personas',
    label: 'Personas',
    singular: 'Persona',
    folder: 'content/personas',
    extension: 'md',
    schema: personaSchema,
    identifier: 'name',
  },
  {
    name: 'stories',
    label: 'Stories',
    singular: 'Story',
    folder: 'content/stories',
    extension: 'md',
    schema: story,
    bodyHint: 'A turn is a paragraph starting **Customer:**',
  },
  {
    name: 'playlists',
    label: 'Playlists',
    singular: 'Playlist',
    folder: 'content/playlists',
    extension: 'yaml',
    schema: playlistSchema,
  },
];

const options = (story = storySchema): EditorOptions => ({
  kinds: kinds(story),
  backend: { name: 'github', repo: 'cx/customer-room', branch: 'main' },
  relations: {
    persona: { collection: 'personas', display: 'name' },
    personas: { collection: 'personas', display: 'name' },
  },
  mediaFields: ['photo'],
  tagFields: ['tags'],
  tagsInUse: ['bereavement', 'coaching'],
  checkedLater: 'Personal data is checked by npm run validate in the pull request.',
});

const collection = (config: ReturnType<typeof editorConfig>, name: string) => {
  const found = config.collections.find((entry) => entry.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
};
const field = (fields: readonly EditorField[], name: string) => {
  const found = fields.find((entry) => entry.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
};

describe('editorConfig', () => {
  const config = editorConfig(options());
  const story = collection(config, 'stories').fields;

  it('gives every field its description as the hint and its required flag', () => {
    expect(field(story, 'title')).toMatchObject({
      widget: 'string',
      required: true,
      hint: 'The story title.',
      maxlength: 100,
    });
    expect(field(story, 'persona').required).toBe(false);
    expect(field(story, 'tags').required).toBe(false);
  });

  it('makes enums selects, dates date pickers in YYYY-MM-DD and numbers whole numbers in range', () => {
    expect(field(story, 'channel')).toMatchObject({ widget: 'select', options: ['phone', 'chat'] });
    expect(field(story, 'date')).toMatchObject({
      widget: 'datetime',
      type: 'date',
      format: 'YYYY-MM-DD',
      required: true,
    });
    expect(field(story, 'seconds')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 3,
      max: 300,
    });
    expect(field(story, 'featured')).toMatchObject({ widget: 'boolean', default: false });
  });

  it('stores a persona as the slug of a persona file, picked from the personas', () => {
    expect(field(story, 'persona')).toMatchObject({
      widget: 'relation',
      collection: 'personas',
      value_field: '{{slug}}',
    });
    const filters = field(collection(config, 'playlists').fields, 'filters');
    expect(field(filters.fields as EditorField[], 'personas')).toMatchObject({
      widget: 'relation',
      multiple: true,
    });
  });

  it('offers the tags in use and accepts new ones', () => {
    const tags = field(story, 'tags');
    expect(tags.widget).toBe('list');
    expect(tags.hint).toContain('bereavement, coaching');
  });

  it('uploads a photo beside the persona file and lists of enums as multiple choice', () => {
    const persona = collection(config, 'personas').fields;
    expect(field(persona, 'photo')).toMatchObject({ widget: 'image', media_folder: '' });
    expect(field(persona, 'channels')).toMatchObject({ widget: 'select', multiple: true });
  });

  it('names a new file after its title or name, which can be changed before the first save', () => {
    expect(collection(config, 'stories').slug).toMatchObject({
      template: '{{fields.title}}',
      editable: ['create'],
    });
    expect(collection(config, 'personas').slug).toMatchObject({ template: '{{fields.name}}' });
  });

  it('offers no stock photo site in the image picker', () => {
    expect(config.media_libraries).toEqual({ stock_assets: { providers: [] } });
  });

  it('edits a story body as plain text with the turn format as its hint; playlists as YAML', () => {
    expect(field(story, 'body')).toMatchObject({
      widget: 'text',
      hint: 'A turn is a paragraph starting **Customer:**',
    });
    const playlists = collection(config, 'playlists');
    expect(playlists).toMatchObject({ extension: 'yaml', format: 'yaml' });
    expect(playlists.fields.map((entry) => entry.name)).not.toContain('body');
    const schedule = field(playlists.fields, 'schedule');
    expect(field(schedule.fields as EditorField[], 'from').pattern).toEqual([
      '^\\d\\d:\\d\\d$',
      'must match ^\\d\\d:\\d\\d$',
    ]);
  });

  it('opens a pull request per change where the backend can, and leaves empty fields out', () => {
    expect(config).toMatchObject({
      load_config_file: false,
      publish_mode: 'editorial_workflow',
      backend: { name: 'github', repo: 'cx/customer-room', branch: 'main' },
      output: { omit_empty_optional_fields: true },
    });
    expect(editorConfig({ ...options(), backend: { name: 'gitea', repo: 'a/b' } })).toMatchObject({
      publish_mode: 'simple',
    });
  });

  it('shows a field added to a schema with no other change', () => {
    const withMood = storySchema.extend({
      mood: z.enum(['calm', 'upset']).optional().describe('How the customer felt.'),
    });
    const stories = collection(editorConfig(options(withMood)), 'stories').fields;
    expect(field(stories, 'mood')).toMatchObject({
      widget: 'select',
      required: false,
      hint: 'How the customer felt.',
    });
  });
});

describe('fieldNames', () => {
  it('covers every field of every schema, nested ones too', () => {
    const config = editorConfig(options());
    for (const kind of kinds()) {
      const names = fieldNames(collection(config, kind.name).fields);
      const schemaNames = fieldsOf(kind.schema).map((entry) => entry.name.replace('[].', '.'));
      expect(names).toEqual(expect.arrayContaining(schemaNames));
    }
  });
});
