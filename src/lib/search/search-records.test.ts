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
  filterAttributes,
  parseSearchRecords,
  personaFacets,
  quoteRecord,
  quoteTitle,
  storyFacets,
} from './search-records';

const ruth = personaEntry('ruth-lindqvist', {
  name: 'Ruth Lindqvist',
  summary: 'Between homes.',
  channels: ['branch', 'email'],
  tags: ['hospitality'],
});

const newspaper = storyEntry('the-newspaper-every-morning', {
  body: '**Customer:** He goes to the door at seven.',
  title: 'The newspaper every morning',
  summary: 'A dog and a newspaper.',
  lesson: 'Small actions.',
  persona: { id: 'ruth-lindqvist' },
  date: day('2025-07-14'),
  channel: 'branch',
  consent: 'obtained',
  tags: ['hospitality', 'small-gestures'],
  featured: true,
});

const catalog = catalogOf({
  personas: [ruth],
  stories: [newspaper],
  quotes: [
    quoteEntry('they-know-my-dogs-name', {
      source: 'review',
      persona: { id: 'ruth-lindqvist' },
      attribution: 'Hotel guest',
      tags: ['small-gestures'],
      body: "They know my dog's **name**. That matters.",
    }),
    quoteEntry('a-bit-less-horrible', {
      attribution: 'Small bakery owner',
      source: 'email',
      body: 'Less horrible.',
    }),
    quoteEntry('anonymous', { source: 'call', body: 'Thank you.' }),
  ],
});
const [dogs, bakery, anonymous] = [
  must(catalog.quotes.find((q) => q.slug === 'they-know-my-dogs-name')),
  must(catalog.quotes.find((q) => q.slug === 'a-bit-less-horrible')),
  must(catalog.quotes.find((q) => q.slug === 'anonymous')),
];

describe('page facets', () => {
  it('marks a story with its kind, tags, persona and channel', () => {
    expect(filterAttributes(storyFacets(must(catalog.stories[0])))).toEqual([
      'kind:story',
      'tag:hospitality',
      'tag:small-gestures',
      'persona:ruth-lindqvist',
      'channel:branch',
    ]);
  });

  it('marks a persona as itself, with every channel it uses', () => {
    expect(filterAttributes(personaFacets(must(catalog.personas[0])))).toEqual([
      'kind:persona',
      'tag:hospitality',
      'persona:ruth-lindqvist',
      'channel:branch',
      'channel:email',
    ]);
  });
});

describe('quote records', () => {
  it('makes each quote its own result at its anchor on the quote wall', () => {
    expect(quoteRecord(dogs)).toEqual({
      url: '/quotes/#they-know-my-dogs-name',
      content: "They know my dog's name. That matters. — Hotel guest",
      language: 'en',
      meta: { title: 'Ruth Lindqvist, in a review' },
      filters: { kind: ['quote'], tag: ['small-gestures'], persona: ['ruth-lindqvist'] },
    });
  });

  it('names who said it and how, even without a persona', () => {
    expect(quoteTitle(bakery)).toBe('Small bakery owner');
    expect(quoteTitle(anonymous)).toBe('A customer, on a call');
    expect(quoteRecord(anonymous).filters).toEqual({ kind: ['quote'] });
  });
});

describe('parseSearchRecords', () => {
  it('reads back what the build wrote', () => {
    const records = catalog.quotes.map(quoteRecord);
    expect(parseSearchRecords(JSON.stringify(records))).toEqual(records);
  });

  it('refuses anything that is not a list of records', () => {
    expect(() => parseSearchRecords('{}')).toThrow(/not a list/);
    expect(() => parseSearchRecords('[{"url":"/x/"}]')).toThrow(/record 0 is malformed/);
    const bad = { ...quoteRecord(dogs), filters: { kind: 'quote' } };
    expect(() => parseSearchRecords(JSON.stringify([bad]))).toThrow(/malformed/);
  });
});
