/**
 * The list filters' state: what is chosen, and which cards that shows in which order.
 * A list that fits on its page filters the page's own cards. A longer list comes in pages; its
 * first filter or sort loads the whole list (the "all" page) and then shows the matches a page at
 * a time, while the unfiltered list stays the page as the server rendered it.
 */
import {
  activeFilterCount,
  applyListState,
  defaultListState,
  LIST_SPECS,
  listQuery,
  listSummary,
  parseListState,
  type ListFilterKey,
  type ListItem,
  type ListName,
  type ListOptions,
  type ListSpec,
  type ListState,
  type SortKey,
} from '../../lib/lists/list-filters';
import { pageOfIndex, type ListPaging } from '../../lib/lists/list-pages';
import type { ListSource } from './list-source';

export interface ListFiltersOptions {
  list: ListName;
  options: ListOptions;
  /** The address's query, which holds the chosen filters. */
  search: string;
  /** How many items the whole list has. */
  total: number;
  load: () => ListSource | Promise<ListSource>;
  paging?: Pick<ListPaging, 'pageSize' | 'summary'> | undefined;
}

export class ListFilters {
  readonly spec: ListSpec;
  readonly paging: ListFiltersOptions['paging'];
  readonly total: number;
  state: ListState = $state({ filters: {}, sort: 'newest' });
  source: ListSource | undefined = $state.raw();
  failure: string | undefined = $state();
  /** How many matches a paged list shows; "Show more" raises it. */
  limit = $state(Infinity);

  readonly query: string;
  readonly active: number;
  /** The unfiltered page of a paged list: shown as the server rendered it. */
  readonly asRendered: boolean;
  readonly shown: ListItem[] | undefined;
  /** The cards to show, or undefined to leave the page's own list as it is. */
  readonly cards: HTMLElement[] | undefined;
  /** Matches not shown yet (paged lists). */
  readonly hidden: number;
  readonly summary: string;

  readonly #load: ListFiltersOptions['load'];
  #loading: Promise<void> | undefined;

  constructor({ list, options, search, total, load, paging }: ListFiltersOptions) {
    const spec = LIST_SPECS[list];
    this.spec = spec;
    this.paging = paging;
    this.total = total;
    this.#load = load;
    this.state = parseListState(search, spec, options);
    this.limit = paging?.pageSize ?? Infinity;
    this.query = $derived(listQuery(this.state, spec));
    this.active = $derived(activeFilterCount(this.state));
    this.asRendered = $derived(!!paging && this.query === '');
    this.shown = $derived(this.source && applyListState(this.source.items, this.state));
    this.cards = $derived.by(() => {
      if (this.asRendered || !this.shown || !this.source) return undefined;
      const { cards } = this.source;
      return this.shown.slice(0, this.limit).flatMap((item) => cards.get(item.slug) ?? []);
    });
    this.hidden = $derived(Math.max(0, (this.shown?.length ?? 0) - this.limit));
    this.summary = $derived.by(() => {
      if (this.failure) {
        return `Could not load every ${spec.noun.one} (${this.failure}). Reload the page to try again.`;
      }
      if (this.asRendered && paging) return paging.summary;
      if (!this.shown) return `Loading all ${total.toLocaleString('en')} ${spec.noun.many}…`;
      return listSummary(this.shown.length, total, spec.noun);
    });
    if (!paging || this.query !== '') void this.loadSource();
  }

  /** Loads the whole list once; a paged list does so on its first filter or sort. */
  loadSource(): Promise<void> {
    this.#loading ??= (async () => {
      try {
        this.source = await this.#load();
      } catch (error) {
        this.failure = error instanceof Error ? error.message : String(error);
      }
    })();
    return this.#loading;
  }

  #change(state: ListState) {
    this.state = state;
    this.limit = this.paging?.pageSize ?? Infinity;
    void this.loadSource();
  }

  setFilter(key: ListFilterKey, value: string) {
    const others = Object.entries(this.state.filters).filter(([other]) => other !== key);
    const filters = Object.fromEntries(value ? [...others, [key, value]] : others);
    this.#change({ ...this.state, filters });
  }

  setSort(sort: SortKey) {
    this.#change({ ...this.state, sort });
  }

  clear() {
    this.#change({ ...defaultListState(this.spec), sort: this.state.sort });
  }

  showMore() {
    this.limit += this.paging?.pageSize ?? Infinity;
  }
}

/** The page (from 1) of a paged list that shows the item, once the whole list is loaded. */
export async function pageHolding(filters: ListFilters, slug: string): Promise<number | undefined> {
  if (!filters.paging) return undefined;
  await filters.loadSource();
  const index = filters.source?.items.findIndex((item) => item.slug === slug) ?? -1;
  return index < 0 ? undefined : pageOfIndex(index, filters.paging.pageSize);
}
