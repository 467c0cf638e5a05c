/**
 * Loads the CX team's markdown from content/<kind>/ with Astro's glob loader, with two
 * guarantees the stock loader does not give:
 * - front matter is read with YAML's core schema, so dates reach the schema as written and an
 *   impossible date (2026-02-30) is an error instead of silently becoming 2 March;
 * - a file name that is not a slug fails with the name to rename it to;
 * - a photo that does not exist fails naming the file and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFrontMatter } from '../lib/front-matter';
import { photoProblem } from '../lib/photo';
import { isSlug, slugify } from '../lib/slug';

export type ContentKind = 'personas' | 'quotes' | 'stories';

export const contentDirectory = (kind: ContentKind) => path.join(process.cwd(), 'content', kind);

/** The slugs of every file of a kind, whether or not it is valid: the targets of references. */
export function contentSlugs(kind: ContentKind): Set<string> {
  const files = readdirSync(contentDirectory(kind)).filter((file) => file.endsWith('.md'));
  return new Set(files.map((file) => file.slice(0, -'.md'.length)));
}

export function contentLoader(kind: ContentKind): Loader {
  const inner = glob({
    pattern: '*.md',
    base: `./content/${kind}`,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  });
  return {
    name: `customer-room-${kind}`,
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const file = path.relative(process.cwd(), props.filePath ?? props.id);
          if (!isSlug(props.id)) {
            throw new Error(
              `${file}: the file name must be lower-case letters, digits and dashes — rename it to ${slugify(props.id)}.md`,
            );
          }
          const raw = readFileSync(props.filePath ?? '', 'utf8');
          const { data } = readFrontMatter(raw, file);
          // Astro's own message for a missing image names neither the file nor the field.
          const photo = photoProblem(data.photo, props.filePath ?? '');
          if (photo) throw new Error(`${file}: photo: ${photo}`);
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}
