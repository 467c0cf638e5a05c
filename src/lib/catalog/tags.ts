/** Tags group personas, stories and quotes across kinds; each tag has a page. */
import { sitePath } from '../shared/site-path';
import { slugify } from '../shared/slug';

export interface Tag {
  slug: string;
  label: string;
  url: string;
}

export function tagUrl(slug: string): string {
  return sitePath(`/tags/${slug}/`);
}

/** `small-gestures` → `small gestures`: tags are stored as slugs and read as words. */
export function toTag(name: string): Tag {
  const slug = slugify(name);
  return { slug, label: slug.replace(/-/g, ' '), url: tagUrl(slug) };
}

export interface Tagged {
  tags: readonly Tag[];
}

export interface TagIndexEntry<Item> {
  tag: Tag;
  items: Item[];
}

/** Every tag in use with the items carrying it, most used first, then alphabetical. */
export function indexByTag<Item extends Tagged>(items: readonly Item[]): TagIndexEntry<Item>[] {
  const index = new Map<string, TagIndexEntry<Item>>();
  for (const item of items) {
    for (const tag of item.tags) {
      const entry = index.get(tag.slug) ?? { tag, items: [] };
      entry.items.push(item);
      index.set(tag.slug, entry);
    }
  }
  return [...index.values()].sort(
    (a, b) => b.items.length - a.items.length || a.tag.slug.localeCompare(b.tag.slug),
  );
}
