/**
 * The browse lists (/stories/, /quotes/, /personas/), shaped once: the pages each list comes in,
 * what each page shows, and what its filters need. The pages only compose these.
 */
import type { Persona, Quote, Story } from '../lib/catalog/catalog';
import { jsonForScript } from '../lib/shared/embed-json';
import { personaNamesOf, type PersonaNames } from '../lib/lists/facets';
import {
  LIST_SPECS,
  listOptions,
  personaListItem,
  quoteListItem,
  storyListItem,
  type ListFiltersData,
  type ListItem,
  type ListName,
} from '../lib/lists/list-filters';
import {
  LIST_PAGE_SIZE,
  listViews,
  pageSummary,
  type ListPageInfo,
  type ListView,
} from '../lib/lists/list-pages';
import { routes } from '../lib/catalog/routes';
import { getCatalog } from './site-catalog';
import { emptyRoomHint, type EmptyRoomHint } from '../lib/catalog/empty-room';

/** The id of each list's element, which its filters find the cards in. */
const LIST_IDS: Record<ListName, string> = {
  stories: 'story-list',
  quotes: 'quote-wall',
  personas: 'persona-list',
};

/** The links under a page of a list in pages (src/components/lists/ListPager.astro). */
export interface ListPagerData {
  listId: string;
  page: ListPageInfo;
  total: number;
  allUrl: string;
  /** `quotes` */
  noun: string;
}

/** What src/components/lists/FilterableList.astro needs around a list. */
export interface FilterableListProps {
  filters: ListFiltersData;
  /** On a page that shows the whole list: its items as JSON, for the filters. */
  itemsJson?: string | undefined;
  /** On a page that shows part of the list: the links to the other pages. */
  pager?: ListPagerData | undefined;
}

export interface ListPage<Item> {
  view: ListView<Item>;
  /** The page's title: `Quotes`, `Quotes, page 2 of 63`, `All quotes`. */
  title: string;
  filterable: FilterableListProps;
  /** When the list has nothing at all (an empty room): what belongs there and how to start. */
  emptyRoom: EmptyRoomHint | undefined;
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function listPages<Item>(
  list: ListName,
  items: readonly Item[],
  toListItem: (item: Item) => ListItem,
  personaNames: PersonaNames,
  pageSize: number,
): { params: { page: string | undefined }; props: ListPage<Item> }[] {
  const spec = LIST_SPECS[list];
  const listItems = items.map(toListItem);
  const options = listOptions(listItems, spec, personaNames);
  const views = listViews(items, pageSize, routes[list]);
  const name = capitalised(spec.noun.many);
  return views.map(({ param, view }) => {
    const { page, allUrl } = view;
    const isAll = views.length > 1 && !page;
    const listId = LIST_IDS[list];
    const total = items.length;
    return {
      params: { page: param },
      props: {
        view,
        title: isAll
          ? `All ${spec.noun.many}`
          : page && page.number > 1
            ? `${name}, page ${page.number} of ${page.last}`
            : name,
        filterable: {
          filters: {
            list,
            listId,
            total,
            options,
            paged:
              page && allUrl
                ? { pageSize, allUrl, summary: pageSummary(page, total, spec.noun) }
                : undefined,
          },
          itemsJson: page ? undefined : jsonForScript(listItems),
          pager: page && allUrl ? { listId, page, total, allUrl, noun: spec.noun.many } : undefined,
        },
        emptyRoom: total === 0 ? emptyRoomHint(list) : undefined,
      },
    };
  });
}

export async function storyListPages() {
  const { stories, personas } = await getCatalog();
  return listPages<Story>(
    'stories',
    stories,
    storyListItem,
    personaNamesOf(personas),
    LIST_PAGE_SIZE.stories,
  );
}

export async function quoteListPages() {
  const { quotes, personas } = await getCatalog();
  return listPages<Quote>(
    'quotes',
    quotes,
    quoteListItem,
    personaNamesOf(personas),
    LIST_PAGE_SIZE.quotes,
  );
}

/** Personas are few (one for every few dozen stories and quotes): one page. */
export async function personaListPage(): Promise<ListPage<Persona>> {
  const catalog = await getCatalog();
  const { personas } = catalog;
  const [only] = listPages<Persona>(
    'personas',
    personas,
    (persona) =>
      personaListItem(persona, catalog.storiesBy(persona.slug), catalog.quotesBy(persona.slug)),
    personaNamesOf(personas),
    Math.max(1, personas.length),
  );
  if (!only) throw new Error('the persona list has no page');
  return only.props;
}
