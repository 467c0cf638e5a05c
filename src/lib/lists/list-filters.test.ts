import { describe, expect, it } from 'vitest';
import {
  catalogOf,
  day,
  must,
  personaEntry,
  quoteEntry,
  storyEntry,
} from '../../../tests/support/catalog-fixtures';
import {
  activeFilterCount,
  applyListState,
  defaultListState,
  LIST_SPECS,
  listOptions,
  listQuery,
  listSummary,
  parseListState,
  personaListItem,
  quoteListItem,
  storyListItem,
  type ListItem,
} from './list-filters';

const catalog = catalogOf({
  personas: [
    personaEntry('ruth', {
      name: 'Ruth Lindqvist',
      tags: ['hospitality'],
      channels: ['branch', 'email'],
    }),
    personaEntry('marcus', { name: 'Marcus Bell', tags: ['fraud'], channels: ['app', 'phone'] }),
    personaEntry('ana', { name: 'Ana Quiet' }),
  ],
  stories: [
    storyEntry('the-newspaper', {
      date: day('2025-07-14'),
      title: 'The newspaper every morning',
      persona: { id: 'ruth' },
      channel: 'branch',
      consent: 'obtained',
      tags: ['hospitality', 'small-gestures'],
    }),
    storyEntry('two-am', {
      date: day('2026-03-03'),
      title: 'Two a.m., and the charges kept coming',
      persona: { id: 'marcus' },
      channel: 'app',
      tags: ['fraud', 'patience'],
    }),
    storyEntry('end-of-shift', {
      date: day('2026-03-04'),
      title: 'The call at the end of his shift',
      persona: { id: 'marcus' },
      tags: ['fraud', 'small-gestures'],
    }),
    storyEntry('anonymous', {
      date: day('2025-10-02'),
      title: 'Hearing the whole customer',
      tags: ['patience'],
    }),
  ],
  quotes: [
    quoteEntry('dogs-name', {
      date: day('2025-09-10'),
      persona: { id: 'ruth' },
      source: 'review',
      consent: 'obtained',
    }),
    quoteEntry('kind-and-quick', {
      date: day('2026-03-05'),
      persona: { id: 'marcus' },
      consent: 'obtained',
      tags: ['fraud'],
    }),
  ],
});

const personaNames = Object.fromEntries(catalog.personas.map((p) => [p.slug, p.name]));
const stories = catalog.stories.map(storyListItem);
const spec = LIST_SPECS.stories;
const options = listOptions(stories, spec, personaNames);
const slugs = (items: readonly ListItem[]) => items.map((item) => item.slug);

describe('list items', () => {
  it('describes a story by its title, day and facets', () => {
    expect(stories.find((item) => item.slug === 'two-am')).toEqual({
      slug: 'two-am',
      title: 'Two a.m., and the charges kept coming',
      date: '2026-03-03',
      facets: {
        tag: ['fraud', 'patience'],
        persona: ['marcus'],
        channel: ['app'],
        consent: ['anonymised'],
      },
    });
  });

  it('describes a quote by its source and consent', () => {
    const item = quoteListItem(must(catalog.quotes.find((q) => q.slug === 'dogs-name')));
    expect(item.title).toBe('dogs-name');
    expect(item.facets).toEqual({
      tag: [],
      persona: ['ruth'],
      source: ['review'],
      consent: ['obtained'],
    });
  });

  it('dates a persona by the newest story or quote heard from them', () => {
    const marcus = must(catalog.persona('marcus'));
    const item = personaListItem(marcus, catalog.storiesBy('marcus'), catalog.quotesBy('marcus'));
    expect(item.date).toBe('2026-03-05');
    expect(item.facets).toEqual({ tag: ['fraud'], channel: ['app', 'phone'] });
    const ana = must(catalog.persona('ana'));
    expect(personaListItem(ana, [], []).date).toBeUndefined();
  });
});

describe('listOptions', () => {
  it('offers each value in use once, with its label and count, in label order', () => {
    expect(options.tag).toEqual([
      { value: 'fraud', label: 'fraud', count: 2 },
      { value: 'hospitality', label: 'hospitality', count: 1 },
      { value: 'patience', label: 'patience', count: 2 },
      { value: 'small-gestures', label: 'small gestures', count: 2 },
    ]);
    expect(options.persona).toEqual([
      { value: 'marcus', label: 'Marcus Bell', count: 2 },
      { value: 'ruth', label: 'Ruth Lindqvist', count: 1 },
    ]);
    expect(options.channel?.map((o) => o.label)).toEqual(['App', 'Branch', 'Phone']);
    expect(options.consent?.map((o) => o.label)).toEqual(['Anonymised', 'Shared with consent']);
    expect(options).not.toHaveProperty('source');
  });
});

