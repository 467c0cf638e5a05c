import { describe, expect, it } from 'vitest';
import { facetLabel, facetOptions, isKind, personaNamesOf } from './facets';

describe('facetLabel', () => {
  it('reads each kind of value as a person would', () => {
    expect(facetLabel('kind', 'story')).toBe('Stories');
    expect(facetLabel('tag', 'small-gestures')).toBe('small gestures');
    expect(facetLabel('persona', 'ruth-lindqvist', { 'ruth-lindqvist': 'Ruth Lindqvist' })).toBe(
      'Ruth Lindqvist',
    );
    expect(facetLabel('channel', 'social')).toBe('Social media');
    expect(facetLabel('source', 'interview')).toBe('Interview');
    expect(facetLabel('consent', 'obtained')).toBe('Shared with consent');
  });

  it('reads an unknown value as itself', () => {
    expect(facetLabel('persona', 'nobody')).toBe('nobody');
    expect(facetLabel('channel', 'pigeon')).toBe('pigeon');
    expect(facetLabel('channel', 'toString')).toBe('toString');
    expect(facetLabel('kind', 'page')).toBe('page');
  });
});

describe('facetOptions', () => {
  it('counts each item once per value and sorts by label', () => {
    const items = [{ v: ['b', 'a', 'a'] }, { v: ['a'] }, { v: undefined }, { v: ['C'] }];
    expect(
      facetOptions(
        items,
        (item) => item.v,
        (value) => value,
      ),
    ).toEqual([
      { value: 'a', label: 'a', count: 2 },
      { value: 'b', label: 'b', count: 1 },
      { value: 'C', label: 'C', count: 1 },
    ]);
  });
});

describe('isKind', () => {
  it('knows the three kinds', () => {
    expect(['story', 'quote', 'persona', 'page'].filter(isKind)).toEqual([
      'story',
      'quote',
      'persona',
    ]);
  });
});

describe('personaNamesOf', () => {
  it('maps each persona slug to its name', () => {
    expect(personaNamesOf([{ slug: 'jen-park', name: 'Jen Park' }])).toEqual({
      'jen-park': 'Jen Park',
    });
  });
});
