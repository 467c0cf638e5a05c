/**
 * Shrinks a slide's text until it fits its area: a customer's words are shown whole, never cut.
 * The size classes chosen at build time get most slides right; this catches the rest (an odd
 * screen shape, a font that loaded late).
 */
const STEP = 0.92;
const SMALLEST = 0.3;

export function fitToArea(area: HTMLElement): void {
  let fit = 1;
  area.style.setProperty('--fit', '1');
  const overflows = () =>
    area.scrollHeight > area.clientHeight + 1 || area.scrollWidth > area.clientWidth + 1;
  while (overflows() && fit > SMALLEST) {
    fit *= STEP;
    area.style.setProperty('--fit', fit.toFixed(3));
  }
}

/** Fits the slide shown in a slot (SlideView marks the part that must fit as `.fit-area`). */
export function fitSlot(slot: ParentNode | undefined): void {
  const area = slot?.querySelector<HTMLElement>('.fit-area');
  if (area) fitToArea(area);
}
