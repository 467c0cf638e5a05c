/** /feed.xml: new stories and quotes for feed readers and chat integrations (RSS 2.0). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCatalog } from '../data/site-catalog';
import { feedItems } from '../lib/sharing/feed-items';

export async function GET(context: APIContext) {
  const catalog = await getCatalog();
  // Feed readers need absolute links: set SITE_URL when building for a real address.
  const site = context.site ?? new URL('http://localhost:4321/');
  // Absolute already, so @astrojs/rss keeps a quote's #anchor as it is (it would add a slash).
  const items = feedItems(catalog.stories, catalog.quotes).map((item) => ({
    ...item,
    link: new URL(item.link, site).href,
  }));
  return rss({
    title: 'Customer Room',
    description: 'New call stories and customer quotes from the contact center.',
    site,
    items,
  });
}
