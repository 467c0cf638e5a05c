/**
 * What a browser test reads off a playing wall and how it waits for it, the same in every test:
 * the wall counts the slides it has shown in `data-shown`, and a screen's service worker takes
 * over once it has cached what the wall needs to play offline. Everything here runs through
 * `page.evaluate`, so it works in the old engines too (Playwright's visibility checks do not).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/support/chromium';

interface Version {
  version: string;
}

/** How many slides the wall has shown since it started. */
export function shownCount(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.querySelector('.wall')?.getAttribute('data-shown')));
}

/** Waits until the wall has fitted and shown a slide after `after` earlier ones; returns the count. */
export async function waitForShown(page: Page, after: number, timeout = 30_000): Promise<number> {
  await page.waitForFunction(
    (count) => Number(document.querySelector('.wall')?.getAttribute('data-shown')) > count,
    after,
    { timeout },
  );
  return shownCount(page);
}

/** The item id of the slide on screen ('' when none is). */
export function activeSlideId(page: Page): Promise<string> {
  return page.evaluate(
    () => document.querySelector('.swiper-slide-active article')?.getAttribute('data-id') ?? '',
  );
}

/** A service worker controls the page and has cached what it keeps before it took over. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state === 'activated' && !!navigator.serviceWorker.controller;
  });
}

/** A browser with a profile on disk, as a kiosk has: it survives a restart, and workers run. */
export function launchScreen(profile: string, options: BrowserContextOptions = {}) {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
    ...options,
  });
}

/** The version a built site carries, as its /version.json says. */
export function builtVersion(siteDir: string): string {
  return (JSON.parse(readFileSync(path.join(siteDir, 'version.json'), 'utf8')) as Version).version;
}

/** Waits until the page plays `version` and shows a slide; returns the caches it then keeps. */
export async function waitForVersion(page: Page, version: string, timeout: number) {
  await page.waitForFunction(
    (expected) => document.documentElement.dataset.version === expected,
    version,
    { timeout },
  );
  await waitForShown(page, 0);
  return page.evaluate(() => globalThis.caches.keys());
}

/**
 * The service workers the page's origin has registered, as `<scope path> active|starting`, once
 * they settle on `expected` (the old worker may still control the page for a moment) or after
 * ten seconds, whichever comes first.
 */
export async function settledWorkers(page: Page, expected: string[]): Promise<string[]> {
  const registered = () =>
    page.evaluate(async () =>
      (await navigator.serviceWorker.getRegistrations()).map(
        (registration) =>
          `${new URL(registration.scope).pathname} ${registration.active ? 'active' : 'starting'}`,
      ),
    );
  let scopes = await registered();
  for (let tries = 0; tries < 100 && scopes.join() !== expected.join(); tries++) {
    await page.waitForTimeout(100);
    scopes = await registered();
  }
  return scopes;
}
