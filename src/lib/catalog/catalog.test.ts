import { describe, expect, it } from 'vitest';
import {
  catalogOf,
  day,
  personaEntry,
  quoteEntry,
  storyEntry,
} from '../../../tests/support/catalog-fixtures';
import { buildCatalog, byKind } from './catalog';

const NOW = new Date('2026-03-14T09:00:00Z');

const raw = {
  personas: [
    personaEntry('walter-okafor', {
      name: 'Walter Okafor',
      tags: ['bereavement'],
      body: 'Retired signalman.',
    }),
    personaEntry('maria-alvarez', { name: 'Maria Alvarez', tags: ['bereavement', 'paperwork'] }),
  ],
  quotes: [
    quoteEntry('first-person', {
      date: day('2025-06-01'),
      persona: { id: 'maria-alvarez' },
      tags: ['bereavement'],
      body: 'You were the **first** person.',
    }),
    quoteEntry('said-it-twice', { date: day('2026-02-01'), persona: { id: 'walter-okafor' } }),
    quoteEntry('holiday-delay', { date: day('2025-12-01'), expires: day('2026-03-13') }),
    quoteEntry('last-day-today', { date: day('2025-11-01'), expires: day('2026-03-14') }),
  ],
  stories: [
    storyEntry('five-seconds', {
      date: day('2025-09-18'),
      persona: { id: 'maria-alvarez' },
      tags: ['bereavement', 'coaching'],
      body: '**Customer:** Hello.\n\n**Agent:** Hi.',
    }),
    storyEntry('newspaper', {
      date: day('2026-01-10'),
      persona: { id: 'walter-okafor' },
      tags: ['coaching'],
    }),
    storyEntry('old-promotion', {
      date: day('2026-01-01'),
      expires: day('2026-02-01'),
      persona: { id: 'walter-okafor' },
      tags: ['coaching'],
    }),
    storyEntry('callback', { date: day('2025-11-02'), persona: { id: 'maria-alvarez' } }),
  ],
};

const catalog = buildCatalog(raw, NOW);
const slugs = (items: readonly { slug: string }[]) => items.map(({ slug }) => slug);

