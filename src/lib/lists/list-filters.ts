/**
 * Filters and sort orders for the browse lists (/stories/, /quotes/, /personas/), kept in the
 * URL so that a filtered list can be shared: `/stories/?tag=bereavement&channel=phone&sort=title`.
 * The pages render every item; these functions decide which are shown and in what order.
 */
import type { Persona, Quote, Story } from '../catalog/catalog';
import { isoDay } from '../shared/dates';
import type { ListNoun, ListPaging } from './list-pages';
import {
  facetLabel,
  facetOptions,
  type FacetKey,
  type FacetOption,
  type PersonaNames,
} from './facets';

export type ListName = 'stories' | 'quotes' | 'personas';
export type ListFilterKey = Exclude<FacetKey, 'kind'>;

export const SORT_KEYS = ['newest', 'oldest', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ListSpec {
  noun: ListNoun;
  /** The filters this list offers, in the order they are shown. */
  filters: readonly ListFilterKey[];
  /** The sort orders this list offers; the first is the default. */
  sorts: readonly [{ key: SortKey; label: string }, ...{ key: SortKey; label: string }[]];
}

/** Dated items sort newest first by default. */
const BY_DATE = [
  { key: 'newest', label: 'Newest first' },
  { key: 'oldest', label: 'Oldest first' },
] as const;

export const LIST_SPECS: Record<ListName, ListSpec> = {
  stories: {
    noun: { one: 'story', many: 'stories' },
    filters: ['tag', 'persona', 'channel', 'consent'],
    sorts: [...BY_DATE, { key: 'title', label: 'Title, A to Z' }],
  },
  quotes: {
    noun: { one: 'quote', many: 'quotes' },
    filters: ['tag', 'persona', 'source', 'consent'],
    sorts: BY_DATE,
  },
  personas: {
    noun: { one: 'persona', many: 'personas' },
    filters: ['tag', 'channel'],
    sorts: [
      { key: 'title', label: 'Name, A to Z' },
      { key: 'newest', label: 'Most recently heard from' },
    ],
  },
};

/** What filtering and sorting need to know about one item of a list. */
export interface ListItem {
  slug: string;
  /** Sorts the list under `title`. */
  title: string;
  /** `YYYY-MM-DD`; items without a date come last under `newest` and `oldest`. */
  date?: string | undefined;
  facets: Partial<Record<ListFilterKey, readonly string[]>>;
}

export interface ListState {
  /** At most one value per filter; a missing key is "any". */
  filters: Partial<Record<ListFilterKey, string>>;
  sort: SortKey;
}

export type ListOptions = Partial<Record<ListFilterKey, FacetOption[]>>;

/** What a list's filters need from its page (src/components/lists/ListFilters.svelte). */
export interface ListFiltersData {
  list: ListName;
  /** The id of the list whose cards (`<li data-slug>`) are filtered. */
  listId: string;
  /** How many items the whole list has. */
  total: number;
  options: ListOptions;
  /** On a page that shows only part of the list. */
  paged?: ListPaging | undefined;
}

/** A story or a quote: its day, topics, persona and consent, with the facet only its kind has. */
function storyOrQuoteItem(
  item: Story | Quote,
  title: string,
  ownFacet: Pick<ListItem['facets'], 'channel' | 'source'>,
): ListItem {
  return {
    slug: item.slug,
    title,
    date: isoDay(item.date),
    facets: {
      tag: item.tags.map((tag) => tag.slug),
      persona: item.persona ? [item.persona.slug] : [],
      ...ownFacet,
      consent: [item.consent],
    },
  };
}

export function storyListItem(story: Story): ListItem {
  return storyOrQuoteItem(story, story.title, { channel: [story.channel] });
}

export function quoteListItem(quote: Quote): ListItem {
  // Quotes are not sorted by title; their words stay out of the page's island data.
  return storyOrQuoteItem(quote, quote.slug, { source: [quote.source] });
}

/** A persona's date is the newest of its stories and quotes: when we last heard from them. */
export function personaListItem(
  persona: Persona,
  stories: readonly Story[],
  quotes: readonly Quote[],
): ListItem {
  const dates = [...stories, ...quotes].map((item) => isoDay(item.date)).sort();
  return {
    slug: persona.slug,
    title: persona.name,
    date: dates[dates.length - 1], // not .at(-1): the lists run on Chromium 87
    facets: {
      tag: persona.tags.map((tag) => tag.slug),
      channel: persona.channels,
    },
  };
}

/** The values each of the list's filters can take, with labels and counts. */
export function listOptions(
  items: readonly ListItem[],
  spec: ListSpec,
  personaNames: PersonaNames,
): ListOptions {
  return Object.fromEntries(
    spec.filters.map((key) => [
      key,
      facetOptions(
        items,
        (item) => item.facets[key],
        (value) => facetLabel(key, value, personaNames),
      ),
    ]),
  );
}

export function defaultListState(spec: ListSpec): ListState {
  return { filters: {}, sort: spec.sorts[0].key };
}

/**
 * The state a URL's query asks for. Filters the list does not offer, values no item carries and
 * unknown sort orders are dropped, so an old or mistyped link still shows a sensible list.
 */
export function parseListState(
  query: string | URLSearchParams,
  spec: ListSpec,
  options: ListOptions,
): ListState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const state = defaultListState(spec);
  for (const key of spec.filters) {
    const value = params.get(key);
    if (value && options[key]?.some((option) => option.value === value)) {
      state.filters[key] = value;
    }
  }
  const sort = params.get('sort');
  const offered = spec.sorts.find((option) => option.key === sort);
  if (offered) state.sort = offered.key;
  return state;
}

/** The query string for a state: `?tag=bereavement&sort=title`, or '' for the default list. */
export function listQuery(state: ListState, spec: ListSpec): string {
  const params = new URLSearchParams();
  for (const key of spec.filters) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== spec.sorts[0].key) params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

const byTitle = (a: ListItem, b: ListItem) =>
  a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || a.slug.localeCompare(b.slug);

/** Dated items first, in date order; undated items after, by title. */
function byDate(direction: 1 | -1) {
  return (a: ListItem, b: ListItem) => {
    if (a.date && b.date) {
      return direction * a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug);
    }
    if (a.date) return -1;
    if (b.date) return 1;
    return byTitle(a, b);
  };
}

const SORTERS: Record<SortKey, (a: ListItem, b: ListItem) => number> = {
  newest: byDate(-1),
  oldest: byDate(1),
  title: byTitle,
};

/** The items the state shows, in the order it shows them. */
export function applyListState<Item extends ListItem>(
  items: readonly Item[],
  state: ListState,
): Item[] {
  const wanted = Object.entries(state.filters) as [ListFilterKey, string | undefined][];
  return items
    .filter((item) =>
      wanted.every(([key, value]) => !value || (item.facets[key] ?? []).includes(value)),
    )
    .sort(SORTERS[state.sort]);
}

export function activeFilterCount(state: ListState): number {
  return Object.values(state.filters).filter(Boolean).length;
}

/** `Showing 4 of 15 stories`, `Showing all 15 stories`, `No stories match these filters`. */
export function listSummary(shown: number, total: number, noun: ListSpec['noun']): string {
  if (shown === 0) return `No ${noun.many} match these filters`;
  if (total === 1) return `Showing 1 ${noun.one}`;
  if (shown === total) return `Showing all ${total} ${noun.many}`;
  return `Showing ${shown} of ${total} ${noun.many}`;
}
