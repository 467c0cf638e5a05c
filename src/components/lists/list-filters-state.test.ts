import { describe, expect, it } from 'vitest';
import { LIST_SPECS, type ListItem } from '../../lib/lists/list-filters';
import { ListFilters, pageHolding, type ListFiltersOptions } from './list-filters-state.svelte';
import type { ListSource } from './list-source';

/** 60 quotes, newest first; every third is about fraud. */
const items: ListItem[] = Array.from({ length: 60 }, (_, n) => ({
  slug: `q${n}`,
  title: `q${n}`,
  date: new Date(Date.UTC(2026, 0, 60 - n)).toISOString().slice(0, 10),
  facets: { tag: n % 3 === 0 ? ['fraud'] : ['billing'] },
}));
const cards = new Map(items.map(({ slug }) => [slug, { slug } as unknown as HTMLElement]));
const source: ListSource = { items, cards };
const options = {
  tag: [
    { value: 'billing', label: 'billing', count: 40 },
    { value: 'fraud', label: 'fraud', count: 20 },
  ],
};
const paging = { pageSize: 24, summary: 'Showing 1–24 of 60 quotes, newest first' };

function filtersFor(search: string, extra: Partial<ListFiltersOptions> = {}) {
  let loads = 0;
  const filters = new ListFilters({
    list: 'quotes',
    options,
    search,
    total: items.length,
    load: () => {
      loads += 1;
      return source;
    },
    ...extra,
  });
  return { filters, loads: () => loads };
}

const shownSlugs = (filters: ListFilters) =>
  filters.cards?.map((card) => (card as unknown as { slug: string }).slug);

describe('the list filters', () => {
  it('filter a list that fits on its page straight away', async () => {
    const { filters } = filtersFor('?tag=fraud');
    await filters.loadSource();
    expect(filters.summary).toBe('Showing 20 of 60 quotes');
    expect(shownSlugs(filters)).toHaveLength(20);
  });

  it('leave a page of a longer list as it was rendered, and load nothing, until asked', async () => {
    const { filters, loads } = filtersFor('', { paging });
    expect(filters.asRendered).toBe(true);
    expect(filters.cards).toBeUndefined();
    expect(filters.summary).toBe(paging.summary);
    await Promise.resolve();
    expect(loads()).toBe(0);
  });

  it('load the whole list once on the first filter, and show its matches a page at a time', async () => {
    const { filters, loads } = filtersFor('', { paging });
    filters.setFilter('tag', 'billing');
    expect(filters.summary).toBe(`Loading all 60 ${LIST_SPECS.quotes.noun.many}…`);
    await filters.loadSource();
    expect(filters.summary).toBe('Showing 40 of 60 quotes');
    expect(shownSlugs(filters)).toHaveLength(24);
    expect(filters.hidden).toBe(16);
    filters.showMore();
    expect(shownSlugs(filters)).toHaveLength(40);
    expect(filters.hidden).toBe(0);
    filters.setSort('oldest');
    expect(shownSlugs(filters)?.[0]).toBe('q59');
    expect(filters.hidden).toBe(16);
    filters.clear();
    filters.setSort('newest');
    expect(filters.asRendered).toBe(true);
    expect(loads()).toBe(1);
  });

  it('say what went wrong when the whole list cannot be loaded', async () => {
    const { filters } = filtersFor('?tag=fraud', {
      paging,
      load: () => Promise.reject(new Error('/quotes/page/all/ answered 500')),
    });
    await filters.loadSource();
    expect(filters.summary).toBe(
      'Could not load every quote (/quotes/page/all/ answered 500). Reload the page to try again.',
    );
    expect(filters.cards).toBeUndefined();
  });

  it('find the page that shows an item', async () => {
    const { filters } = filtersFor('', { paging });
    expect(await pageHolding(filters, 'q0')).toBe(1);
    expect(await pageHolding(filters, 'q24')).toBe(2);
    expect(await pageHolding(filters, 'q59')).toBe(3);
    expect(await pageHolding(filters, 'gone')).toBeUndefined();
  });
});
