/**
 * Which content files exist, for checking references (`persona: maria-alvarez`,
 * `items: [stories/five-seconds-of-silence]`). By default the files on disk under content/;
 * the validator checks the set of files it has in hand and says so with withKnownSlugs(), so
 * the schemas check references against the folder being validated.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { contentRoot } from '../shared/content-root';

export const REFERENCE_KINDS = ['personas', 'quotes', 'stories'] as const;
export type ItemKind = (typeof REFERENCE_KINDS)[number];
/** Folders a field may name a file of: items, and playlists (an announcement's `screens`). */
export type SlugKind = ItemKind | 'playlists';
export type KnownSlugs = Readonly<Record<SlugKind, ReadonlySet<string>>>;

const EXTENSIONS: Record<SlugKind, readonly string[]> = {
  personas: ['.md'],
  quotes: ['.md'],
  stories: ['.md'],
  playlists: ['.yaml', '.yml'],
};

/** The slugs of every file of a kind, whether or not it is valid. */
export function slugsIn(contentRoot: string, kind: SlugKind): Set<string> {
  let files: string[];
  try {
    files = readdirSync(path.join(contentRoot, kind));
  } catch {
    return new Set();
  }
  return new Set(
    files.flatMap((file) => {
      const extension = EXTENSIONS[kind].find((ending) => file.endsWith(ending));
      return extension ? [file.slice(0, -extension.length)] : [];
    }),
  );
}

let checking: KnownSlugs | undefined;

/** The slugs a reference to `kind` may name. */
export function knownSlugs(kind: SlugKind): ReadonlySet<string> {
  return checking ? checking[kind] : slugsIn(contentRoot(), kind);
}

/** Runs a (synchronous) check with references resolved against `known` instead of the disk. */
export function withKnownSlugs<T>(known: KnownSlugs, check: () => T): T {
  const outer = checking;
  checking = known;
  try {
    return check();
  } finally {
    checking = outer;
  }
}