describe('parseListState and listQuery', () => {
  it('reads filters and the sort order from the query', () => {
    expect(parseListState('?tag=fraud&channel=app&sort=title', spec, options)).toEqual({
      filters: { tag: 'fraud', channel: 'app' },
      sort: 'title',
    });
  });

  it('falls back to the default for unknown filters, values and sort orders', () => {
    expect(parseListState('?tag=nope&source=call&sort=random&colour=red', spec, options)).toEqual(
      defaultListState(spec),
    );
    expect(defaultListState(spec)).toEqual({ filters: {}, sort: 'newest' });
    expect(defaultListState(LIST_SPECS.personas).sort).toBe('title');
  });

  it('writes filters in a fixed order and leaves the default sort out', () => {
    expect(
      listQuery({ filters: { consent: 'obtained', tag: 'fraud' }, sort: 'newest' }, spec),
    ).toBe('?tag=fraud&consent=obtained');
    expect(listQuery({ filters: {}, sort: 'title' }, spec)).toBe('?sort=title');
    expect(listQuery(defaultListState(spec), spec)).toBe('');
  });

  it('round-trips a state through the URL', () => {
    const state = {
      filters: { tag: 'small-gestures', persona: 'marcus' },
      sort: 'oldest' as const,
    };
    expect(parseListState(listQuery(state, spec), spec, options)).toEqual(state);
  });

  it('only reads the filters a list offers', () => {
    const quoteOptions = listOptions(
      catalog.quotes.map(quoteListItem),
      LIST_SPECS.quotes,
      personaNames,
    );
    expect(parseListState('?source=review&channel=phone', LIST_SPECS.quotes, quoteOptions)).toEqual(
      {
        filters: { source: 'review' },
        sort: 'newest',
      },
    );
  });
});

describe('applyListState', () => {
  it('keeps the newest first by default', () => {
    expect(slugs(applyListState(stories, defaultListState(spec)))).toEqual([
      'end-of-shift',
      'two-am',
      'anonymous',
      'the-newspaper',
    ]);
  });

  it('sorts oldest first and by title, ignoring case', () => {
    expect(slugs(applyListState(stories, { filters: {}, sort: 'oldest' }))).toEqual([
      'the-newspaper',
      'anonymous',
      'two-am',
      'end-of-shift',
    ]);
    expect(slugs(applyListState(stories, { filters: {}, sort: 'title' }))).toEqual([
      'anonymous',
      'end-of-shift',
      'the-newspaper',
      'two-am',
    ]);
  });

  it('keeps only the items carrying every chosen value', () => {
    expect(slugs(applyListState(stories, { filters: { tag: 'fraud' }, sort: 'newest' }))).toEqual([
      'end-of-shift',
      'two-am',
    ]);
    expect(
      slugs(applyListState(stories, { filters: { tag: 'fraud', channel: 'app' }, sort: 'newest' })),
    ).toEqual(['two-am']);
    expect(
      slugs(
        applyListState(stories, {
          filters: { tag: 'hospitality', persona: 'marcus' },
          sort: 'newest',
        }),
      ),
    ).toEqual([]);
  });

  it('puts undated items after dated ones whichever way the dates run', () => {
    const items: ListItem[] = [
      { slug: 'b', title: 'B', facets: {} },
      { slug: 'old', title: 'Old', date: '2020-01-01', facets: {} },
      { slug: 'a', title: 'A', facets: {} },
      { slug: 'new', title: 'New', date: '2026-01-01', facets: {} },
    ];
    expect(slugs(applyListState(items, { filters: {}, sort: 'newest' }))).toEqual([
      'new',
      'old',
      'a',
      'b',
    ]);
    expect(slugs(applyListState(items, { filters: {}, sort: 'oldest' }))).toEqual([
      'old',
      'new',
      'a',
      'b',
    ]);
  });

  it('does not change the list it is given', () => {
    const before = slugs(stories);
    applyListState(stories, { filters: {}, sort: 'title' });
    expect(slugs(stories)).toEqual(before);
  });
});

describe('summaries', () => {
  it('counts active filters', () => {
    expect(activeFilterCount({ filters: { tag: 'fraud', persona: 'marcus' }, sort: 'title' })).toBe(
      2,
    );
    expect(activeFilterCount(defaultListState(spec))).toBe(0);
  });

  it('says how much of the list is shown', () => {
    expect(listSummary(4, 15, spec.noun)).toBe('Showing 4 of 15 stories');
    expect(listSummary(15, 15, spec.noun)).toBe('Showing all 15 stories');
    expect(listSummary(1, 1, spec.noun)).toBe('Showing 1 story');
    expect(listSummary(0, 15, spec.noun)).toBe('No stories match these filters');
  });
});
