/**
 * Whether the screen or the person asked for less motion (an OS setting, or a signage player's
 * kiosk flag): slides then change at once and pages jump instead of scrolling smoothly.
 */
export function prefersReducedMotion(media: Pick<Window, 'matchMedia'> = globalThis): boolean {
  return media.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
