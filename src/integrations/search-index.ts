/**
 * Builds the Pagefind search index once the site is built, into <build dir>/pagefind/. It indexes
 * the pages marked with data-pagefind-body (personas and stories) and one custom record per quote,
 * read from the hand-off file that src/pages/search-records.json.ts wrote from the catalog; the
 * hand-off file is removed so it is not published. Any Pagefind error fails the build.
 *
 * The build writes to a temporary directory that scripts/build.mjs swaps in afterwards, so the
 * index is written to the directory the hook is given, never to a fixed dist/.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { parseSearchRecords, SEARCH_RECORDS_FILE } from '../lib/search-index';

/**
 * Pagefind's ready-made search interfaces: the site uses its JS API with its own island
 * (src/components/browse/SearchPage.svelte), so these ~430 kB are not published.
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
  if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'customer-room:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const recordsFile = path.join(site, SEARCH_RECORDS_FILE);
        const records = parseSearchRecords(await readFile(recordsFile, 'utf8'));
        await rm(recordsFile);
        try {
          const { index, errors } = await pagefind.createIndex({
            forceLanguage: 'en',
            // Monograms are initials drawn in SVG: nothing anyone searches for.
            excludeSelectors: ['svg'],
          });
          check('creating the index', errors);
          if (!index) throw new Error('Search index: Pagefind returned no index');
          const pages = await index.addDirectory({ path: site });
          check('indexing the pages', pages.errors);
          for (const record of records) {
            check(`indexing ${record.url}`, (await index.addCustomRecord(record)).errors);
          }
          const outputPath = path.join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath });
          check('writing the index', written.errors);
          await Promise.all(
            UNUSED_UI_FILES.map((file) => rm(path.join(outputPath, file), { force: true })),
          );
          logger.info(
            `Read ${pages.page_count} pages (indexing those marked for search) and ${records.length} quotes.`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
