/**
 * What a screen plays, and in which order. A playlist's filters choose the items; day-parts
 * swap in other filters at set times of the week; the rotation then orders one loop:
 * - every item plays once a loop, featured stories twice, their second showing half a loop
 *   after the first, so no item repeats before most of the others have played;
 * - consecutive slides avoid the same persona whenever another order allows it;
 * - a shuffle is fixed for a day, a screen and a day-part, so a screen's order is stable all
 *   day while two screens side by side differ.
 */
import type { Channel, ItemKind, PlaylistOrder } from '../catalog/vocabulary';
import { expiredOnDay } from '../catalog/expiry';
import { hashString, seededShuffle } from './random';
import { activeDayPart, type DayPart } from './schedule';

/** What filters look at: every slide carries it. */
export interface SlideMeta {
  /** `stories/five-seconds-of-silence`: the content folder and the file name. */
  id: string;
  kind: ItemKind;
  tags: readonly string[];
  /** The persona's slug: the persona itself, or the one a quote or story is linked to. */
  persona?: string | undefined;
  channels: readonly Channel[];
  featured: boolean;
  /** YYYY-MM-DD; personas have none. */
  date?: string | undefined;
  /** YYYY-MM-DD, the last day it may show: the screen drops it by its own clock. */
  expires?: string | undefined;
}

export interface PlaylistFilters {
  kinds?: readonly ItemKind[] | undefined;
  tags?: readonly string[] | undefined;
  personas?: readonly string[] | undefined;
  channels?: readonly Channel[] | undefined;
  exclude?:
    | {
        tags?: readonly string[] | undefined;
        personas?: readonly string[] | undefined;
        items?: readonly string[] | undefined;
      }
    | undefined;
}

export interface ScheduledFilters extends DayPart {
  name?: string | undefined;
  filters: PlaylistFilters;
}

export interface PlaylistPlan {
  slug: string;
  name: string;
  order: PlaylistOrder;
  /** With order as-listed: ids to play first, in this order. */
  listed: readonly string[];
  filters: PlaylistFilters;
  schedule: readonly ScheduledFilters[];
}

const FEATURED_SHOWINGS = 2;

const anyOf = (wanted: readonly string[] | undefined, have: readonly string[]) =>
  !wanted || wanted.some((value) => have.includes(value));

export function matchesFilters(slide: SlideMeta, filters: PlaylistFilters): boolean {
  const personas = slide.persona ? [slide.persona] : [];
  const { exclude } = filters;
  if (exclude?.items?.includes(slide.id)) return false;
  if (exclude?.tags?.some((tag) => slide.tags.includes(tag))) return false;
  if (exclude?.personas?.some((persona) => personas.includes(persona))) return false;
  return (
    anyOf(filters.kinds, [slide.kind]) &&
    anyOf(filters.tags, slide.tags) &&
    anyOf(filters.personas, personas) &&
    anyOf(filters.channels, slide.channels)
  );
}

function baseOrder<S extends SlideMeta>(
  pool: readonly S[],
  order: PlaylistOrder,
  seed: number,
  listed: readonly string[],
): S[] {
  if (order === 'shuffle') return seededShuffle(pool, seed);
  if (order === 'newest') {
    return [...pool].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  }
  const rank = (slide: S) => {
    const index = listed.indexOf(slide.id);
    return index === -1 ? listed.length : index;
  };
  return [...pool].sort((a, b) => rank(a) - rank(b));
}

/** Adds each featured item's second showing half a loop after its first. */
function repeatFeatured<S extends SlideMeta>(ordered: readonly S[]): S[] {
  const result = [...ordered];
  // In a loop of one or two the second showing would follow the first straight away.
  if (ordered.length < 3) return result;
  const half = Math.floor(ordered.length / 2);
  const repeats = ordered
    .map((slide, index) => ({ slide, at: (index + half) % ordered.length }))
    .filter(({ slide }) => slide.featured && slide.kind === 'story')
    .sort((a, b) => b.at - a.at);
  for (let showing = 1; showing < FEATURED_SHOWINGS; showing++) {
    for (const { slide, at } of repeats) result.splice(at + 1, 0, slide);
  }
  return result;
}

