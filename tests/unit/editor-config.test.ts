/**
 * The editor at /admin/ is configured from the site's own schemas: every field of every kind
 * the validator checks is in the form, and the form's required fields are the schema's.
 */
import { describe, expect, it } from 'vitest';
import { contractSchemas } from '../../src/data/authoring';
import { siteEditorConfig } from '../../src/data/editor';
import { fieldsOf } from '../../src/lib/authoring/contract-fields';
import { fieldNames, type EditorField } from '../../src/lib/authoring/editor-config';

const env = { CMS_REPO: 'cx/customer-room' };

function siteConfig() {
  const setting = siteEditorConfig(['bereavement'], env);
  if (!setting.ok) throw new Error(setting.problems.join('\n'));
  return setting.config;
}

describe('the site editor configuration', () => {
  it('has a collection for every kind of content file', () => {
    expect(siteConfig().collections.map((collection) => collection.name)).toEqual(
      Object.keys(contractSchemas),
    );
  });

  it('has every field of every schema, required where the schema requires it', () => {
    const config = siteConfig();
    for (const [kind, schema] of Object.entries(contractSchemas)) {
      const collection = config.collections.find((entry) => entry.name === kind);
      const fields = collection?.fields ?? [];
      const missing = fieldsOf(schema)
        .map((field) => field.name.replace('[].', '.'))
        .filter((name) => !fieldNames(fields).includes(name));
      expect(missing, `${kind} fields missing from the editor`).toEqual([]);
      const required = (list: readonly EditorField[]) =>
        list.filter((field) => field.required).map((field) => field.name);
      expect(required(fields), kind).toEqual(
        fieldsOf(schema)
          .filter((field) => field.depth === 0 && field.required)
          .map((field) => field.name),
      );
    }
  });

  it('stores a quote or story persona as a persona slug and a persona photo beside its file', () => {
    const config = siteConfig();
    const field = (kind: string, name: string) =>
      config.collections
        .find((entry) => entry.name === kind)
        ?.fields.find((entry) => entry.name === name);
    expect(field('quotes', 'persona')).toMatchObject({
      widget: 'relation',
      collection: 'personas',
    });
    expect(field('stories', 'persona')).toMatchObject({ widget: 'relation' });
    expect(field('personas', 'photo')).toMatchObject({ widget: 'image', media_folder: '' });
    expect(field('stories', 'body')?.hint).toContain('**Customer:**');
  });

  it('shows the turn format in the story body hint, with turn times and pauses', () => {
    const body = siteConfig()
      .collections.find((entry) => entry.name === 'stories')
      ?.fields.find((entry) => entry.name === 'body');
    expect(body?.hint).toContain('**Customer [0:12]:**');
    expect(body?.hint).toContain('*(pause 5 s)*');
  });

  it('says what to set instead of configuring an editor that cannot sign in', () => {
    expect(siteEditorConfig([], {})).toEqual({
      ok: false,
      problems: [expect.stringContaining('CMS_REPO is not set')],
    });
  });
});
