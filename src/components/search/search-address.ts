/**
 * The search page's side effects, out of its view: the address always holds the current search
 * (`/search/?q=dog&kind=story`), so a search can be shared or reloaded; the title says what is
 * searched; typing runs the search once it pauses, a submit or a filter at once; Back and
 * Forward bring their search back.
 */
import {
  parseSearchState,
  searchHref,
  searchTitle,
  type SearchState,
} from '../../lib/search/search-query';

/** How long typing pauses before its words are searched. */
export const TYPING_PAUSE_MS = 200;

/** What of the search island's state this needs (the Search class). */
export interface SearchRun {
  state: SearchState;
  run(): Promise<void>;
}

/** What of the page this touches: `window` in the browser. */
export interface SearchPageHost {
  location: Pick<Location, 'pathname' | 'search'>;
  history: Pick<History, 'replaceState'>;
  document: Pick<Document, 'title'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export class SearchAddress {
  #search: SearchRun;
  #host: SearchPageHost;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(search: SearchRun, host: SearchPageHost) {
    this.#search = search;
    this.#host = host;
  }

  /** Puts the search in the address and the title, then runs it (at once, or once typing pauses). */
  update(now: boolean): void {
    const { location, history, document } = this.#host;
    const href = searchHref(this.#search.state);
    if (href !== `${location.pathname}${location.search}`) history.replaceState(null, '', href);
    document.title = searchTitle(this.#search.state);
    clearTimeout(this.#timer);
    if (now) void this.#search.run();
    else this.#timer = setTimeout(() => void this.#search.run(), TYPING_PAUSE_MS);
  }

  /** Shows the search the address holds (on load, and on Back or Forward). */
  readAddress = (): void => {
    this.#search.state = parseSearchState(this.#host.location.search);
    this.#host.document.title = searchTitle(this.#search.state);
    void this.#search.run();
  };

  /** Starts following the address; returns what stops it. */
  connect(): () => void {
    // Words typed before the page came alive are kept (Svelte's binding has picked them up).
    const typed = this.#search.state.query.trim();
    const asked = parseSearchState(this.#host.location.search);
    if (typed && !asked.query) {
      this.#search.state = { ...asked, query: typed };
      this.update(true);
    } else this.readAddress();
    this.#host.addEventListener('popstate', this.readAddress);
    return () => {
      this.#host.removeEventListener('popstate', this.readAddress);
      clearTimeout(this.#timer);
    };
  }
}
