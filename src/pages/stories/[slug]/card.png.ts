/** /stories/<slug>/card.png: the picture a shared link to the story unfolds into (its title and lesson). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCardPaths, shareCardResponse } from '../../../build/share-card-image';
import { getCatalog } from '../../../data/site-catalog';
import { storyCard, type StoryCardLayout } from '../../../lib/sharing/card-layout';

// Drawn in the background from here on, while Astro renders the pages before these.
export const getStaticPaths = (async () =>
  shareCardPaths((await getCatalog()).stories, storyCard)) satisfies GetStaticPaths;

export const GET: APIRoute<{ layout: StoryCardLayout }> = ({ props }) =>
  shareCardResponse(props.layout);
