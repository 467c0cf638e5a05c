/**
 * Build-time hand-off, not a published file: every quote as a Pagefind record. Quotes have no
 * page of their own, so src/build/pagefind-index.ts indexes these records (each pointing at the
 * quote's anchor on the quote wall) after the Astro build and then deletes this file from it.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/site-catalog';
import { quoteRecord } from '../lib/search/search-records';

export const GET: APIRoute = async () => {
  const { quotes } = await getCatalog();
  return new Response(JSON.stringify(quotes.map(quoteRecord)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
