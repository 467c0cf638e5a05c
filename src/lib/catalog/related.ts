/**
 * Related stories: the same persona counts most, then each shared tag; newer stories break
 * ties so a coach finds the freshest example first.
 */

export interface Relatable {
  slug: string;
  date: Date;
  persona?: { slug: string } | undefined;
  tags: readonly { slug: string }[];
}

const SAME_PERSONA = 3;
const SHARED_TAG = 1;

export function relatedness(a: Relatable, b: Relatable): number {
  const samePersona = a.persona && b.persona && a.persona.slug === b.persona.slug;
  const bTags = new Set(b.tags.map((tag) => tag.slug));
  const sharedTags = a.tags.filter((tag) => bTags.has(tag.slug)).length;
  return (samePersona ? SAME_PERSONA : 0) + sharedTags * SHARED_TAG;
}

export function relatedStories<Story extends Relatable>(
  story: Relatable,
  stories: readonly Story[],
  limit = 3,
): Story[] {
  return stories
    .filter((other) => other.slug !== story.slug)
    .map((other) => ({ other, score: relatedness(story, other) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.other.date.getTime() - a.other.date.getTime())
    .slice(0, limit)
    .map(({ other }) => other);
}
