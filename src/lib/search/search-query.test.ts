import { describe, expect, it } from 'vitest';
import {
  EMPTY_SEARCH,
  isEmptySearch,
  pagefindFilters,
  parseSearchState,
  safeExcerpt,
  searchHref,
  searchQuery,
  searchSummary,
  searchTitle,
  toSearchHit,
} from './search-query';

describe('parseSearchState', () => {
  it('reads the words and the filters from the address', () => {
    expect(
      parseSearchState(
        '?q=dog+newspaper&kind=story&tag=small-gestures&persona=ruth-lindqvist&channel=branch',
      ),
    ).toEqual({
      query: 'dog newspaper',
      filters: {
        kind: 'story',
        tag: 'small-gestures',
        persona: 'ruth-lindqvist',
        channel: 'branch',
      },
    });
  });

  it('tidies the words and caps their length', () => {
    expect(parseSearchState('?q=%20%20the%20%20dog%0A').query).toBe('the dog');
    expect(parseSearchState(`?q=${'a'.repeat(500)}`).query).toHaveLength(200);
  });

  it('drops filters that cannot name anything', () => {
    expect(parseSearchState('?kind=page&tag=Not%20A%20Slug&persona=&colour=red')).toEqual(
      EMPTY_SEARCH,
    );
  });

  it('reads URLSearchParams as well as a string', () => {
    expect(parseSearchState(new URLSearchParams({ q: 'dog' })).query).toBe('dog');
  });
});

describe('searchQuery and searchHref', () => {
  it('writes the words first, then the filters in a fixed order', () => {
    const state = { query: ' dog ', filters: { channel: 'phone', kind: 'story' } };
    expect(searchQuery(state)).toBe('?q=dog&kind=story&channel=phone');
    expect(searchHref(state)).toBe('/search/?q=dog&kind=story&channel=phone');
  });

  it('leaves an empty search as the bare page', () => {
    expect(searchHref(EMPTY_SEARCH)).toBe('/search/');
  });

  it('round-trips through the address, including words that need escaping', () => {
    const state = { query: 'café & “quotes”?', filters: { tag: 'bereavement' } };
    expect(parseSearchState(searchQuery(state))).toEqual(state);
  });
});

describe('isEmptySearch and pagefindFilters', () => {
  it('is empty with neither words nor filters', () => {
    expect(isEmptySearch(EMPTY_SEARCH)).toBe(true);
    expect(isEmptySearch({ query: '  ', filters: {} })).toBe(true);
    expect(isEmptySearch({ query: '', filters: { kind: 'quote' } })).toBe(false);
  });

  it('hands Pagefind only the chosen filters', () => {
    expect(pagefindFilters({ query: 'x', filters: { kind: 'quote', tag: 'fraud' } })).toEqual({
      kind: 'quote',
      tag: 'fraud',
    });
    expect(pagefindFilters(EMPTY_SEARCH)).toEqual({});
  });
});

describe('safeExcerpt', () => {
  it('keeps the highlight', () => {
    expect(safeExcerpt('the <mark>dog</mark> fetched it')).toBe('the <mark>dog</mark> fetched it');
  });

  it('escapes any other markup', () => {
    expect(safeExcerpt('<img src=x onerror=alert(1)> <mark>x</mark> </p>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; <mark>x</mark> &lt;/p&gt;',
    );
    expect(safeExcerpt('<mark onclick="x">a</mark>')).toBe('&lt;mark onclick="x"&gt;a</mark>');
  });

  it('leaves entities Pagefind already escaped alone', () => {
    expect(safeExcerpt('Tom &amp; Jerry')).toBe('Tom &amp; Jerry');
  });
});

describe('toSearchHit', () => {
  const names = { 'ruth-lindqvist': 'Ruth Lindqvist' };

  it('shows a story with its kind, title, excerpt, persona and tags', () => {
    const hit = toSearchHit(
      {
        url: '/stories/the-newspaper-every-morning/',
        excerpt: 'the <mark>dog</mark> trots across the lobby',
        meta: { title: 'The newspaper every morning' },
        filters: {
          kind: ['story'],
          persona: ['ruth-lindqvist'],
          tag: ['small-gestures'],
          channel: ['branch'],
        },
      },
      names,
    );
    expect(hit).toEqual({
      url: '/stories/the-newspaper-every-morning/',
      title: 'The newspaper every morning',
      kind: 'story',
      kindLabel: 'Story',
      excerptHtml: 'the <mark>dog</mark> trots across the lobby',
      persona: { name: 'Ruth Lindqvist', url: '/personas/ruth-lindqvist/' },
      tags: [{ slug: 'small-gestures', label: 'small gestures', url: '/tags/small-gestures/' }],
    });
  });

  it('gives no byline to a persona page or a quote', () => {
    const base = { excerpt: '', meta: { title: 'x' } };
    const persona = toSearchHit(
      {
        ...base,
        url: '/personas/ruth-lindqvist/',
        filters: { kind: ['persona'], persona: ['ruth-lindqvist'] },
      },
      names,
    );
    const quote = toSearchHit(
      {
        ...base,
        url: '/quotes/#they-know-my-dogs-name',
        filters: { kind: ['quote'], persona: ['ruth-lindqvist'] },
      },
      names,
    );
    expect(persona.persona).toBeUndefined();
    expect(quote.persona).toBeUndefined();
    expect(quote.kindLabel).toBe('Quote');
  });

  it('copes with a page that carries no facets', () => {
    const hit = toSearchHit({ url: '/x/', excerpt: '<b>x</b>', meta: {}, filters: {} }, names);
    expect(hit).toMatchObject({ title: '/x/', kind: undefined, kindLabel: 'Page', tags: [] });
    expect(hit.excerptHtml).toBe('&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('summaries and titles', () => {
  it('counts results and repeats the words', () => {
    expect(searchSummary(3, { query: 'dog', filters: {} })).toBe('3 results for “dog”');
    expect(searchSummary(1, { query: 'dog', filters: {} })).toBe('1 result for “dog”');
    expect(searchSummary(0, { query: 'xyz', filters: {} })).toBe('No results for “xyz”');
    expect(searchSummary(12, { query: '', filters: { kind: 'quote' } })).toBe('12 results');
  });

  it('names the search in the document title', () => {
    expect(searchTitle({ query: 'dog', filters: {} })).toBe('“dog” · Search · Customer Room');
    expect(searchTitle(EMPTY_SEARCH)).toBe('Search · Customer Room');
  });
});
