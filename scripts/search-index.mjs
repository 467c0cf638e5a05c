// node scripts/search-index.mjs <site-folder>: builds the Pagefind search index into a built site
// (<site-folder>/pagefind/). scripts/build.mjs runs it once `astro build` has exited; the logic,
// and why it runs apart from Astro, is in src/build/search-index.ts.
import path from 'node:path';
import { importProjectModule } from './project-module.mjs';

const [site] = process.argv.slice(2);
if (!site || site.startsWith('-')) {
  console.log('Usage: node scripts/search-index.mjs <site-folder>');
  process.exit(site === '--help' || site === '-h' ? 0 : 1);
}

try {
  const { writeSearchIndex } = await importProjectModule('src/build/pagefind-index.ts');
  const { pages, quotes } = await writeSearchIndex(path.resolve(site));
  console.log(`Search index: read ${pages} pages marked for search and ${quotes} quotes.`);
} catch (error) {
  console.error(
    `The search index could not be built: ${error instanceof Error ? error.message : error}`,
  );
  if (process.env.DEBUG) console.error(error);
  process.exitCode = 1;
}
