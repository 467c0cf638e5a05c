/**
 * Long lists (stories, quotes) come in pages of a fixed size, newest first, so a list's first
 * screen arrives as fast with thousands of items as with dozens. Every page is a real address
 * (`/quotes/`, `/quotes/page/2/`, …) that works without JavaScript; a list of more than one page
 * also has a page with every item (`/quotes/page/all/`), which the list filters fetch to filter
 * the whole list. Pages live under `page/` so that no story's slug can collide with them.
 */
/** What a list's items are called: `quote` / `quotes`. */
export interface ListNoun {
  one: string;
  many: string;
}

export const LIST_PAGE_SIZE = { stories: 24, quotes: 48 } as const;

/** The route parameter of page `n` (a list's first page is the list itself), or of the whole list. */
const pageParam = (page: number | 'all') => `page/${page}`;

/** `/quotes/` for page 1, `/quotes/page/3/` for page 3. */
export function listPageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}${pageParam(page)}/`;
}

export const allItemsUrl = (base: string) => `${base}${pageParam('all')}/`;

/** The page (from 1) that shows the item at `index` (from 0) of the list in its default order. */
export function pageOfIndex(index: number, pageSize: number): number {
  return Math.floor(index / pageSize) + 1;
}

export type PageLink = { page: number; url: string; current: boolean } | { gap: true };

/** The first, the last, and the pages either side of the current one, with gaps between. */
export function pageLinks(current: number, last: number, base: string): PageLink[] {
  const wanted = [...new Set([1, current - 1, current, current + 1, last])]
    .filter((page) => page >= 1 && page <= last)
    .sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const [index, page] of wanted.entries()) {
    const previous = wanted[index - 1];
    if (previous !== undefined && page - previous === 2) {
      links.push({ page: previous + 1, url: listPageUrl(base, previous + 1), current: false });
    } else if (previous !== undefined && page - previous > 2) {
      links.push({ gap: true });
    }
    links.push({ page, url: listPageUrl(base, page), current: page === current });
  }
  return links;
}

export interface ListPageInfo {
  number: number;
  last: number;
  /** The position (from 1) of the page's first and last item in the whole list. */
  from: number;
  to: number;
  newer?: string | undefined;
  older?: string | undefined;
  links: PageLink[];
}

/** How a page that shows part of a list tells its filters about the rest. */
export interface ListPaging {
  pageSize: number;
  /** `Showing 49–96 of 3,000 quotes, newest first` */
  summary: string;
  /** The page with every item, which the filters fetch on first use. */
  allUrl: string;
}

/** What one page of a list shows. */
export interface ListView<Item> {
  items: readonly Item[];
  total: number;
  /** Where it sits among the pages; undefined on the page that shows the whole list. */
  page?: ListPageInfo | undefined;
  /** The page with every item, when this page shows only some of them. */
  allUrl?: string | undefined;
}

/**
 * Every page of a list: its route parameter (undefined for the first page) and what it shows.
 * A list that fits on one page is that page alone.
 */
export function listViews<Item>(
  items: readonly Item[],
  pageSize: number,
  base: string,
): { param: string | undefined; view: ListView<Item> }[] {
  const total = items.length;
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (last === 1) return [{ param: undefined, view: { items, total } }];
  const pages = Array.from({ length: last }, (_, index) => {
    const number = index + 1;
    const from = index * pageSize;
    const view: ListView<Item> = {
      items: items.slice(from, from + pageSize),
      total,
      allUrl: allItemsUrl(base),
      page: {
        number,
        last,
        from: from + 1,
        to: Math.min(total, from + pageSize),
        newer: number > 1 ? listPageUrl(base, number - 1) : undefined,
        older: number < last ? listPageUrl(base, number + 1) : undefined,
        links: pageLinks(number, last, base),
      },
    };
    return { param: number === 1 ? undefined : pageParam(number), view };
  });
  return [...pages, { param: pageParam('all'), view: { items, total } }];
}

/** `Showing 49–96 of 3,000 quotes, newest first`. */
export function pageSummary(
  page: Pick<ListPageInfo, 'from' | 'to'>,
  total: number,
  noun: ListNoun,
) {
  const count = (n: number) => n.toLocaleString('en');
  return `Showing ${count(page.from)}–${count(page.to)} of ${count(total)} ${noun.many}, newest first`;
}

/** The id of the JSON a page that shows a whole list embeds for the list filters. */
export const listItemsId = (listId: string) => `${listId}-items`;

/** The ids of a paged list's page links and of its "Show more" button (for filtered matches). */
export const listPagerIds = (listId: string) => ({
  pages: `${listId}-pages`,
  more: `${listId}-more`,
});
