/** Playwright's clock, installed and paused: time moves only when a test says so. */
import type { Page } from 'playwright-core';

/**
 * `install` starts the fake clock ticking, so by the time `pauseAt` runs it may already be past
 * the install time (on a busy machine): pause a second later, before anything has loaded.
 */
export async function installPausedClock(page: Page, time: string | Date): Promise<void> {
  const start = new Date(time);
  await page.clock.install({ time: start });
  await page.clock.pauseAt(new Date(start.getTime() + 1000));
}
