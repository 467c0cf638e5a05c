/**
 * Search as the browser sees it: the state in the address (`/search/?q=dog&kind=story`), the
 * filters handed to Pagefind, and Pagefind's answers turned into what a result card shows.
 */
import { facetLabel, isKind, KIND_LABELS, type Kind, type PersonaNames } from '../lists/facets';
import { routes } from '../catalog/routes';
import { isSlug } from '../shared/slug';
import { toTag, type Tag } from '../catalog/tags';

/** The Pagefind filters every indexed page and record carries (see src/lib/search/search-records.ts). */
export const SEARCH_FACETS = ['kind', 'tag', 'persona', 'channel'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export const MAX_QUERY_LENGTH = 200;

export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFacet, string>>;
}

export const EMPTY_SEARCH: SearchState = { query: '', filters: {} };

/** The search a URL asks for. Values that cannot name anything are dropped. */
export function parseSearchState(query: string | URLSearchParams): SearchState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const state: SearchState = {
    query: (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH),
    filters: {},
  };
  for (const facet of SEARCH_FACETS) {
    const value = params.get(facet)?.trim();
    if (!value) continue;
    if (facet === 'kind' ? isKind(value) : isSlug(value)) state.filters[facet] = value;
  }
  return state;
}

/** `?q=dog&kind=story`: the query first, then the filters in a fixed order; '' when empty. */
export function searchQuery(state: SearchState): string {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query) params.set('q', query);
  for (const facet of SEARCH_FACETS) {
    const value = state.filters[facet];
    if (value) params.set(facet, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The shareable address of a search. */
export function searchHref(state: SearchState): string {
  return `${routes.search}${searchQuery(state)}`;
}

/** True when there is nothing to look for: no words and no filter. */
export function isEmptySearch(state: SearchState): boolean {
  return !state.query.trim() && !Object.values(state.filters).some(Boolean);
}

/** The filters in the shape Pagefind's `search(term, { filters })` takes. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return Object.fromEntries(
    SEARCH_FACETS.flatMap((facet) => {
      const value = state.filters[facet];
      return value ? [[facet, value]] : [];
    }),
  );
}

/**
 * Pagefind's excerpts are escaped text with `<mark>` around the matches. Only `<mark>` survives
 * here: any other angle bracket is escaped, so an excerpt can never add markup to the page.
 */
export function safeExcerpt(excerpt: string): string {
  return excerpt
    .split(/(<\/?mark>)/)
    .map((part) =>
      part === '<mark>' || part === '</mark>'
        ? part
        : part.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    )
    .join('');
}

/** What Pagefind's `result.data()` gives back, as far as a result card needs it. */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Readonly<Record<string, string | undefined>>;
  filters: Readonly<Record<string, readonly string[] | undefined>>;
}

export interface SearchHit {
  url: string;
  title: string;
  kind?: Kind | undefined;
  kindLabel: string;
  excerptHtml: string;
  persona?: { name: string; url: string } | undefined;
  tags: Tag[];
}

export function toSearchHit(fragment: PagefindFragment, personaNames: PersonaNames): SearchHit {
  const kind = fragment.filters['kind']?.find(isKind);
  const personaSlug = fragment.filters['persona']?.[0];
  // Only a story gets a byline: a persona page is the persona, and a quote's heading names them.
  const persona =
    personaSlug && kind === 'story'
      ? {
          name: facetLabel('persona', personaSlug, personaNames),
          url: routes.persona(personaSlug),
        }
      : undefined;
  return {
    url: fragment.url,
    title: fragment.meta['title'] ?? fragment.url,
    kind,
    kindLabel: kind ? KIND_LABELS[kind].one : 'Page',
    excerptHtml: safeExcerpt(fragment.excerpt),
    persona,
    tags: (fragment.filters['tag'] ?? []).map(toTag),
  };
}

/** `3 results for “dog”`, `1 result`, `No results for “xyz”`. */
export function searchSummary(count: number, state: SearchState): string {
  const query = state.query.trim();
  const words = count === 0 ? 'No results' : `${count} ${count === 1 ? 'result' : 'results'}`;
  return query ? `${words} for “${query}”` : words;
}

/** The document title while a search is shown. */
export function searchTitle(state: SearchState): string {
  const query = state.query.trim();
  return query ? `“${query}” · Search · Customer Room` : 'Search · Customer Room';
}
