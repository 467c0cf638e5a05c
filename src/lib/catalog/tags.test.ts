import { describe, expect, it } from 'vitest';
import { indexByTag, tagUrl, toTag } from './tags';

describe('toTag', () => {
  it('reads a slug tag as words and links to its page', () => {
    expect(toTag('small-gestures')).toEqual({
      slug: 'small-gestures',
      label: 'small gestures',
      url: '/tags/small-gestures/',
    });
  });

  it('normalises a tag written with capitals or spaces', () => {
    expect(toTag('Follow Through')).toEqual({
      slug: 'follow-through',
      label: 'follow through',
      url: '/tags/follow-through/',
    });
  });

  it('builds the tag page URL', () => {
    expect(tagUrl('bereavement')).toBe('/tags/bereavement/');
  });
});

describe('indexByTag', () => {
  const item = (name: string, ...tags: string[]) => ({ name, tags: tags.map(toTag) });
  const a = item('a', 'coaching', 'bereavement');
  const b = item('b', 'bereavement', 'empathy');
  const c = item('c', 'bereavement', 'coaching');
  const d = item('d');

  it('groups the items under each tag they carry, keeping item order', () => {
    const index = indexByTag([a, b, c, d]);
    const bereavement = index.find(({ tag }) => tag.slug === 'bereavement');
    expect(bereavement?.tag.label).toBe('bereavement');
    expect(bereavement?.items.map(({ name }) => name)).toEqual(['a', 'b', 'c']);
    expect(index.find(({ tag }) => tag.slug === 'coaching')?.items).toEqual([a, c]);
    expect(index.find(({ tag }) => tag.slug === 'empathy')?.items).toEqual([b]);
  });

  it('lists the most used tags first, then alphabetically', () => {
    const index = indexByTag([item('x', 'zebra', 'apple'), a, b, c]);
    expect(index.map(({ tag, items }) => `${tag.slug}:${items.length}`)).toEqual([
      'bereavement:3',
      'coaching:2',
      'apple:1',
      'empathy:1',
      'zebra:1',
    ]);
  });

  it('has no entries when nothing is tagged', () => {
    expect(indexByTag([d])).toEqual([]);
  });
});
