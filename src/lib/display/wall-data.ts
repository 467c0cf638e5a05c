/**
 * The wall's plan and slides travel in files beside the display page, not inside it, split in
 * two so that a large catalogue starts as fast as a small one:
 * - the index (`/display/wall.json`, `/display/<playlist>/wall.json`): the plan, each persona's
 *   name and face once, and per slide only what orders the loop (its id, kind, tags, persona,
 *   channels, dates, whether it is featured) and its seconds. The page preloads it; the wall
 *   builds the day's rotation from it alone.
 * - the slides' text in chunks of CHUNK_SLIDES (`wall-0.json`, `wall-1.json`, … beside the
 *   index), fetched as their slides come up (lib/display/slide-library.ts).
 * At 5,000 items the single file was 3 MB that a Pi-class screen read and parsed before its
 * first slide (about 0.7 s of its CPU at 4x throttling); the index is a fraction of that.
 */
import type { PlaylistPlan, SlideMeta } from './playlist';
import type { Face, Slide } from './slides';

export interface WallData {
  plan: PlaylistPlan;
  slides: Slide[];
}

/** Slides per chunk file: a chunk is a few kilobytes, and a loop's next slides are few files. */
export const CHUNK_SLIDES = 20;

/** What the rotation needs of a slide (playlist.ts, player.ts): the index carries only this. */
export interface SlideEntry extends SlideMeta {
  seconds: number;
  /** The slide's place in the wall's list: its chunk is `at / chunkSize`. */
  at: number;
}

type People = Record<string, { name: string; face: Face }>;

/** A slide without what the index carries, nor its persona's name and face (in `people`). */
export type SlideText = Record<string, unknown>;

/** The index as the file carries it. */
export interface PackedWallIndex {
  plan: PlaylistPlan;
  people: People;
  chunkSize: number;
  slides: Omit<SlideEntry, 'at'>[];
}

export interface WallIndex {
  plan: PlaylistPlan;
  people: People;
  chunkSize: number;
  slides: SlideEntry[];
}

/** A chunk as its file carries it: the text of up to chunkSize slides, in the index's order. */
export interface PackedChunk {
  slides: SlideText[];
}

/** What the index holds of a slide; the rest goes in its chunk. */
const INDEX_FIELDS = [
  'id',
  'kind',
  'tags',
  'persona',
  'channels',
  'featured',
  'date',
  'expires',
  'seconds',
] as const;

/** The file beside a display page, with the build's version so a page never gets stale data. */
export function wallDataUrl(displayUrl: string, version: string): string {
  return `${displayUrl}wall.json${version ? `?v=${version}` : ''}`;
}

/** A chunk's address from its index's: `wall.json?v=1` → `wall-3.json?v=1`. */
export function chunkUrl(indexUrl: string, chunk: number): string {
  return indexUrl.replace(/wall\.json(?=\?|$)/, `wall-${chunk}.json`);
}

/** How many chunk files a wall of `slides` slides has. */
export const chunkCount = (slides: number, chunkSize = CHUNK_SLIDES) =>
  Math.ceil(slides / chunkSize);

/** The index and the chunks of a wall, as the build writes them. */
export function splitWallData(
  { plan, slides }: WallData,
  chunkSize = CHUNK_SLIDES,
): { index: PackedWallIndex; chunks: PackedChunk[] } {
  const people: People = {};
  const entries: PackedWallIndex['slides'] = [];
  const chunks: PackedChunk[] = [];
  slides.forEach((slide, at) => {
    const { personaName, face, ...rest } = slide;
    const text: SlideText = {};
    const entry: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(rest)) {
      if ((INDEX_FIELDS as readonly string[]).includes(key)) entry[key] = value;
      else text[key] = value;
    }
    if (slide.persona && personaName && face) {
      people[slide.persona] ??= { name: personaName, face };
    } else if (personaName || face) {
      // A name and face that are not the persona's own travel with the slide.
      Object.assign(text, { personaName, face });
    }
    entries.push(entry as Omit<SlideEntry, 'at'>);
    const chunk = Math.floor(at / chunkSize);
    (chunks[chunk] ??= { slides: [] }).slides.push(text);
  });
  return { index: { plan, people, chunkSize, slides: entries }, chunks };
}

/** A whole slide again: its index entry, its text from the chunk, its persona's name and face. */
export function joinSlide(index: WallIndex, entry: SlideEntry, text: SlideText): Slide {
  const { at: _at, ...meta } = entry;
  const person = entry.persona ? index.people[entry.persona] : undefined;
  return {
    ...meta,
    ...text,
    ...(person && { personaName: person.name, face: person.face }),
  } as unknown as Slide;
}

/** What went wrong in one line, without a stack: for the console and the `?debug` overlay. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** JSON from a file's text; throws, saying what is wrong, for a portal page or a cut file. */
function parseJsonFile(url: string, text: string): unknown {
  if (/^\s*</.test(text)) {
    throw new Error(`${url} is an HTML page, not the slides (a portal or a fallback page?)`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${url} is not valid JSON (cut short by a deploy?)`);
  }
}

async function fetchText(url: string, fetchFile: (url: string) => Promise<Response>) {
  const response = await fetchFile(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/** A wall's index from the file's text; throws, saying what is wrong with it, when it cannot. */
export function readWallIndex(url: string, text: string): WallIndex {
  const data = parseJsonFile(url, text);
  // No slides is a room with nothing on the wall yet: the wall says so instead of failing.
  if (
    !isObject(data) ||
    !isObject(data.plan) ||
    !isObject(data.people) ||
    !(Number(data.chunkSize) >= 1) ||
    !Array.isArray(data.slides)
  ) {
    throw new Error(`${url} holds no wall slides`);
  }
  const packed = data as unknown as PackedWallIndex;
  // A plain loop: the slides get their place without a copy of each (5,000 on a slow screen).
  const slides = packed.slides as SlideEntry[];
  for (let at = 0; at < slides.length; at++) (slides[at] as SlideEntry).at = at;
  return { plan: packed.plan, people: packed.people, chunkSize: packed.chunkSize, slides };
}

/** Fetches a wall's index; throws, saying what went wrong, when it cannot. */
export async function loadWallIndex(
  url: string,
  fetchFile: (url: string) => Promise<Response> = fetch,
): Promise<WallIndex> {
  return readWallIndex(url, await fetchText(url, fetchFile));
}

/** The slides' text of one chunk; throws, saying what is wrong with the file, when it cannot. */
export function readChunk(url: string, text: string): SlideText[] {
  const data = parseJsonFile(url, text);
  if (!isObject(data) || !Array.isArray(data.slides) || !data.slides.every(isObject)) {
    throw new Error(`${url} holds no slide texts`);
  }
  return data.slides as SlideText[];
}

/** Fetches one chunk's slide texts; throws, saying what went wrong, when it cannot. */
export async function loadChunk(
  url: string,
  fetchFile: (url: string) => Promise<Response> = fetch,
): Promise<SlideText[]> {
  return readChunk(url, await fetchText(url, fetchFile));
}
