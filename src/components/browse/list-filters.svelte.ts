/** The list filters' state: what is chosen, and which items that shows in which order. */
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
} from '../../lib/list-filters';

export class ListFilters {
  readonly spec: ListSpec;
  readonly items: readonly ListItem[];
  state: ListState = $state({ filters: {}, sort: 'newest' });

  readonly shown: ListItem[];
  readonly summary: string;
  readonly query: string;
  readonly active: number;

  constructor(list: ListName, items: readonly ListItem[], options: ListOptions, search: string) {
    const spec = LIST_SPECS[list];
    this.spec = spec;
    this.items = items;
    this.state = parseListState(search, spec, options);
    this.shown = $derived(applyListState(items, this.state));
    this.summary = $derived(listSummary(this.shown.length, items.length, spec.noun));
    this.query = $derived(listQuery(this.state, spec));
    this.active = $derived(activeFilterCount(this.state));
  }

  setFilter(key: ListFilterKey, value: string) {
    const others = Object.entries(this.state.filters).filter(([other]) => other !== key);
    const filters = Object.fromEntries(value ? [...others, [key, value]] : others);
    this.state = { ...this.state, filters };
  }

  setSort(sort: SortKey) {
    this.state = { ...this.state, sort };
  }

  clear() {
    this.state = { ...defaultListState(this.spec), sort: this.state.sort };
  }
}
