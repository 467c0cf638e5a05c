/** /share-items.json: every live story and quote, for `npm run notify` to compare with what was sent. */
import type { APIContext } from 'astro';
import { getCatalog } from '../data/site-catalog';
import type { ShareItem } from '../lib/sharing/notify';
import { routes } from '../lib/catalog/routes';

export async function GET(context: APIContext) {
  const catalog = await getCatalog();
  const absolute = (url: string) => (context.site ? new URL(url, context.site).href : url);
  const items: ShareItem[] = [
    ...catalog.stories.map((story) => ({
      id: `story:${story.slug}`,
      title: story.title,
      link: absolute(story.url),
      summary: story.lesson,
    })),
    ...catalog.quotes.map((quote) => ({
      id: `quote:${quote.slug}`,
      title: quote.persona ? `A quote from ${quote.persona.name}` : 'A customer quote',
      // The quote's own page, not its place on the wall: a link to it unfolds into its card.
      link: absolute(routes.quotePage(quote.slug)),
      summary: quote.text,
    })),
  ];
  return new Response(JSON.stringify(items, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
}
