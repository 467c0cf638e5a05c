/**
 * The wall's data travels in the page as plain JSON in a <script type="application/json">:
 * the browser parses that natively and fast, where island props would be a larger, slower
 * format. `<` is escaped so no text can close the script element early.
 */
import type { PlaylistPlan } from './playlist';
import type { Slide } from './slides';

export const WALL_DATA_ID = 'wall-data';

export interface WallData {
  plan: PlaylistPlan;
  slides: Slide[];
}

export function embedWallData(data: WallData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function readWallData(document: Document): WallData {
  const text = document.getElementById(WALL_DATA_ID)?.textContent;
  if (!text) throw new Error('the page carries no wall data');
  return JSON.parse(text) as WallData;
}
