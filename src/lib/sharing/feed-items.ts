/**
 * What /feed.xml carries: every live story and quote, newest first, each with the lesson or the
 * quote as its summary. Expired items are already out of the catalog, so they leave the feed.
 */
import type { Quote, Story } from '../catalog/catalog';

export interface FeedItem {
  title: string;
  /** The item's address on the site (relative; the feed makes it absolute). */
  link: string;
  pubDate: Date;
  description: string;
}

/** How much of a quote names its feed entry. */
const QUOTE_TITLE_WORDS = 12;

export function quoteTitle(quote: Quote): string {
  const words = quote.text.split(/\s+/).filter(Boolean);
  const start = words.slice(0, QUOTE_TITLE_WORDS).join(' ');
  const said = words.length > QUOTE_TITLE_WORDS ? `${start}…` : start;
  const who = quote.persona?.name ?? quote.attribution;
  return who ? `“${said}” — ${who}` : `“${said}”`;
}

export function feedItems(stories: readonly Story[], quotes: readonly Quote[]): FeedItem[] {
  const items: FeedItem[] = [
    ...stories.map((story) => ({
      title: story.title,
      link: story.url,
      pubDate: story.date,
      description: story.lesson,
    })),
    ...quotes.map((quote) => ({
      title: quoteTitle(quote),
      link: quote.url,
      pubDate: quote.date,
      description: quote.text,
    })),
  ];
  return items.sort(
    (a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link),
  );
}
