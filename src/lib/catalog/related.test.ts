import { describe, expect, it } from 'vitest';
import { relatedness, relatedStories } from './related';

interface TestStory {
  slug: string;
  date: Date;
  persona?: { slug: string };
  tags: { slug: string }[];
}

const story = (slug: string, date: string, persona: string | undefined, ...tags: string[]) => {
  const result: TestStory = {
    slug,
    date: new Date(`${date}T00:00:00Z`),
    tags: tags.map((tag) => ({ slug: tag })),
  };
  if (persona) result.persona = { slug: persona };
  return result;
};
const slugs = (stories: readonly TestStory[]) => stories.map(({ slug }) => slug);

const current = story('current', '2026-03-01', 'maria', 'bereavement', 'coaching');

describe('relatedness', () => {
  it('scores the same persona above one shared tag', () => {
    const samePersona = story('same-persona', '2026-01-01', 'maria');
    const oneTag = story('one-tag', '2026-01-01', 'walter', 'coaching');
    expect(relatedness(current, samePersona)).toBeGreaterThan(relatedness(current, oneTag));
  });

  it('scores zero when nothing is shared, including two stories without a persona', () => {
    expect(
      relatedness(
        story('a', '2026-01-01', undefined, 'x'),
        story('b', '2026-01-01', undefined, 'y'),
      ),
    ).toBe(0);
  });
});

describe('relatedStories', () => {
  it('puts a story about the same persona ahead of one that shares a tag', () => {
    const stories = [
      story('one-tag', '2026-02-01', 'walter', 'coaching'),
      story('same-persona', '2025-01-01', 'maria'),
    ];
    expect(slugs(relatedStories(current, stories))).toEqual(['same-persona', 'one-tag']);
  });

  it('ranks two shared tags above one', () => {
    const stories = [
      story('one-tag', '2026-02-01', undefined, 'coaching'),
      story('two-tags', '2025-01-01', undefined, 'coaching', 'bereavement'),
    ];
    expect(slugs(relatedStories(current, stories))).toEqual(['two-tags', 'one-tag']);
  });

  it('leaves out stories with nothing in common', () => {
    const stories = [
      story('unrelated', '2026-02-01', 'walter', 'billing'),
      story('related', '2026-02-01', undefined, 'coaching'),
    ];
    expect(slugs(relatedStories(current, stories))).toEqual(['related']);
  });

  it('never lists the story itself', () => {
    expect(
      slugs(relatedStories(current, [current, story('other', '2026-01-01', 'maria')])),
    ).toEqual(['other']);
  });

  it('shows at most three', () => {
    const stories = ['a', 'b', 'c', 'd', 'e'].map((slug) => story(slug, '2026-01-01', 'maria'));
    expect(relatedStories(current, stories)).toHaveLength(3);
    expect(relatedStories(current, stories, 2)).toHaveLength(2);
  });

  it('shows the newer story first when two are equally related', () => {
    const stories = [
      story('older', '2025-06-01', undefined, 'coaching'),
      story('newest', '2026-02-01', undefined, 'bereavement'),
      story('middle', '2025-09-01', undefined, 'coaching'),
    ];
    expect(slugs(relatedStories(current, stories))).toEqual(['newest', 'middle', 'older']);
  });
});
