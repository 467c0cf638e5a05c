/** The search island's state: what is asked, what Pagefind answered, and what is shown. */
import type { PersonaNames } from '../../lib/lists/facets';
import {
  EMPTY_SEARCH,
  isEmptySearch,
  pagefindFilters,
  searchQuery,
  searchSummary,
  toSearchHit,
  type SearchFacet,
  type SearchHit,
  type SearchState,
} from '../../lib/search/search-query';
import { loadPagefind, type PagefindResult } from './pagefind';

const PAGE_SIZE = 10;

export type SearchStatus = 'idle' | 'searching' | 'done' | 'error';

export class Search {
  // A fresh copy, not structuredClone: search runs on Chromium 87 TVs and desks (98 has it).
  state: SearchState = $state({ ...EMPTY_SEARCH, filters: {} });
  hits: SearchHit[] = $state([]);
  total = $state(0);
  status: SearchStatus = $state('idle');
  /** What the status line says; updated only when a search finishes, so it is not chatty. */
  summary = $state('');
  /** The address query (`?q=dog`) of the search whose answer is shown. */
  answered = $state('');

  #personaNames: PersonaNames;
  #results: PagefindResult[] = [];
  /** Each search's number: an answer that arrives after a newer search began is dropped. */
  #run = 0;

  constructor(personaNames: PersonaNames) {
    this.#personaNames = personaNames;
  }

  get hasMore(): boolean {
    return this.hits.length < this.total;
  }

  setFilter(facet: SearchFacet, value: string) {
    const others = Object.entries(this.state.filters).filter(([other]) => other !== facet);
    const filters = Object.fromEntries(value ? [...others, [facet, value]] : others);
    this.state = { ...this.state, filters };
  }

  clearFilters() {
    this.state = { ...this.state, filters: {} };
  }

  /** Starts loading Pagefind without searching: the box is about to be used. */
  warmUp() {
    loadPagefind().catch(() => undefined);
  }

  async run(): Promise<void> {
    const run = ++this.#run;
    const asked = $state.snapshot(this.state);
    if (isEmptySearch(asked)) {
      this.#results = [];
      this.hits = [];
      this.total = 0;
      this.status = 'idle';
      this.summary = '';
      this.answered = '';
      return;
    }
    this.status = 'searching';
    try {
      const pagefind = await loadPagefind();
      const answer = await pagefind.search(asked.query || null, {
        filters: pagefindFilters(asked),
      });
      if (run !== this.#run || !answer) return;
      const first = await Promise.all(answer.results.slice(0, PAGE_SIZE).map((r) => r.data()));
      if (run !== this.#run) return;
      this.#results = answer.results;
      this.hits = first.map((fragment) => toSearchHit(fragment, this.#personaNames));
      this.total = answer.results.length;
      this.status = 'done';
      this.summary = searchSummary(this.total, asked);
      this.answered = searchQuery(asked);
    } catch {
      if (run !== this.#run) return;
      this.status = 'error';
      this.summary = 'Search is not available on this copy of the site.';
      this.answered = searchQuery(asked);
    }
  }

  async more(): Promise<void> {
    const run = this.#run;
    const next = this.#results.slice(this.hits.length, this.hits.length + PAGE_SIZE);
    const fragments = await Promise.all(next.map((result) => result.data()));
    if (run !== this.#run) return;
    this.hits = [
      ...this.hits,
      ...fragments.map((fragment) => toSearchHit(fragment, this.#personaNames)),
    ];
  }
}
