/**
 * What goes into the Pagefind index, built from the catalog. Persona and story pages are indexed
 * from their HTML (marked with data-pagefind-body and carrying the filters below); quotes have no
 * page of their own, so each becomes a custom record pointing at its anchor on the quote wall.
 *
 * Hand-off at build time: src/pages/search-records.json.ts writes the quote records next to the
 * built pages; src/build/pagefind-index.ts (run by scripts/build.mjs once Astro has finished) reads
 * them, indexes them, and removes the file.
 */
import type { Persona, Quote, Story } from '../catalog/catalog';
import type { Kind } from '../lists/facets';
import type { SearchFacet } from './search-query';
import type { Source } from '../catalog/vocabulary';
import { pathInSite } from '../shared/site-path';

export type SearchFacets = { kind: readonly [Kind] } & Partial<
  Record<Exclude<SearchFacet, 'kind'>, readonly string[]>
>;

export const SEARCH_RECORDS_FILE = 'search-records.json';

export function storyFacets(story: Story): SearchFacets {
  return {
    kind: ['story'],
    tag: story.tags.map((tag) => tag.slug),
    persona: story.persona ? [story.persona.slug] : [],
    channel: [story.channel],
  };
}

export function personaFacets(persona: Persona): SearchFacets {
  return {
    kind: ['persona'],
    tag: persona.tags.map((tag) => tag.slug),
    persona: [persona.slug],
    channel: persona.channels,
  };
}

export function quoteFacets(quote: Quote): SearchFacets {
  return {
    kind: ['quote'],
    tag: quote.tags.map((tag) => tag.slug),
    persona: quote.persona ? [quote.persona.slug] : [],
  };
}

/** `data-pagefind-filter` values, one per facet value: `kind:story`, `tag:bereavement`. */
export function filterAttributes(facets: SearchFacets): string[] {
  return Object.entries(facets).flatMap(([facet, values]) =>
    (values ?? []).map((value) => `${facet}:${value}`),
  );
}

const SAID: Record<Source, string> = {
  call: 'on a call',
  chat: 'in a chat',
  email: 'by email',
  survey: 'in a survey',
  review: 'in a review',
  social: 'on social media',
  interview: 'in an interview',
};

/**
 * A quote result's heading, who said it and how: `Ruth Lindqvist, in a review`. An attribution
 * already says it its own way (`Traveller, app store review`), so it stands alone.
 */
export function quoteTitle(quote: Quote): string {
  if (quote.persona) return `${quote.persona.name}, ${SAID[quote.source]}`;
  return quote.attribution ?? `A customer, ${SAID[quote.source]}`;
}

/** The shape Pagefind's `index.addCustomRecord()` takes. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function quoteRecord(quote: Quote): SearchRecord {
  return {
    // Pagefind keeps each result's place in the site and adds the base path it is loaded from
    // (src/components/search/pagefind.ts), as it does for the pages it reads from the build.
    url: pathInSite(quote.url),
    // The words, then who said them, as a quote is read: `… That matters. — Hotel guest`.
    content: quote.attribution ? `${quote.text} — ${quote.attribution}` : quote.text,
    language: 'en',
    meta: { title: quoteTitle(quote) },
    filters: Object.fromEntries(
      Object.entries(quoteFacets(quote))
        .filter(([, values]) => values.length > 0)
        .map(([facet, values]) => [facet, [...values]]),
    ),
  };
}

function isStringRecord(value: unknown, each: (entry: unknown) => boolean) {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(each)
  );
}

/** Reads the hand-off file, refusing anything that is not a list of records. */
export function parseSearchRecords(json: string): SearchRecord[] {
  const data: unknown = JSON.parse(json);
  if (!Array.isArray(data)) throw new Error(`${SEARCH_RECORDS_FILE} is not a list of records`);
  return data.map((record: unknown, index) => {
    const valid =
      typeof record === 'object' &&
      record !== null &&
      'url' in record &&
      typeof record.url === 'string' &&
      'content' in record &&
      typeof record.content === 'string' &&
      'language' in record &&
      typeof record.language === 'string' &&
      'meta' in record &&
      isStringRecord(record.meta, (entry) => typeof entry === 'string') &&
      'filters' in record &&
      isStringRecord(
        record.filters,
        (entry) => Array.isArray(entry) && entry.every((value) => typeof value === 'string'),
      );
    if (!valid) throw new Error(`${SEARCH_RECORDS_FILE}: record ${index} is malformed`);
    return record as SearchRecord;
  });
}
