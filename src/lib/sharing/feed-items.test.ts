import { describe, expect, it } from 'vitest';
import type { Quote, Story } from '../catalog/catalog';
import { feedItems, quoteTitle } from './feed-items';

const story = (slug: string, day: string) =>
  ({
    kind: 'story',
    slug,
    url: `/stories/${slug}/`,
    title: `Story ${slug}`,
    lesson: `Lesson of ${slug}`,
    date: new Date(day),
  }) as Story;

const quote = (slug: string, day: string, text: string) =>
  ({ kind: 'quote', slug, url: `/quotes/#${slug}`, text, date: new Date(day) }) as Quote;

describe('feedItems', () => {
  it('lists stories and quotes together, newest first, with the lesson or the quote', () => {
    const items = feedItems(
      [story('old', '2026-01-02'), story('new', '2026-05-01')],
      [quote('mid', '2026-03-01', 'You listened.')],
    );
    expect(items.map((item) => item.link)).toEqual([
      '/stories/new/',
      '/quotes/#mid',
      '/stories/old/',
    ]);
    expect(items[0]?.description).toBe('Lesson of new');
    expect(items[1]).toMatchObject({ title: '“You listened.”', description: 'You listened.' });
  });
});

describe('quoteTitle', () => {
  it('shortens a long quote and names who said it', () => {
    const long = quote(
      'q',
      '2026-01-01',
      'one two three four five six seven eight nine ten eleven twelve thirteen',
    );
    long.attribution = 'A caller';
    expect(quoteTitle(long)).toBe(
      '“one two three four five six seven eight nine ten eleven twelve…” — A caller',
    );
  });
});
