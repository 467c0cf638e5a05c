/** /quotes/<slug>/card.png: the picture a shared link to the quote unfolds into (the quote, and who said it). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { prepareShareCards, shareCardResponse } from '../../../build/share-card-image';
import { getCatalog } from '../../../data/site-catalog';
import { quoteCard, type QuoteCardLayout } from '../../../lib/sharing/card-layout';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  const paths = catalog.quotes.map((quote) => ({
    params: { slug: quote.slug },
    props: { layout: quoteCard(quote) },
  }));
  // Drawn in the background from now on, while Astro renders the pages before these.
  prepareShareCards(paths.map((path) => path.props.layout));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ layout: QuoteCardLayout }> = ({ props }) =>
  shareCardResponse(props.layout);
