/**
 * The wall and search in real old engines: Chromium 85 (Samsung Tizen 2022) and 87 (LG webOS 22,
 * BrightSign OS 9, Qt 5 WebEngine players), unpacked from npm (scripts/support/old-chromium.ts).
 * Layout problems throw no error in these engines, so these tests measure what is on screen.
 * Playwright's visibility checks need Chromium 105, so everything here reads the page through
 * evaluate and waitForFunction.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS } from '../../scripts/support/chromium';
import { oldChromiumPath, type OldEngine } from '../../scripts/support/old-chromium';
import { startDeployServer, type DeployServer } from '../support/deploy-server';
import { buildFixtureSite, type FixtureSite } from '../support/fixture-site';
import { activeSlideId, waitForShown } from '../support/wall-screen';

let site: FixtureSite;
let server: DeployServer;

beforeAll(async () => {
  site = buildFixtureSite('engines');
  server = await startDeployServer(site.dir);
});

afterAll(async () => {
  await server.stop();
  site.remove();
});

/** The wall's box, its active slide's box, and the window, in CSS pixels. */
function wallLayout(page: Page) {
  return wallLayoutOf(page, '.wall');
}

function wallLayoutOf(page: Page, wallSelector: string) {
  return page.evaluate((wallSelector) => {
    const box = (selector: string) => {
      const rect = document.querySelector(selector)?.getBoundingClientRect();
      return rect && { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    };
    return {
      width: innerWidth,
      height: innerHeight,
      wall: box(wallSelector),
      slide: box('.swiper-slide-active article'),
      scrollWidth: document.documentElement.scrollWidth,
    };
  }, wallSelector);
}

function styleOf(page: Page, selector: string, properties: string[]) {
  return page.evaluate(
    ({ selector, properties }) => {
      const element = document.querySelector(selector);
      if (!element) return undefined;
      const style = getComputedStyle(element);
      return Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)]));
    },
    { selector, properties },
  );
}

describe.each<OldEngine>([85, 87])('the wall in real Chromium %i', (engine) => {
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: oldChromiumPath(engine),
      headless: true,
      args: CHROMIUM_FLAGS,
    });
    expect(browser.version()).toMatch(new RegExp(`^${engine}\\.`));
  });

  afterAll(async () => {
    await browser.close();
  });

  async function open(address: string) {
    // These builds ship no locale files: without a locale, Intl has none either.
    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      locale: 'en-US',
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}${address}`);
    return { page, close: () => context.close() };
  }

  it('fills the screen, keeps the slide on it, and rotates', async () => {
    const { page, close } = await open('/display/retail/?screen=old&speed=20');
    await waitForShown(page, 0);
    const layout = await wallLayout(page);
    expect(layout.wall).toEqual({ left: 0, top: 0, right: layout.width, bottom: layout.height });
    expect(layout.scrollWidth).toBe(layout.width);
    expect(layout.slide).toBeDefined();
    const slide = layout.slide ?? { left: -1, top: -1, right: 0, bottom: 0 };
    expect(slide.left).toBeGreaterThanOrEqual(0);
    expect(slide.top).toBeGreaterThanOrEqual(0);
    expect(slide.right).toBeLessThanOrEqual(layout.width);
    expect(slide.bottom).toBeLessThanOrEqual(layout.height);
    expect(slide.right - slide.left).toBeGreaterThan(layout.width / 2);

    const first = await activeSlideId(page);
    expect(first).toBeTruthy();
    await page.waitForFunction(
      (id) => {
        const active = document.querySelector('.swiper-slide-active article');
        return !!active && active.getAttribute('data-id') !== id;
      },
      first,
      { timeout: 20_000 },
    );
    expect(await wallLayout(page)).toEqual(layout);
    await close();
  });

  it("keeps the quote attribution's and the lesson label's styles", async () => {
    const quotes = await open('/display/retail/?screen=old');
    await waitForShown(quotes.page, 0);
    expect(
      await styleOf(quotes.page, '.swiper-slide-active .who p', ['display', 'flex-direction']),
    ).toEqual({ display: 'flex', 'flex-direction': 'column' });
    await quotes.close();

    const stories = await open('/display/stories/?screen=old');
    await waitForShown(stories.page, 0);
    expect(
      await styleOf(stories.page, '.swiper-slide-active .lesson span', [
        'display',
        'text-transform',
      ]),
    ).toEqual({ display: 'block', 'text-transform': 'uppercase' });
    await stories.close();
    expect(errors).toEqual([]);
  });

  it.runIf(engine === 85)('plays the wall without JavaScript, page after page', async () => {
    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      locale: 'en-US',
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/display/retail/basic/`);
    const first = await wallLayoutOf(page, '.basic-wall');
    expect(first.wall).toEqual({ left: 0, top: 0, right: first.width, bottom: first.height });
    expect(first.scrollWidth).toBe(first.width);
    // The refresh moves on to the next slide by itself, and the last one back to the first.
    await page.waitForURL(`${server.url}/display/retail/basic/2/`, { timeout: 45_000 });
    expect(await page.evaluate(() => document.querySelectorAll('article.slide').length)).toBe(1);
    await page.waitForURL(`${server.url}/display/retail/basic/`, { timeout: 45_000 });
    await context.close();
  });

  // Pagefind's WebAssembly needs Chromium 96: on 87 the search page answers from the simple
  // index (lib/search/simple-search.ts) instead of saying search is not available.
  it.runIf(engine === 87)('finds what is searched for', async () => {
    const { page, close } = await open('/search/?q=parcel');
    await page.waitForFunction(
      () => document.querySelector('.answer')?.getAttribute('data-answered') === location.search,
      undefined,
      { timeout: 20_000 },
    );
    const found = await page.evaluate(() =>
      [...document.querySelectorAll('.results h2 a')].map((link) => link.getAttribute('href')),
    );
    expect(found).toEqual(['/quotes/#honest-about-the-parcel']);
    await close();
    expect(errors).toEqual([]);
  });
});
