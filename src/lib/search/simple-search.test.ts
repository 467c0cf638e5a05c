import { describe, expect, it } from 'vitest';
import { excerptFor, simpleSearch, type SimpleRecord } from './simple-search';

const records: SimpleRecord[] = [
  {
    url: '/quotes/#parcel',
    content: 'Just tell me honestly whether the parcel will arrive before the 24th.',
    meta: { title: 'Customer shopping for her grandchildren' },
    filters: { kind: ['quote'], tag: ['retail'] },
  },
  {
    url: '/stories/quiet-pause/',
    content: 'A grieving niece explains why her documents are late. The parcel of papers can wait.',
    meta: { title: 'The quiet pause' },
    filters: { kind: ['story'], tag: ['bereavement'], persona: ['dana-whitfield'] },
  },
];

describe('search without WebAssembly', () => {
  it('finds the records holding every word, best match first', () => {
    expect(simpleSearch(records, 'parcel', {}).map((hit) => hit.url)).toEqual([
      '/quotes/#parcel',
      '/stories/quiet-pause/',
    ]);
    expect(simpleSearch(records, 'Parcel PAPERS', {}).map((hit) => hit.url)).toEqual([
      '/stories/quiet-pause/',
    ]);
    expect(simpleSearch(records, 'unicorn', {})).toEqual([]);
  });

  it('keeps to the chosen filters, with or without words', () => {
    expect(simpleSearch(records, 'parcel', { kind: 'story' }).map((hit) => hit.url)).toEqual([
      '/stories/quiet-pause/',
    ]);
    expect(simpleSearch(records, null, { tag: 'retail' }).map((hit) => hit.url)).toEqual([
      '/quotes/#parcel',
    ]);
  });

  it('marks the words in an escaped excerpt, as Pagefind does', () => {
    expect(excerptFor('Is <b>the</b> parcel late?', ['parcel'])).toBe(
      'Is &lt;b&gt;the&lt;/b&gt; <mark>parcel</mark> late?',
    );
    const long = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const excerpt = excerptFor(long, ['w40']);
    expect(excerpt.split(' ')).toHaveLength(26);
    expect(excerpt).toContain('<mark>w40</mark>');
  });
});
