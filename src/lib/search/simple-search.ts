/**
 * Search without WebAssembly, for engines that cannot run Pagefind's: its WASM uses reference
 * types (Chromium 96+), so on the Chromium 87 of LG webOS 22, BrightSign OS 9 and Qt 5 players
 * Pagefind does not load. The build writes the indexed fragments once more as one JSON file
 * (src/build/pagefind-index.ts), fetched only when Pagefind fails; this answers the same
 * questions over it, more simply: every word must appear, and every chosen filter must match.
 */
import type { PagefindFragment } from './search-query';

/** Beside Pagefind's own files in the built site. */
export const SIMPLE_INDEX_PATH = 'pagefind/simple-index.json';

export interface SimpleRecord {
  url: string;
  /** The indexed text, as Pagefind read it. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

const EXCERPT_WORDS = 26;

function wordsOf(term: string | null): string[] {
  return (term ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** About 26 words around the first match, escaped, with `<mark>` around each searched word. */
export function excerptFor(content: string, words: readonly string[]): string {
  const all = content.split(/\s+/).filter(Boolean);
  const first = all.findIndex((word) => words.some((w) => word.toLowerCase().includes(w)));
  const start = Math.max(0, Math.min(first - 8, all.length - EXCERPT_WORDS));
  return all
    .slice(start, start + EXCERPT_WORDS)
    .map((word) => {
      const escaped = escapeHtml(word);
      return words.some((w) => word.toLowerCase().includes(w))
        ? `<mark>${escaped}</mark>`
        : escaped;
    })
    .join(' ');
}

export function simpleSearch(
  records: readonly SimpleRecord[],
  term: string | null,
  filters: Readonly<Record<string, string>>,
): PagefindFragment[] {
  const words = wordsOf(term);
  const scored = records.flatMap((record) => {
    const matchesFilters = Object.entries(filters).every(([facet, value]) =>
      record.filters[facet]?.includes(value),
    );
    if (!matchesFilters) return [];
    const text = `${record.meta['title'] ?? ''} ${record.content}`.toLowerCase();
    if (!words.every((word) => text.includes(word))) return [];
    const score = words.reduce((sum, word) => sum + text.split(word).length - 1, 0);
    return [{ record, score }];
  });
  return scored
    .sort((a, b) => b.score - a.score)
    .map(({ record }) => ({
      url: record.url,
      excerpt: excerptFor(record.content, words),
      meta: record.meta,
      filters: record.filters,
    }));
}
