/** The CX team's files as the validator reads them: every file of a content folder, with its text. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PHOTO_EXTENSIONS } from '../../catalog/photo';
import { isAudioExtension } from '../../calls/recording-types';

export const CONTENT_KINDS = [
  'personas',
  'quotes',
  'stories',
  'playlists',
  'announcements',
] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export interface ContentFile {
  kind: ContentKind;
  /** The file name without its extension: the item's slug when it is a valid one. */
  slug: string;
  /** The path shown in messages, e.g. content/stories/five-seconds-of-silence.md. */
  path: string;
  /** Where the file is, to find a photo next to it. */
  absolutePath: string;
  text: string;
}

export interface ContentFolder {
  files: ContentFile[];
  /** Files the site does not read (a story saved as .txt), shown so nobody waits for them. */
  ignored: { kind: ContentKind; path: string }[];
}

const EXTENSIONS: Record<ContentKind, readonly string[]> = {
  personas: ['.md'],
  quotes: ['.md'],
  stories: ['.md'],
  playlists: ['.yaml', '.yml'],
  announcements: ['.md'],
};

/**
 * Every content file under `contentRoot` (content/ of the project), in a stable order. `shownAs`
 * is how the folder is named in messages; by default its path from the working directory.
 */
export function readContentFolder(
  contentRoot: string,
  shownAs = path.relative(process.cwd(), contentRoot) || '.',
): ContentFolder {
  const folder: ContentFolder = { files: [], ignored: [] };
  for (const kind of CONTENT_KINDS) {
    const directory = path.join(contentRoot, kind);
    let names: string[];
    try {
      names = readdirSync(directory).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const absolutePath = path.join(directory, name);
      const shown = path.posix.join(shownAs.split(path.sep).join('/'), kind, name);
      const extension = path.extname(name);
      if (name.startsWith('.') || !statSync(absolutePath).isFile()) continue;
      if (EXTENSIONS[kind].includes(extension)) {
        folder.files.push({
          kind,
          slug: name.slice(0, -extension.length),
          path: shown,
          absolutePath,
          text: readFileSync(absolutePath, 'utf8'),
        });
      } else if (
        !(PHOTO_EXTENSIONS as readonly string[]).includes(extension.toLowerCase()) &&
        !isAudioExtension(extension.toLowerCase())
      ) {
        folder.ignored.push({ kind, path: shown });
      }
    }
  }
  return folder;
}
