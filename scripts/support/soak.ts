/**
 * Drives a wall display through many rotations and measures what grows over weeks on a real
 * screen: DOM nodes and the JavaScript heap (after a forced collection). Rotations run on
 * Playwright's clock (`soak`) or with the → key (`rotateByKey`). Shared by the short soak test in
 * `npm test`, the long one in `npm run soak` and the throttled wall of `npm run bench`.
 */
import type { Page } from 'playwright-core';
import { installPausedClock } from './clock.ts';

export interface SoakSample {
  rotations: number;
  nodes: number;
  heapBytes: number;
}

export interface SoakResult {
  start: SoakSample;
  end: SoakSample;
}

/** DOM nodes and the JavaScript heap after a forced garbage collection (Chrome DevTools protocol). */
export async function sampleWall(page: Page): Promise<SoakSample> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return page.$eval(
    '.wall',
    (wall, heapBytes) => ({
      rotations: Number(wall.getAttribute('data-shown')),
      nodes: document.getElementsByTagName('*').length,
      heapBytes,
    }),
    usedSize,
  );
}

const shownCount = async (page: Page) => Number(await page.getAttribute('.wall', 'data-shown'));

/** One slide's time, in small steps, until the display has shown the next slide. */
async function rotate(page: Page) {
  const before = await shownCount(page);
  for (let step = 0; step < 400; step++) {
    await page.clock.runFor(100);
    if ((await shownCount(page)) > before) return;
  }
  throw new Error('the display stopped rotating');
}

/**
 * Presses → `rotations` times on a wall that plays in real time, each time waiting until the
 * wall has shown the next slide (its `data-shown` count went up).
 */
export async function rotateByKey(page: Page, rotations: number, timeoutMs = 30_000) {
  for (let i = 0; i < rotations; i++) {
    const before = await shownCount(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (count) => Number(document.querySelector('.wall')?.getAttribute('data-shown')) > count,
      before,
      { timeout: timeoutMs },
    );
  }
}

/**
 * Opens `url` (a display address, with `?speed=` to keep slides short) at a paused fake time and
 * runs `rotations` rotations after a warm-up of `warmUp`.
 */
export async function soak(
  page: Page,
  url: string,
  rotations: number,
  warmUp = 20,
): Promise<SoakResult> {
  await installPausedClock(page, '2026-11-23T10:00:00Z');
  await page.goto(url);
  await page.waitForFunction(
    () => Number(document.querySelector('.wall')?.getAttribute('data-shown')) > 0,
  );
  for (let i = 0; i < warmUp; i++) await rotate(page);
  const start = await sampleWall(page);
  for (let i = 0; i < rotations; i++) await rotate(page);
  const end = await sampleWall(page);
  return { start, end };
}
