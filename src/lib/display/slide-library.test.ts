import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_TIMEOUT_MS, KEEP_CHUNKS, SlideLibrary } from './slide-library';
import {
  chunkUrl,
  readWallIndex,
  splitWallData,
  type SlideEntry,
  type WallData,
} from './wall-data';
import { DEFAULT_PLAYLIST } from './plans';

const INDEX_URL = '/display/wall.json?v=7';
const CHUNK = 3;

/** A wall of `count` quotes, split into chunks of CHUNK, served from memory. */
function wall(count: number, broken: Record<number, string> = {}) {
  const data = {
    plan: DEFAULT_PLAYLIST.plan,
    slides: Array.from({ length: count }, (_, n) => ({
      id: `quotes/q${n}`,
      kind: 'quote',
      tags: [],
      channels: [],
      featured: false,
      seconds: 10,
      size: 'l',
      url: `/quotes/q${n}/`,
      text: `Quote number ${n}`,
    })),
  } as unknown as WallData;
  const { index, chunks } = splitWallData(data, CHUNK);
  const asked: string[] = [];
  const fetchFile = (url: string) => {
    asked.push(url);
    const number = chunks.findIndex((_, n) => chunkUrl(INDEX_URL, n) === url);
    const body = broken[number] ?? JSON.stringify(chunks[number]);
    return Promise.resolve(new Response(body, { status: number === -1 ? 404 : 200 }));
  };
  const read = readWallIndex(INDEX_URL, JSON.stringify(index));
  const entry = (at: number) => {
    const found = read.slides[at];
    if (!found) throw new Error(`no slide ${at}`);
    return found;
  };
  return { entry, read, library: new SlideLibrary(read, INDEX_URL, fetchFile), asked };
}

describe('the slides’ text on the screen', () => {
  it('finds a slide in the chunk its place in the index names', async () => {
    const { entry, library, asked } = wall(10);
    const seventh = entry(7);
    expect(library.chunkOf(seventh)).toBe(2);
    expect(library.ready(seventh)).toBeUndefined();
    await expect(library.load(seventh)).resolves.toMatchObject({
      id: 'quotes/q7',
      kind: 'quote',
      text: 'Quote number 7',
    });
    expect(asked).toEqual(['/display/wall-2.json?v=7']);
    expect(library.ready(entry(6))).toMatchObject({ text: 'Quote number 6' });
  });

  it('fetches the chunks of the slides coming up once each, before their turn', async () => {
    const { entry, library, asked } = wall(10);
    const [a, b, c, d] = [0, 1, 4, 9].map(entry) as [
      SlideEntry,
      SlideEntry,
      SlideEntry,
      SlideEntry,
    ];
    library.prefetch([a, b, c]);
    library.prefetch([b, c, d]);
    await library.load(d);
    expect(asked).toEqual([
      '/display/wall-0.json?v=7',
      '/display/wall-1.json?v=7',
      '/display/wall-3.json?v=7',
    ]);
    expect(library.ready(c)).toMatchObject({ text: 'Quote number 4' });
  });

  it('keeps only the last few chunks in memory, however long the wall plays', async () => {
    const { entry, library, asked } = wall(CHUNK * (KEEP_CHUNKS + 2));
    for (let chunk = 0; chunk < KEEP_CHUNKS + 2; chunk++) await library.load(entry(chunk * CHUNK));
    expect(library.ready(entry(0))).toBeUndefined();
    expect(library.ready(entry(CHUNK * (KEEP_CHUNKS + 1)))).toBeDefined();
    await library.load(entry(0));
    expect(asked.filter((url) => url === '/display/wall-0.json?v=7')).toHaveLength(2);
  });

  it('says which file failed and how, and reads the other chunks on', async () => {
    const { entry, library } = wall(9, { 1: '{"slides":[{"text":"cut' });
    await expect(library.load(entry(4))).rejects.toThrow(
      '/display/wall-1.json?v=7 is not valid JSON (cut short by a deploy?)',
    );
    await expect(library.load(entry(7))).resolves.toMatchObject({ text: 'Quote number 7' });
  });

  it('says so when a chunk lacks the slide the index places in it', async () => {
    const { entry, library } = wall(6, { 1: '{"slides":[{"text":"only one"}]}' });
    await expect(library.load(entry(5))).rejects.toThrow(
      '/display/wall-1.json?v=7 has no text for quotes/q5',
    );
  });

  describe('a chunk that never arrives', () => {
    afterEach(() => vi.useRealTimers());

    it('fails after a while, saying so, so that the rotation skips its slides', async () => {
      vi.useFakeTimers();
      const { entry, read } = wall(6);
      const library = new SlideLibrary(
        read,
        INDEX_URL,
        () => new Promise<Response>(() => undefined),
      );
      const loading = library.load(entry(4));
      const settled = vi.fn();
      loading.catch(settled);
      await vi.advanceTimersByTimeAsync(CHUNK_TIMEOUT_MS - 1);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      await expect(loading).rejects.toThrow('/display/wall-1.json?v=7 did not arrive within 15 s');
    });
  });
});
