/**
 * The wall's plan and slides, embedded in the display page as JSON (see ../embed-json.ts).
 * Every slide of a persona carries that persona's name and face; in the page each persona's are
 * written once and put back on its slides when the page reads them (a sixth less HTML).
 */
import { jsonForScript, readEmbeddedJson } from '../embed-json';
import type { PlaylistPlan } from './playlist';
import type { Face, Slide } from './slides';

export const WALL_DATA_ID = 'wall-data';

export interface WallData {
  plan: PlaylistPlan;
  slides: Slide[];
}

type PackedSlide = Omit<Slide, 'personaName' | 'face'>;

/** The wall data as the page carries it: each persona's name and face once. */
export interface PackedWallData {
  plan: PlaylistPlan;
  people: Record<string, { name: string; face: Face }>;
  slides: PackedSlide[];
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

export function embedWallData(data: WallData): string {
  return jsonForScript(packWallData(data));
}

export function readWallData(document: Pick<Document, 'getElementById'>): WallData {
  const data = readEmbeddedJson(document, WALL_DATA_ID);
  if (!data) throw new Error('the page carries no wall data');
  return unpackWallData(data as PackedWallData);
}
