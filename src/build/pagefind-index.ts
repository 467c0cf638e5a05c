/**
 * Builds the Pagefind search index into a built site, <site>/pagefind/: the pages marked with
 * data-pagefind-body (persona and story pages) and one custom record per quote, read from the
 * hand-off file that src/pages/search-records.json.ts wrote from the catalog. The hand-off file is
 * removed so it is not published. Any Pagefind error fails the step.
 *
 * scripts/build.mjs runs this (through scripts/search-index.mjs) as its own step once `astro build`
 * has exited, not inside Astro's build: Pagefind's indexer binary then never runs alongside
 * Astro's process, so the build's peak memory is the larger of the two instead of their sum.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { parseSearchRecords, SEARCH_RECORDS_FILE } from '../lib/search/search-records';
import { SIMPLE_INDEX_PATH, type SimpleRecord } from '../lib/search/simple-search';

/**
 * The only pages that mark themselves with data-pagefind-body: src/pages/personas/[slug].astro
 * and src/pages/stories/[slug].astro. Pagefind indexes only marked pages anyway once one exists;
 * reading just these spares it parsing every other page. A page that starts marking itself for
 * search must be added here.
 */
const MARKED_PAGES = '{personas,stories}/*/index.html';

/**
 * Pagefind's ready-made search interfaces: the site uses its JS API with its own island
 * (src/components/search/SearchPage.svelte), so these ~430 kB are not published.
 */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function check(step: string, errors: readonly string[]) {
  if (errors.length > 0) throw new Error(`Pagefind: ${step} failed:\n${errors.join('\n')}`);
}

async function readRecords(site: string) {
  const recordsFile = path.join(site, SEARCH_RECORDS_FILE);
  let json: string;
  try {
    json = await readFile(recordsFile, 'utf8');
  } catch {
    throw new Error(`${recordsFile} is missing: the site build did not write the quote records`);
  }
  const records = parseSearchRecords(json);
  await rm(recordsFile);
  return records;
}

/**
 * The indexed fragments once more as one file, for engines that cannot run Pagefind's
 * WebAssembly (src/lib/search/simple-search.ts). Only they ever fetch it.
 */
async function writeSimpleIndex(outputPath: string) {
  const folder = path.join(outputPath, 'fragment');
  const records: SimpleRecord[] = [];
  // An empty room indexes nothing, and Pagefind then writes no fragment folder.
  const files = await readdir(folder).catch(() => [] as string[]);
  for (const file of files.sort()) {
    const text = gunzipSync(await readFile(path.join(folder, file))).toString('utf8');
    const { url, content, meta, filters } = JSON.parse(
      text.slice(text.indexOf('{')),
    ) as SimpleRecord;
    records.push({ url, content, meta, filters });
  }
  await writeFile(path.join(outputPath, '..', SIMPLE_INDEX_PATH), JSON.stringify(records));
}

/** Indexes the built site in `site` and writes the index into its pagefind/ folder. */
export async function writeSearchIndex(site: string): Promise<{ pages: number; quotes: number }> {
  const records = await readRecords(site);
  try {
    const { index, errors } = await pagefind.createIndex({
      forceLanguage: 'en',
      // Monograms are initials drawn in SVG: nothing anyone searches for.
      excludeSelectors: ['svg'],
    });
    check('creating the index', errors);
    if (!index) throw new Error('Pagefind returned no index');
    const pages = await index.addDirectory({ path: site, glob: MARKED_PAGES });
    check('indexing the pages', pages.errors);
    for (const record of records) {
      check(`indexing ${record.url}`, (await index.addCustomRecord(record)).errors);
    }
    const outputPath = path.join(site, 'pagefind');
    check('writing the index', (await index.writeFiles({ outputPath })).errors);
    await Promise.all(
      UNUSED_UI_FILES.map((file) => rm(path.join(outputPath, file), { force: true })),
    );
    await writeSimpleIndex(outputPath);
    return { pages: pages.page_count, quotes: records.length };
  } finally {
    await pagefind.close();
  }
}
