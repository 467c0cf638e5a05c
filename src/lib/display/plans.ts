/** Playlist files as plans the player understands, and the built-in default playlist. */
import type { PlaylistOrder } from '../catalog/vocabulary';
import type { PlaylistFilters, PlaylistPlan, ScheduledFilters, SlideMeta } from './playlist';
import { buildRotation, matchesFilters } from './playlist';
import type { SecondsBounds } from './duration';
import { sitePath } from '../shared/site-path';
import { slugify } from '../shared/slug';

/** A playlist file's data, as the schema hands it over. */
export interface PlaylistData {
  name: string;
  description?: string | undefined;
  filters: PlaylistFilters;
  order: PlaylistOrder;
  items: string[];
  seconds?: SecondsBounds | undefined;
  schedule: ScheduledFilters[];
}

export interface Playlist {
  plan: PlaylistPlan;
  description?: string | undefined;
  bounds?: SecondsBounds | undefined;
  /** The display page for it. */
  url: string;
}

/** `/display/`: every item that may be shown, shuffled. */
export const DEFAULT_PLAYLIST: Playlist = {
  plan: {
    slug: 'all',
    name: 'Everything',
    order: 'shuffle',
    listed: [],
    filters: {},
    schedule: [],
  },
  description: 'Every persona, quote and story that may appear on a wall.',
  url: sitePath('/display/'),
};

/** Tags in filters are written as words and compared as slugs, like the items' own tags. */
function normaliseFilters(filters: PlaylistFilters): PlaylistFilters {
  const slugs = (tags: readonly string[] | undefined) => tags?.map(slugify);
  return {
    ...filters,
    tags: slugs(filters.tags),
    exclude: filters.exclude && { ...filters.exclude, tags: slugs(filters.exclude.tags) },
  };
}

export function toPlaylist(slug: string, data: PlaylistData): Playlist {
  return {
    plan: {
      slug,
      name: data.name,
      order: data.order,
      listed: data.items,
      filters: normaliseFilters(data.filters),
      schedule: data.schedule.map((part) => ({ ...part, filters: normaliseFilters(part.filters) })),
    },
    description: data.description,
    bounds: data.seconds,
    url: sitePath(`/display/${slug}/`),
  };
}

/** Slides any part of the plan can play: what its page needs to ship, and no more. */
export function slidesFor<S extends SlideMeta>(slides: readonly S[], plan: PlaylistPlan): S[] {
  const filterSets = [plan.filters, ...plan.schedule.map((part) => part.filters)];
  return slides.filter((slide) => filterSets.some((filters) => matchesFilters(slide, filters)));
}

/** Tags a plan names that no item carries: almost always a typo. */
export function unknownTags(plan: PlaylistPlan, knownTags: ReadonlySet<string>): string[] {
  const filterSets = [plan.filters, ...plan.schedule.map((part) => part.filters)];
  const named = filterSets.flatMap((filters) => [
    ...(filters.tags ?? []),
    ...(filters.exclude?.tags ?? []),
  ]);
  return [...new Set(named.filter((tag) => !knownTags.has(tag)))];
}

export interface LoopSummary {
  items: number;
  /** One full loop, featured repeats included. */
  minutes: number;
}

/** How many items a set of filters plays and how long one loop takes: for the screens page. */
export function summariseLoop<S extends SlideMeta & { seconds: number }>(
  slides: readonly S[],
  filters: PlaylistFilters,
): LoopSummary {
  const pool = slides.filter((slide) => matchesFilters(slide, filters));
  const loop = buildRotation(pool, 'newest', 0);
  const seconds = loop.reduce((sum, slide) => sum + slide.seconds, 0);
  return { items: pool.length, minutes: Math.round((seconds / 60) * 10) / 10 };
}
