/** The one place the site reads content: the collections, shaped once into the catalog. */
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog/catalog';
import { storyRecordings } from './recordings';

let catalog: Promise<Catalog> | undefined;

/** The build date decides expiry; every page of one build sees the same catalog. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= (async () => {
    const stories = await getCollection('stories');
    return buildCatalog(
      {
        personas: await getCollection('personas'),
        quotes: await getCollection('quotes'),
        stories,
      },
      new Date(),
      await storyRecordings(stories),
    );
  })();
  return catalog;
}
