/**
 * Where the list filters find the whole list: the page itself when it shows every item, or the
 * list's "all" page, fetched the first time the whole list is needed. Either way the items come
 * from the JSON the page embeds and the cards from the page's own list, so a filtered list shows
 * exactly the cards the server rendered.
 */
import { readEmbeddedJson } from '../../lib/shared/embed-json';
import type { ListItem } from '../../lib/lists/list-filters';
import { listItemsId } from '../../lib/lists/list-pages';

export interface ListSource {
  /** In the list's default order. */
  items: readonly ListItem[];
  cards: ReadonlyMap<string, HTMLElement>;
}

/** The list's items (`<li data-slug>`), in the order they are on the page. */
export function listCards(list: Element): HTMLElement[] {
  return [...list.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && !!child.dataset['slug'],
  );
}

export function readListSource(document: Document, listId: string): ListSource {
  const items = readEmbeddedJson(document, listItemsId(listId)) as ListItem[] | undefined;
  const list = document.getElementById(listId);
  if (!items || !list) throw new Error(`the page has no list "${listId}" with its items`);
  return {
    items,
    cards: new Map(listCards(list).map((card) => [card.dataset['slug'] ?? '', card])),
  };
}

export async function fetchListSource(url: string, listId: string): Promise<ListSource> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  return readListSource(page, listId);
}
