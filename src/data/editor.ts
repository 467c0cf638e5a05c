/**
 * The browser editor's configuration for this site: every kind of file the validator checks
 * (src/data/authoring.ts), in the content folder the build reads, committing where the build's
 * environment says (lib/authoring/editor-backend.ts). src/pages/admin/index.astro embeds it.
 */
import path from 'node:path';
import { contentRoot } from '../lib/shared/content-root';
import { editorConfig, type EditorConfig, type EditorKind } from '../lib/authoring/editor-config';
import { editorBackendFrom } from '../lib/authoring/editor-backend';
import { contractSchemas } from './authoring';

/** Kinds stored as YAML files rather than markdown with front matter. */
const YAML_KINDS = new Set(['playlists']);

/** What the editor needs beyond the schema; a kind not named here gets sensible defaults. */
const KIND_DETAILS: Readonly<Record<string, Partial<EditorKind>>> = {
  personas: { bodyHint: 'Who this person is, in a few paragraphs (markdown).' },
  quotes: {
    slugTemplate: '{{fields.source}}-{{fields.date}}',
    summary: '{{fields.date}} · {{fields.source}} · {{fields.persona}}',
    bodyHint: 'The quote itself, as the customer said it.',
  },
  stories: {
    bodyHint:
      'Markdown telling the story. The transcript is a run of paragraphs, each starting with a bold speaker label and a colon: **Customer:** My uncle just passed away. — then a blank line — **Agent:** I am so sorry. With a recording, put the time in the label: **Customer [0:12]:** or **Agent [1:02-1:09]:**, and a silence on a line of its own: *(pause 5 s)*. Any other paragraph in italics between turns, *(she laughs)*, is a stage note.',
  },
};

const capitalised = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
const singularOf = (name: string) => name.replace(/ies$/, 'y').replace(/s$/, '');

export const CHECKED_LATER =
  'The form checks required fields, allowed values and lengths before saving. Personal data, references between files and expiry dates are checked by `npm run validate` on the pull request, before anything reaches a screen.';

/** The content folder as a path from the repository root, e.g. content or tests/fixtures/cms. */
function contentFolder(): string {
  return path.relative(process.cwd(), contentRoot()).split(path.sep).join('/') || '.';
}

function editorKinds(folder: string): EditorKind[] {
  return Object.entries(contractSchemas).map(([name, schema]) => ({
    name,
    label: capitalised(name),
    singular: capitalised(singularOf(name)),
    folder: `${folder}/${name}`,
    extension: YAML_KINDS.has(name) ? 'yaml' : 'md',
    schema,
    ...KIND_DETAILS[name],
  }));
}

export type SiteEditorConfig =
  { ok: true; config: EditorConfig } | { ok: false; problems: string[] };

/** The editor's configuration, or what to set when the build's environment is incomplete. */
export function siteEditorConfig(
  tagsInUse: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): SiteEditorConfig {
  const setting = editorBackendFrom(env);
  if (!setting.ok) return setting;
  return {
    ok: true,
    config: editorConfig({
      kinds: editorKinds(contentFolder()),
      backend: setting.backend,
      relations: {
        persona: { collection: 'personas', display: 'name' },
        personas: { collection: 'personas', display: 'name' },
      },
      mediaFields: ['photo'],
      tagFields: ['tags'],
      tagsInUse,
      checkedLater: CHECKED_LATER,
    }),
  };
}
