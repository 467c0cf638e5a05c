/** The wall's plan and slides, embedded in the display page as JSON (see ../embed-json.ts). */
import { jsonForScript, readEmbeddedJson } from '../embed-json';
import type { PlaylistPlan } from './playlist';
import type { Slide } from './slides';

export const WALL_DATA_ID = 'wall-data';

export interface WallData {
  plan: PlaylistPlan;
  slides: Slide[];
}

export function embedWallData(data: WallData): string {
  return jsonForScript(data);
}

export function readWallData(document: Pick<Document, 'getElementById'>): WallData {
  const data = readEmbeddedJson(document, WALL_DATA_ID);
  if (!data) throw new Error('the page carries no wall data');
  return data as WallData;
}
