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
export type KnownSlugs = Readonly<Record<ItemKind, ReadonlySet<string>>>;

/** The slugs of every markdown file of a kind, whether or not it is valid. */
export function slugsIn(contentRoot: string, kind: ItemKind): Set<string> {
  let files: string[];
  try {
    files = readdirSync(path.join(contentRoot, kind));
  } catch {
    return new Set();
  }
  return new Set(files.filter((file) => file.endsWith('.md')).map((file) => file.slice(0, -3)));
}

let checking: KnownSlugs | undefined;

/** The slugs a reference to `kind` may name. */
export function knownSlugs(kind: ItemKind): ReadonlySet<string> {
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
