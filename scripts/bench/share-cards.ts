/**
 * The share cards' own cost, apart from the rest of the build: draws the cards of N generated
 * items (scripts/bench/generate-content.ts) into an empty cache, the way the build does (two at
 * a time), then asks for them again from the cache. Run with the project's Node:
 *
 *   node scripts/bench/share-cards.ts 1000
 *
 * Prints the cards' count, the wall-clock and processor time of each pass and the cards' size.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { quoteCard, storyCard, type CardLayout } from '../../src/lib/sharing/card-layout.ts';
import { generateContent } from './generate-content.ts';

const total = Number(process.argv[2] ?? 1000);
const cache = mkdtempSync(path.join(tmpdir(), 'customer-room-card-bench-'));
// Before the renderer is loaded: it reads where its cache is once.
process.env.SHARE_CARD_CACHE = cache;
const { prepareShareCards, shareCardImage } = await import('../../src/build/share-card-image.ts');

/** A generated file's front matter and body (front-matter.ts needs Vite, for its error class). */
function readFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
  return { data: (load(yaml) ?? {}) as Record<string, unknown>, body };
}

const { files } = generateContent(total, 1);
const names = new Map<string, string>();
const layouts: CardLayout[] = [];
for (const file of files) {
  if (!file.text || !file.path.endsWith('.md')) continue;
  const { data } = readFrontMatter(file.text);
  if (file.path.startsWith('personas/'))
    names.set(path.basename(file.path, '.md'), String(data.name));
}
for (const file of files) {
  if (!file.text || !file.path.endsWith('.md')) continue;
  const { data, body } = readFrontMatter(file.text);
  const persona = typeof data.persona === 'string' ? names.get(data.persona) : undefined;
  if (file.path.startsWith('stories/')) {
    layouts.push(storyCard({ title: String(data.title), lesson: String(data.lesson) }));
  } else if (file.path.startsWith('quotes/')) {
    layouts.push(
      quoteCard({ text: body.trim(), persona: persona ? { name: persona } : undefined }),
    );
  }
}

async function pass(label: string) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  prepareShareCards(layouts);
  let bytes = 0;
  for (const layout of layouts) bytes += (await shareCardImage(layout)).length;
  const seconds = (performance.now() - start) / 1000;
  // Processor time of every thread (sharp's too): on a busy machine, closer to the cost than the clock.
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(
    `${label}: ${layouts.length} cards in ${seconds.toFixed(1)} s (${((seconds * 1000) / layouts.length).toFixed(1)} ms a card), ${cpuSeconds.toFixed(1)} s of CPU, ${(bytes / 1e6).toFixed(1)} MB; load ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  );
}

try {
  console.log(`${total} items`);
  await pass('drawn (empty cache)');
  await pass('from the cache');
} finally {
  rmSync(cache, { recursive: true, force: true });
}
