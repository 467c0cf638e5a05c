/**
 * Loads Pagefind's own search API from the built site (<base>pagefind/pagefind.js, written by
 * src/build/pagefind-index.ts) the first time a search runs, never before. Only what the
 * search island uses is typed here.
 */
import type { PagefindFragment } from '../../lib/search/search-query';
import { sitePath } from '../../lib/shared/site-path';
import { SIMPLE_INDEX_PATH, simpleSearch, type SimpleRecord } from '../../lib/search/simple-search';

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

/** The same answers without WebAssembly, for Chromium before 96 (lib/search/simple-search.ts). */
async function loadSimpleSearch(): Promise<Pagefind> {
  const url = sitePath(`/${SIMPLE_INDEX_PATH}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const records = (await response.json()) as SimpleRecord[];
  return {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    search: (term, options) =>
      Promise.resolve({
        results: simpleSearch(records, term, options?.filters ?? {}).map((fragment) => ({
          id: fragment.url,
          // Pagefind's own results get the base path from its baseUrl option; these from here.
          data: () => Promise.resolve({ ...fragment, url: sitePath(fragment.url) }),
        })),
      }),
  };
}

async function loadPagefindItself(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
  // Pagefind's index holds each page's place in the site; results get the base path from here.
  await pagefind.options({ baseUrl: sitePath('/'), excerptLength: 26 });
  await pagefind.init();
  // init() loads the index, not the WebAssembly: a first search proves that runs here.
  await pagefind.search('a');
  return pagefind;
}

/**
 * The smallest WebAssembly module with two tables: engines without reference types (Chromium
 * before 96) refuse it, and would refuse Pagefind's too.
 */
const TWO_TABLES = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 4, 7, 2, 0x70, 0, 0, 0x70, 0, 0];

function canRunPagefind(): boolean {
  try {
    return WebAssembly.validate(new Uint8Array(TWO_TABLES));
  } catch {
    return false;
  }
}

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (canRunPagefind() ? loadPagefindItself() : Promise.reject(new Error('no WASM')))
    .catch(() => loadSimpleSearch())
    .catch((error: unknown) => {
      // Let a later search try again (say, after a flaky network on a wall screen).
      loading = undefined;
      throw error;
    });
  return loading;
}
