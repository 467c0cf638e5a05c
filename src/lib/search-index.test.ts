import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  type Entry,
  type PersonaData,
  type QuoteData,
  type StoryData,
} from './catalog';
import {
  filterAttributes,
  parseSearchRecords,
  personaFacets,
  quoteRecord,
  quoteTitle,
  storyFacets,
} from './search-index';

const NOW = new Date('2026-03-14T09:00:00Z');

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing test fixture');
  return value;
}

const ruth: Entry<PersonaData> = {
  id: 'ruth-lindqvist',
  data: {
    name: 'Ruth Lindqvist',
    summary: 'Between homes.',
    goals: [],
    frustrations: [],
    needs: [],
    channels: ['branch', 'email'],
    tags: ['hospitality'],
    display: true,
  },
};

const newspaper: Entry<StoryData> = {
  id: 'the-newspaper-every-morning',
  body: '**Customer:** He goes to the door at seven.',
  data: {
    title: 'The newspaper every morning',
    summary: 'A dog and a newspaper.',
    lesson: 'Small actions.',
    persona: { id: 'ruth-lindqvist' },
    date: new Date('2025-07-14T00:00:00Z'),
    channel: 'branch',
    consent: 'obtained',
    tags: ['hospitality', 'small-gestures'],
    featured: true,
    display: true,
    prompts: [],
  },
};

const quote = (id: string, data: Partial<QuoteData>, body: string): Entry<QuoteData> => ({
  id,
  body,
  data: {
    source: 'review',
    date: new Date('2025-09-10T00:00:00Z'),
    consent: 'public',
    tags: [],
    display: true,
    ...data,
  },
});

const catalog = buildCatalog(
  {
    personas: [ruth],
    stories: [newspaper],
    quotes: [
      quote(
        'they-know-my-dogs-name',
        { persona: { id: 'ruth-lindqvist' }, attribution: 'Hotel guest', tags: ['small-gestures'] },
        "They know my dog's **name**. That matters.",
      ),
      quote(
        'a-bit-less-horrible',
        { attribution: 'Small bakery owner', source: 'email' },
        'Less horrible.',
      ),
      quote('anonymous', { source: 'call' }, 'Thank you.'),
    ],
  },
  NOW,
);
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
