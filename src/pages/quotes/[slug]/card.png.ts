/** /quotes/<slug>/card.png: the picture a shared link to the quote unfolds into (the quote, and who said it). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCardPaths, shareCardResponse } from '../../../build/share-card-image';
import { getCatalog } from '../../../data/site-catalog';
import { quoteCard, type QuoteCardLayout } from '../../../lib/sharing/card-layout';

// Drawn in the background from here on, while Astro renders the pages before these.
export const getStaticPaths = (async () =>
  shareCardPaths((await getCatalog()).quotes, quoteCard)) satisfies GetStaticPaths;

export const GET: APIRoute<{ layout: QuoteCardLayout }> = ({ props }) =>
  shareCardResponse(props.layout);
