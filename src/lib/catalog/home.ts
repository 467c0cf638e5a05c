/** What the home page shows: featured stories first, the persona gallery, a few quotes. */
import type { Catalog, Quote, Story } from './catalog';

export const HOME_QUOTES = 6;
export const HOME_STORIES = 4;

export interface HomeSections {
  /** Featured stories, newest first; filled with the newest others when fewer are featured. */
  leadStories: Story[];
  quotes: Quote[];
}

/**
 * One quote per persona where possible, so the home page shows many faces; quotes linked to a
 * persona come before anonymous ones, newest first within each.
 */
function varietyOfQuotes(quotes: readonly Quote[], count: number): Quote[] {
  const chosen: Quote[] = [];
  const voices = new Set<string>();
  const withFacesFirst = [...quotes].sort((a, b) => Number(!a.persona) - Number(!b.persona));
  for (const quote of withFacesFirst) {
    const voice = quote.persona?.slug ?? `anonymous:${quote.slug}`;
    if (voices.has(voice)) continue;
    voices.add(voice);
    chosen.push(quote);
    if (chosen.length === count) return chosen;
  }
  const rest = withFacesFirst.filter((quote) => !chosen.includes(quote));
  return [...chosen, ...rest].slice(0, count);
}

export function homeSections(catalog: Pick<Catalog, 'stories' | 'quotes'>): HomeSections {
  const featured = catalog.stories.filter((story) => story.featured);
  const others = catalog.stories.filter((story) => !story.featured);
  return {
    leadStories: [...featured, ...others].slice(0, Math.max(HOME_STORIES, featured.length)),
    quotes: varietyOfQuotes(catalog.quotes, HOME_QUOTES),
  };
}