describe('buildCatalog', () => {
  it('leaves out quotes and stories that expired before today', () => {
    expect(slugs(catalog.quotes)).not.toContain('holiday-delay');
    expect(slugs(catalog.stories)).not.toContain('old-promotion');
    expect(slugs(catalog.quotes)).toContain('last-day-today');
  });

  it('keeps an item that had not yet expired on an earlier build date', () => {
    const earlier = buildCatalog(raw, new Date('2026-01-15T12:00:00Z'));
    expect(slugs(earlier.stories)).toContain('old-promotion');
    expect(slugs(earlier.quotes)).toContain('holiday-delay');
  });

  it('lists stories and quotes newest first', () => {
    expect(slugs(catalog.stories)).toEqual(['newspaper', 'callback', 'five-seconds']);
    expect(slugs(catalog.quotes)).toEqual(['said-it-twice', 'last-day-today', 'first-person']);
  });

  it('lists personas by name', () => {
    expect(slugs(catalog.personas)).toEqual(['maria-alvarez', 'walter-okafor']);
  });

  it('resolves a persona reference to what a byline needs', () => {
    const [newspaper] = catalog.stories;
    expect(newspaper?.persona).toEqual({
      slug: 'walter-okafor',
      name: 'Walter Okafor',
      url: '/personas/walter-okafor/',
      photo: undefined,
      monogram: expect.objectContaining({ initials: 'WO', foreground: '#ffffff' }),
    });
    expect(newspaper?.persona).not.toHaveProperty('summary');
  });

  it('leaves the persona empty when an item has none', () => {
    expect(catalog.quotes.find(({ slug }) => slug === 'last-day-today')?.persona).toBeUndefined();
  });

  it('finds a persona by slug', () => {
    expect(catalog.persona('walter-okafor')).toMatchObject({
      kind: 'persona',
      name: 'Walter Okafor',
      url: '/personas/walter-okafor/',
      html: '<p>Retired signalman.</p>',
    });
    expect(catalog.persona('nobody')).toBeUndefined();
  });

  it("lists a persona's quotes and stories, newest first", () => {
    expect(slugs(catalog.quotesBy('walter-okafor'))).toEqual(['said-it-twice']);
    expect(slugs(catalog.storiesBy('maria-alvarez'))).toEqual(['callback', 'five-seconds']);
    expect(slugs(catalog.storiesBy('walter-okafor'))).toEqual(['newspaper']);
  });

  it('renders quote bodies as HTML and plain text', () => {
    const firstPerson = catalog.quotes.find(({ slug }) => slug === 'first-person');
    expect(firstPerson).toMatchObject({
      html: '<p>You were the <strong>first</strong> person.</p>',
      text: 'You were the first person.',
      url: '/quotes/#first-person',
    });
  });

  it('links each quote to the page of the quote wall that shows it', () => {
    // 50 quotes, one a day, newest first: the 49th newest is the first on page 2.
    const many = catalogOf({
      quotes: Array.from({ length: 50 }, (_, n) =>
        quoteEntry(`q${n}`, { date: new Date(Date.UTC(2026, 0, 1 + n)) }),
      ),
    });
    const urls = many.quotes.map((quote) => quote.url);
    expect(urls[0]).toBe('/quotes/#q49');
    expect(urls[47]).toBe('/quotes/#q2');
    expect(urls[48]).toBe('/quotes/page/2/#q1');
    expect(urls[49]).toBe('/quotes/page/2/#q0');
  });

  it("parses a story's transcript", () => {
    const fiveSeconds = catalog.stories.find(({ slug }) => slug === 'five-seconds');
    expect(fiveSeconds?.url).toBe('/stories/five-seconds/');
    expect(fiveSeconds?.turns.map(({ role, text }) => `${role}: ${text}`)).toEqual([
      'customer: Hello.',
      'agent: Hi.',
    ]);
  });

  it('indexes tags across personas, stories and quotes, without expired items', () => {
    const bereavement = catalog.tags.find(({ tag }) => tag.slug === 'bereavement');
    expect(bereavement?.items.map((item) => `${item.kind}:${item.slug}`)).toEqual([
      'persona:maria-alvarez',
      'persona:walter-okafor',
      'story:five-seconds',
      'quote:first-person',
    ]);
    const coaching = catalog.tags.find(({ tag }) => tag.slug === 'coaching');
    expect(slugs(coaching?.items ?? [])).toEqual(['newspaper', 'five-seconds']);
    expect(catalog.tags[0]?.tag.slug).toBe('bereavement');
  });

  it('relates stories that share a persona or a tag, only among live stories', () => {
    const newspaper = catalog.stories.find(({ slug }) => slug === 'newspaper');
    expect(newspaper && slugs(catalog.relatedTo(newspaper))).toEqual(['five-seconds']);
  });

  it('drops a persona reference that names no persona rather than linking nowhere', () => {
    const orphan = buildCatalog(
      {
        ...raw,
        quotes: [
          quoteEntry('orphan', { date: day('2026-01-01'), persona: { id: 'walter-okafr' } }),
        ],
      },
      NOW,
    );
    expect(orphan.quotes[0]?.persona).toBeUndefined();
  });
});

describe('byKind', () => {
  it('splits a tag page into personas, stories and quotes, keeping their order', () => {
    const bereavement = catalog.tags.find(({ tag }) => tag.slug === 'bereavement');
    const { personas, stories, quotes } = byKind(bereavement?.items ?? []);
    expect(slugs(personas)).toEqual(['maria-alvarez', 'walter-okafor']);
    expect(slugs(stories)).toEqual(['five-seconds']);
    expect(slugs(quotes)).toEqual(['first-person']);
  });
});
