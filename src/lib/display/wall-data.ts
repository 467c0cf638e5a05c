/**
 * The wall's plan and slides travel in a JSON file beside the display page
 * (`/display/wall.json`, `/display/<playlist>/wall.json`), not inside it: the page stays a few
 * kilobytes and paints its starting screen at once, while the browser fetches the slides in
 * parallel with the scripts (the page preloads the file), and a large catalogue (3 MB of slides
 * at 5,000 items) no longer has to pass through the HTML parser first.
 * Every slide of a persona carries that persona's name and face; in the file each persona's are
 * written once and put back on its slides when the display reads them (a sixth less to send).
 */
import type { PlaylistPlan } from './playlist';
import type { Face, Slide } from './slides';

export interface WallData {
  plan: PlaylistPlan;
  slides: Slide[];
}

type PackedSlide = Omit<Slide, 'personaName' | 'face'>;

/** The wall data as the file carries it: each persona's name and face once. */
export interface PackedWallData {
  plan: PlaylistPlan;
  people: Record<string, { name: string; face: Face }>;
  slides: PackedSlide[];
}

/** The file beside a display page, with the build's version so a page never gets stale data. */
export function wallDataUrl(displayUrl: string, version: string): string {
  return `${displayUrl}wall.json${version ? `?v=${version}` : ''}`;
}

export function packWallData({ plan, slides }: WallData): PackedWallData {
  const people: PackedWallData['people'] = {};
  const packed = slides.map(({ personaName, face, ...slide }) => {
    if (!slide.persona || !personaName || !face) return { ...slide, personaName, face };
    people[slide.persona] ??= { name: personaName, face };
    return slide;
  });
  return { plan, people, slides: packed };
}

export function unpackWallData({ plan, people, slides }: PackedWallData): WallData {
  return {
    plan,
    slides: slides.map((slide) => {
      const person = slide.persona ? people[slide.persona] : undefined;
      return (person ? { ...slide, personaName: person.name, face: person.face } : slide) as Slide;
    }),
  };
}

export function wallDataJson(data: WallData): string {
  return JSON.stringify(packWallData(data));
}

function isPacked(value: unknown): value is PackedWallData {
  if (typeof value !== 'object' || value === null) return false;
  const { plan, people, slides } = value as Record<string, unknown>;
  return (
    typeof plan === 'object' &&
    plan !== null &&
    typeof people === 'object' &&
    people !== null &&
    // No slides is a room with nothing on the wall yet: the wall says so instead of failing.
    Array.isArray(slides)
  );
}

/** What went wrong in one line, without a stack: for the console and the `?debug` overlay. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A wall's data from the file's text; throws, saying what is wrong with it, when it cannot. */
export function readWallData(url: string, text: string): WallData {
  if (/^\s*</.test(text)) {
    throw new Error(`${url} is an HTML page, not the slides (a portal or a fallback page?)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${url} is not valid JSON (cut short by a deploy?)`);
  }
  if (!isPacked(data)) throw new Error(`${url} holds no wall slides`);
  return unpackWallData(data);
}

/** Fetches and unpacks a wall's data; throws, saying what went wrong, when it cannot. */
export async function loadWallData(
  url: string,
  fetchFile: (url: string) => Promise<Response> = fetch,
): Promise<WallData> {
  const response = await fetchFile(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return readWallData(url, await response.text());
}
