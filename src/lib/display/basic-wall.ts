/**
 * The wall without JavaScript, for engines older than Chromium 85: prebuilt slide pages that
 * advance with `<meta http-equiv="refresh">`. Simplified, as docs/kiosk.md says: the order is
 * the playlist's loop on the build's day (no daily shuffle per screen, no day-parts), capped
 * so a large catalogue does not add thousands of pages, and expired items leave at the next
 * build (the publish workflow rebuilds daily).
 */
import type { PlaylistPlan, SlideMeta } from './playlist';
import { rotationAt } from './playlist';

/** Slides in a basic loop at most: about half an hour of wall. */
export const BASIC_WALL_SLIDES = 80;

/** `/display/basic/` for the first slide, `/display/basic/2/` for the second, and so on. */
export function basicSlideUrl(displayUrl: string, index: number): string {
  return index === 0 ? `${displayUrl}basic/` : `${displayUrl}basic/${index + 1}/`;
}

/** The `[...slide]` route parameter of a basic slide page: none for the first. */
export function basicSlideParam(index: number): string | undefined {
  return index === 0 ? undefined : String(index + 1);
}

export interface BasicSlide<S> {
  slide: S;
  /** Where the page's refresh goes: the next slide, and the first after the last. */
  next: string;
  position: number;
  total: number;
}

export function basicLoop<S extends SlideMeta>(
  slides: readonly S[],
  plan: PlaylistPlan,
  displayUrl: string,
  now: Date,
): BasicSlide<S>[] {
  const loop = rotationAt(slides, plan, now, 'basic').slides.slice(0, BASIC_WALL_SLIDES);
  return loop.map((slide, index) => ({
    slide,
    next: basicSlideUrl(displayUrl, (index + 1) % loop.length),
    position: index,
    total: loop.length,
  }));
}