const clash = (a: SlideMeta | undefined, b: SlideMeta | undefined) =>
  !!a && !!b && (a.id === b.id || (!!a.persona && a.persona === b.persona));

/**
 * Swaps slides apart where two neighbours share a persona (or are the same item) and another
 * slide fits between them. The loop replays all day, so its last slide and its first are
 * neighbours too. Every swap removes a clash without making one, so this ends.
 */
function spreadPersonas<S extends SlideMeta>(sequence: S[]): S[] {
  const result = [...sequence];
  const n = result.length;
  const at = (index: number) => result[(index + n) % n];
  let swapped = true;
  while (swapped) {
    swapped = false;
    for (let i = 0; i < n; i++) {
      if (!clash(at(i - 1), at(i))) continue;
      // The nearest slide that fits, at least two places away so that its neighbours are
      // not i or j: the order moves as little as it can.
      for (let distance = 4; distance <= 2 * (n - 2) + 1; distance++) {
        const offset = distance % 2 ? n - (distance >> 1) : distance >> 1;
        if (offset < 2 || offset > n - 2) continue;
        const j = (i + offset) % n;
        const fits =
          !clash(at(i - 1), at(j)) &&
          !clash(at(j), at(i + 1)) &&
          !clash(at(j - 1), at(i)) &&
          !clash(at(i), at(j + 1));
        if (fits) {
          [result[i], result[j]] = [result[j] as S, result[i] as S];
          swapped = true;
          break;
        }
      }
    }
  }
  return result;
}

export function buildRotation<S extends SlideMeta>(
  pool: readonly S[],
  order: PlaylistOrder,
  seed: number,
  listed: readonly string[] = [],
): S[] {
  if (pool.length === 0) return [];
  return spreadPersonas(repeatFeatured(baseOrder(pool, order, seed, listed)));
}

/** `2026-11-25` on the screen's own clock. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface Rotation<S> {
  slides: S[];
  /** The day-part the clock is in (-1: none). A change of it means a new rotation. */
  dayPart: number;
  /** What is playing: the day-part's name, or the playlist's when its filters apply. */
  name: string;
}

/**
 * The loop a screen plays at `now`. Slides past their expiry day on the screen's clock are
 * dropped first. A day-part whose filters match nothing falls back to the playlist's filters,
 * and those to every live slide: a wall is never left blank while anything is in date.
 */
export function rotationAt<S extends SlideMeta>(
  all: readonly S[],
  plan: PlaylistPlan,
  now: Date,
  screen: string,
): Rotation<S> {
  const today = localDay(now);
  const live = all.filter((slide) => !expiredOnDay(slide.expires, today));
  const dayPart = activeDayPart(plan.schedule, now);
  const part = plan.schedule[dayPart];
  const candidates = [part?.filters, plan.filters].filter((f): f is PlaylistFilters => !!f);
  for (const [index, filters] of candidates.entries()) {
    const pool = live.filter((slide) => matchesFilters(slide, filters));
    if (pool.length === 0) continue;
    const usesDayPart = index === 0 && !!part;
    const seed = hashString(
      `${plan.slug}|${localDay(now)}|${screen}|${usesDayPart ? dayPart : -1}`,
    );
    return {
      slides: buildRotation(pool, plan.order, seed, plan.listed),
      dayPart,
      name: usesDayPart ? (part.name ?? `Day-part ${dayPart + 1}`) : plan.name,
    };
  }
  const seed = hashString(`${plan.slug}|${localDay(now)}|${screen}`);
  return { slides: buildRotation(live, plan.order, seed, plan.listed), dayPart, name: plan.name };
}
