/**
 * Loads the CX team's files from content/<folder>/ (or CONTENT_DIR's) with Astro's glob loader, with guarantees the
 * stock loader does not give:
 * - YAML is read with the core schema, so dates reach the schema as written and an impossible
 *   date (2026-02-30) is an error instead of silently becoming 2 March;
 * - a file name that is not a slug fails with the name to rename it to;
 * - a persona photo that does not exist fails naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFrontMatter, readYaml } from '../lib/shared/front-matter';
import { photoProblem } from '../lib/catalog/photo';
import { recordingFileProblem } from '../lib/calls/recording';
import type { ItemKind } from '../lib/catalog/known-slugs';
import { fileNameProblem } from '../lib/shared/slug';
import { contentRoot } from '../lib/shared/content-root';

interface FolderOptions {
  folder: string;
  extension: string;
  pattern: string;
  /** The file's data, from its text; throws with `file: field: problem` when it cannot. */
  read: (source: string, file: string, absolutePath: string) => Record<string, unknown>;
}

function folderLoader({ folder, extension, pattern, read }: FolderOptions): Loader {
  const inner = glob({
    pattern,
    base: path.join(contentRoot(), folder),
    generateId: ({ entry }) => path.basename(entry, path.extname(entry)),
  });
  return {
    name: `customer-room-${folder}`,
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const absolutePath = props.filePath ?? '';
          const file = path.relative(process.cwd(), absolutePath);
          const fileName = fileNameProblem(props.id, extension);
          if (fileName) throw new Error(`${file}: file name: ${fileName}`);
          const data = read(readFileSync(absolutePath, 'utf8'), file, absolutePath);
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}

export function contentLoader(kind: ItemKind | 'announcements'): Loader {
  return folderLoader({
    folder: kind,
    extension: '.md',
    pattern: '*.md',
    read: (source, file, absolutePath) => {
      const { data } = readFrontMatter(source, file);
      // Astro's own message for a missing image names neither the file nor the field.
      const photo = photoProblem(data.photo, absolutePath);
      if (photo) throw new Error(`${file}: photo: ${photo}`);
      const audio = kind === 'stories' ? recordingFileProblem(data.audio, absolutePath) : undefined;
      if (audio) throw new Error(`${file}: audio: ${audio}`);
      return data;
    },
  });
}

/** Playlists are YAML files in content/playlists/, read with the same YAML rules as front matter. */
export function playlistLoader(): Loader {
  return folderLoader({
    folder: 'playlists',
    extension: '.yaml',
    pattern: '*.{yaml,yml}',
    read: (source, file) => readYaml(source, file),
  });
}
