import { describe, expect, it } from 'vitest';
import {
  catalogOf,
  must,
  personaEntry,
  quoteEntry,
  storyEntry,
} from '../../../tests/support/catalog-fixtures';
import { topicPage, TOPIC_SHOWS } from './topic';

const dated = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));

function topicOf(stories: number, quotes: number, personas: number) {
  const catalog = catalogOf({
    stories: Array.from({ length: stories }, (_, n) =>
      storyEntry(`s${n}`, { tags: ['fraud'], date: dated(n) }),
    ),
    quotes: Array.from({ length: quotes }, (_, n) =>
      quoteEntry(`q${n}`, { tags: ['fraud'], date: dated(n) }),
    ),
    personas: Array.from({ length: personas }, (_, n) =>
      personaEntry(`p${n}`, { tags: ['fraud'] }),
    ),
  });
  const fraud = must(catalog.tags.find(({ tag }) => tag.slug === 'fraud'));
  return topicPage(fraud.tag, fraud.items);
}

describe('a topic page', () => {
  it('shows every item of a small topic, kind by kind, with no link to more', () => {
    const topic = topicOf(2, 1, 1);
    expect(topic.summary).toBe('2 stories, 1 quote, 1 persona');
    expect(topic.sections.map((section) => [section.title, section.items.length])).toEqual([
      ['Stories', 2],
      ['Quotes', 1],
      ['Personas', 1],
    ]);
    expect(topic.sections.every((section) => section.more === undefined)).toBe(true);
  });

  it('leaves out a kind the topic has none of', () => {
    expect(topicOf(0, 3, 0).sections.map(({ name }) => name)).toEqual(['quotes']);
  });

  it('shows the newest of a large topic and links to the whole list filtered by it', () => {
    const topic = topicOf(30, 100, 2);
    expect(topic.summary).toBe('30 stories, 100 quotes, 2 personas');
    const [stories, quotes, personas] = topic.sections;
    expect(stories?.items.map(({ slug }) => slug)).toEqual(
      Array.from({ length: TOPIC_SHOWS.stories }, (_, n) => `s${29 - n}`),
    );
    expect(stories?.more).toEqual({ href: '/stories/?tag=fraud', label: 'All 30 stories →' });
    expect(quotes?.items).toHaveLength(TOPIC_SHOWS.quotes);
    expect(quotes?.more).toEqual({ href: '/quotes/?tag=fraud', label: 'All 100 quotes →' });
    expect(personas?.more).toBeUndefined();
  });
});
