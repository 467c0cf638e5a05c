/**
 * The slides' text on a wall screen: fetched a chunk at a time as slides come up (the index says
 * which chunk holds a slide), and a few slides ahead so that the next one is there when its turn
 * comes. Only the last KEEP_CHUNKS chunks stay in memory, so a screen that plays for weeks holds
 * a few dozen slides' text, not the whole catalogue; a chunk that failed is forgotten the same
 * way, and fetched again when its slides come round later.
 */
import type { Slide } from './slides';
import {
  chunkUrl,
  joinSlide,
  loadChunk,
  type SlideEntry,
  type SlideText,
  type WallIndex,
} from './wall-data';

/** Chunks kept in memory: the look-ahead's, the one showing and a few for ← (previous). */
export const KEEP_CHUNKS = 8;

/**
 * A chunk that has not arrived by then has failed: the rotation holds for a slide whose text is
 * coming, so a request that never answers (a stalled network, a proxy holding the connection)
 * would otherwise hold the screen on one slide. Its slides are skipped, as a broken chunk's are.
 */
export const CHUNK_TIMEOUT_MS = 15_000;

function withinTime<T>(promise: Promise<T>, url: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${url} did not arrive within ${CHUNK_TIMEOUT_MS / 1000} s`)),
      CHUNK_TIMEOUT_MS,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

interface Chunk {
  loading: Promise<SlideText[]>;
  texts?: SlideText[];
}

export class SlideLibrary {
  #index: WallIndex;
  #indexUrl: string;
  #fetchFile: (url: string) => Promise<Response>;
  /** In the order they were last used: the first is the one to forget. */
  #chunks = new Map<number, Chunk>();

  constructor(
    index: WallIndex,
    indexUrl: string,
    fetchFile: (url: string) => Promise<Response> = (url) => fetch(url),
  ) {
    this.#index = index;
    this.#indexUrl = indexUrl;
    this.#fetchFile = fetchFile;
  }

  /** The chunk file that holds a slide's text. */
  chunkOf(entry: SlideEntry): number {
    return Math.floor(entry.at / this.#index.chunkSize);
  }

  /** The whole slide at once when its chunk is here, else undefined (then `load` it). */
  ready(entry: SlideEntry): Slide | undefined {
    const texts = this.#chunks.get(this.chunkOf(entry))?.texts;
    return texts && this.#join(entry, texts);
  }

  /** The whole slide; rejects, saying which file failed and how, when its text cannot be read. */
  async load(entry: SlideEntry): Promise<Slide> {
    return this.#join(entry, await this.#chunk(this.chunkOf(entry)).loading);
  }

  /** Starts fetching the chunks of the slides coming up; a failure waits for `load` to say so. */
  prefetch(entries: readonly SlideEntry[]): void {
    for (const entry of entries) this.#chunk(this.chunkOf(entry)).loading.catch(() => undefined);
  }

  #join(entry: SlideEntry, texts: SlideText[]): Slide {
    const text = texts[entry.at % this.#index.chunkSize];
    if (!text) {
      const url = chunkUrl(this.#indexUrl, this.chunkOf(entry));
      throw new Error(`${url} has no text for ${entry.id}`);
    }
    return joinSlide(this.#index, entry, text);
  }

  #chunk(number: number): Chunk {
    const known = this.#chunks.get(number);
    if (known) {
      // Used again: it moves to the end of the queue to forget.
      this.#chunks.delete(number);
      this.#chunks.set(number, known);
      return known;
    }
    const url = chunkUrl(this.#indexUrl, number);
    const chunk: Chunk = { loading: withinTime(loadChunk(url, this.#fetchFile), url) };
    chunk.loading.then(
      (texts) => (chunk.texts = texts),
      () => undefined,
    );
    this.#chunks.set(number, chunk);
    for (const oldest of this.#chunks.keys()) {
      if (this.#chunks.size <= KEEP_CHUNKS) break;
      this.#chunks.delete(oldest);
    }
    return chunk;
  }
}
