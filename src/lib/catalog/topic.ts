/**
 * What a topic page (/tags/<tag>/) shows: its newest stories and quotes and every persona, each
 * kind as a section. A section stops at a screenful or two and links to the whole list filtered
 * by the topic (`/quotes/?tag=fraud`), where the filters page through every match: a topic with
 * hundreds of items would otherwise be one very long, slow page.
 */
import { byKind, type Item } from './catalog';
import { defaultListState, LIST_SPECS, listQuery, type ListName } from '../lists/list-filters';
import { routes } from './routes';
import type { Tag } from './tags';

export const TOPIC_SHOWS = { stories: 12, quotes: 24 } as const;

export interface TopicSection<Kind extends Item> {
  /** `stories` */
  name: ListName;
  /** `Stories` */
  title: string;
  items: Kind[];
  total: number;
  /** A link to every item of this kind on the topic, when the section shows only some. */
  more?: { href: string; label: string } | undefined;
}

export interface TopicPage {
  /** `4 stories, 9 quotes, 2 personas` */
  summary: string;
  sections: TopicSection<Item>[];
}

const countOf = (count: number, noun: { one: string; many: string }) =>
  `${count.toLocaleString('en')} ${count === 1 ? noun.one : noun.many}`;

function section<Kind extends Item>(
  name: ListName,
  tag: Tag,
  all: Kind[],
  shows = all.length,
): TopicSection<Kind> {
  const spec = LIST_SPECS[name];
  const title = `${spec.noun.many.charAt(0).toUpperCase()}${spec.noun.many.slice(1)}`;
  const query = listQuery({ ...defaultListState(spec), filters: { tag: tag.slug } }, spec);
  return {
    name,
    title,
    items: all.slice(0, shows),
    total: all.length,
    more:
      all.length > shows
        ? { href: `${routes[name]}${query}`, label: `All ${countOf(all.length, spec.noun)} →` }
        : undefined,
  };
}

/** The sections in the order the page shows them; a kind with no items has none. */
export function topicPage(tag: Tag, items: readonly Item[]): TopicPage {
  const { stories, quotes, personas } = byKind(items);
  const sections: TopicSection<Item>[] = [
    section('stories', tag, stories, TOPIC_SHOWS.stories),
    section('quotes', tag, quotes, TOPIC_SHOWS.quotes),
    section('personas', tag, personas),
  ].filter(({ total }) => total > 0);
  return {
    summary: sections.map(({ name, total }) => countOf(total, LIST_SPECS[name].noun)).join(', '),
    sections,
  };
}
