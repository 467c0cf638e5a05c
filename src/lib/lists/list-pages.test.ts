import { describe, expect, it } from 'vitest';
import { LIST_SPECS } from './list-filters';
import { listPageUrl, listViews, pageLinks, pageOfIndex, pageSummary } from './list-pages';

const numbers = (links: ReturnType<typeof pageLinks>) =>
  links.map((link) => ('gap' in link ? '…' : link.current ? `[${link.page}]` : `${link.page}`));

describe('list pages', () => {
  it('address the first page as the list itself and the others by number', () => {
    expect(listPageUrl('/quotes/', 1)).toBe('/quotes/');
    expect(listPageUrl('/quotes/', 3)).toBe('/quotes/page/3/');
  });

  it('put each item on the page that shows it', () => {
    expect([0, 47, 48, 95, 96].map((index) => pageOfIndex(index, 48))).toEqual([1, 1, 2, 2, 3]);
  });

  it('keep a list that fits on one page as that page alone, with nothing extra', () => {
    const views = listViews(['a', 'b', 'c'], 3, '/stories/');
    expect(views).toEqual([{ param: undefined, view: { items: ['a', 'b', 'c'], total: 3 } }]);
    expect(listViews([], 3, '/stories/')).toHaveLength(1);
  });

  it('split a longer list into pages in order, plus one page with every item', () => {
    const items = Array.from({ length: 7 }, (_, index) => index);
    const views = listViews(items, 3, '/quotes/');
    expect(views.map(({ param }) => param)).toEqual([undefined, 'page/2', 'page/3', 'page/all']);
    expect(views.map(({ view }) => view.items)).toEqual([[0, 1, 2], [3, 4, 5], [6], items]);
    const [first, second, third, all] = views.map(({ view }) => view);
    expect(first?.page).toMatchObject({
      number: 1,
      last: 3,
      from: 1,
      to: 3,
      older: '/quotes/page/2/',
    });
    expect(first?.page?.newer).toBeUndefined();
    expect(second?.page).toMatchObject({
      from: 4,
      to: 6,
      newer: '/quotes/',
      older: '/quotes/page/3/',
    });
    expect(third?.page).toMatchObject({
      from: 7,
      to: 7,
      newer: '/quotes/page/2/',
      older: undefined,
    });
    expect(third?.allUrl).toBe('/quotes/page/all/');
    expect(all?.page).toBeUndefined();
    expect(all?.allUrl).toBeUndefined();
  });

  it('link the first, last and neighbouring pages, never hiding a single page behind a gap', () => {
    expect(numbers(pageLinks(1, 1, '/q/'))).toEqual(['[1]']);
    expect(numbers(pageLinks(1, 63, '/q/'))).toEqual(['[1]', '2', '…', '63']);
    expect(numbers(pageLinks(3, 63, '/q/'))).toEqual(['1', '2', '[3]', '4', '…', '63']);
    expect(numbers(pageLinks(5, 63, '/q/'))).toEqual(['1', '…', '4', '[5]', '6', '…', '63']);
    expect(numbers(pageLinks(61, 63, '/q/'))).toEqual(['1', '…', '60', '[61]', '62', '63']);
    expect(numbers(pageLinks(4, 5, '/q/'))).toEqual(['1', '2', '3', '[4]', '5']);
    expect(pageLinks(2, 3, '/q/')[1]).toEqual({ page: 2, url: '/q/page/2/', current: true });
  });

  it('say which items a page shows', () => {
    expect(pageSummary({ from: 49, to: 96 }, 3000, LIST_SPECS.quotes.noun)).toBe(
      'Showing 49–96 of 3,000 quotes, newest first',
    );
  });
});
