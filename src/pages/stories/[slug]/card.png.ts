/** /stories/<slug>/card.png: the picture a shared link to the story unfolds into (its title and lesson). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { prepareShareCards, shareCardResponse } from '../../../build/share-card-image';
import { getCatalog } from '../../../data/site-catalog';
import { storyCard, type StoryCardLayout } from '../../../lib/sharing/card-layout';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  const paths = catalog.stories.map((story) => ({
    params: { slug: story.slug },
    props: { layout: storyCard(story) },
  }));
  // Drawn in the background from now on, while Astro renders the pages before these.
  prepareShareCards(paths.map((path) => path.props.layout));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ layout: StoryCardLayout }> = ({ props }) =>
  shareCardResponse(props.layout);
