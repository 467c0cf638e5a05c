/**
 * Playlist tags no published item carries: almost always a typo (`bereavment`), and a wall
 * filtered on it plays nothing. The build used to find these after validate had passed the
 * files; validate finds them now, with the line and the tag it was probably meant to be.
 */
import { isExpired } from '../../catalog/expiry';
import { toPlaylist, unknownTags, type PlaylistData } from '../../display/plans';
import { parseCalendarDate } from '../../shared/dates';
import { slugify } from '../../shared/slug';
import { nearest } from '../../shared/suggest';
import type { ContentKind } from './files';

/** What this check needs of a file: its kind and its fields as written. */
export interface TaggedFile {
  kind: ContentKind;
  data: Record<string, unknown> | undefined;
}

export interface UnknownTag {
  /** Where the playlist names it, e.g. ['filters', 'tags', 0]. */
  path: (string | number)[];
  message: string;
}

/** The tags of the items the build publishes: personas, and quotes and stories not expired. */
export function publishedTags(files: Iterable<TaggedFile>, now: Date): Set<string> {
  const tags = new Set<string>();
  for (const { kind, data } of files) {
    if (kind === 'playlists' || !data || !Array.isArray(data.tags)) continue;
    const expires = typeof data.expires === 'string' ? parseCalendarDate(data.expires) : null;
    if (kind !== 'personas' && expires && isExpired({ expires }, now)) continue;
    for (const tag of data.tags) if (typeof tag === 'string') tags.add(slugify(tag));
  }
  return tags;
}

/** Where a playlist's fields name `tag` (as written, before slugify) among its filters. */
function tagPath(data: Record<string, unknown>, tag: string): (string | number)[] {
  const schedule = Array.isArray(data.schedule) ? (data.schedule as unknown[]) : [];
  const filterSets: (string | number)[][] = [
    ['filters'],
    ...schedule.map((_, index) => ['schedule', index, 'filters']),
  ];
  for (const at of filterSets) {
    for (const list of [
      [...at, 'tags'],
      [...at, 'exclude', 'tags'],
    ]) {
      let value: unknown = data;
      for (const key of list) {
        value = (value as Record<string | number, unknown> | undefined)?.[key];
      }
      const index = Array.isArray(value)
        ? value.findIndex((written) => typeof written === 'string' && slugify(written) === tag)
        : -1;
      if (index >= 0) return [...list, index];
    }
  }
  return ['filters', 'tags'];
}

/** The tags `playlist` (its schema output) filters on that no item in `knownTags` carries. */
export function unknownPlaylistTags(
  slug: string,
  written: Record<string, unknown>,
  playlist: PlaylistData,
  knownTags: ReadonlySet<string>,
): UnknownTag[] {
  return unknownTags(toPlaylist(slug, playlist).plan, knownTags).map((tag) => {
    const guess = nearest(tag, knownTags);
    return {
      path: tagPath(written, tag),
      message: `no item carries the tag "${tag}"${guess ? ` (did you mean "${guess}"?)` : ''} — fix the spelling or remove it`,
    };
  });
}
