/**
 * Loads Pagefind's own search API from the built site (<base>pagefind/pagefind.js, written by
 * src/build/pagefind-index.ts) the first time a search runs, never before. Only what the
 * search island uses is typed here.
 */
import type { PagefindFragment } from '../../lib/search/search-query';
import { sitePath } from '../../lib/shared/site-path';

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<PagefindSearch | null>;
}

const PAGEFIND_URL = sitePath('/pagefind/pagefind.js');

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    // Pagefind's index holds each page's place in the site; results get the base path from here.
    await pagefind.options({ baseUrl: sitePath('/'), excerptLength: 26 });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    // Let a later search try again (say, after a flaky network on a wall screen).
    loading = undefined;
    throw error;
  });
  return loading;
}
