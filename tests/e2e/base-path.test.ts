/**
 * The site under a base path, as a GitHub Pages project site (`https://<org>.github.io/<repo>/`)
 * or an intranet folder serves it: built with BASE_PATH=/customer-room/ from a fixture site,
 * served under that path with nothing at `/`, and used in Chromium as a person and a wall would.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/fixture-site';
import { freePort, serveSite, type SiteServer } from '../../scripts/support/site-server';
import {
  builtVersion,
  launchScreen,
  settledWorkers,
  waitForOfflineReady,
  waitForShown,
  waitForVersion,
} from '../support/wall-screen';

const BASE = '/customer-room/';
const FIXTURE = path.resolve('tests/fixtures/base-path');
/** Past 48 quotes the quote list comes in pages, and its filters fetch the all-items page. */
const GENERATED_QUOTES = 50;

let workDir: string;
let content: string;
let site: string;
let port: number;
let origin: string;
let server: SiteServer | undefined;
const contexts: BrowserContext[] = [];

/** A copy of the fixture with quotes enough for two pages, tagged `odd` and `even`. */
function contentCopy(folder: string) {
  cpSync(FIXTURE, folder, { recursive: true });
  for (let n = 1; n <= GENERATED_QUOTES; n++) {
    const slug = `generated-${String(n).padStart(2, '0')}`;
    const day = String((n % 28) + 1).padStart(2, '0');
    writeFileSync(
      path.join(folder, 'quotes', `${slug}.md`),
      `---\nsource: survey\ndate: 2026-01-${day}\nconsent: anonymised\ntags: [${n % 2 ? 'odd' : 'even'}]\ndisplay: true\n---\nGenerated quote number ${n}.\n`,
    );
  }
}

/** The real build script, as the publish workflow runs it; with SITE_URL, slides carry QR codes. */
function build(content: string, out: string) {
  buildSite(out, { CONTENT_DIR: content, BASE_PATH: BASE, SITE_URL: `${origin}${BASE}` });
}

beforeAll(async () => {
  port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  workDir = mkdtempSync(path.join(tmpdir(), 'customer-room-base-path-'));
  content = path.join(workDir, 'content');
  contentCopy(content);
  site = path.join(workDir, 'site');
  build(content, site);
}, 600_000);

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
  await server?.stop();
  server = undefined;
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/** A browser with a profile of its own, as a screen or a desk has: service workers run. */
async function openBrowser() {
  const context = await launchScreen(
    path.join(workDir, `profile-${contexts.length}-${Date.now()}`),
  );
  contexts.push(context);
  return context;
}

/** Every request that failed, answered with an error, or went anywhere but the base path. */
function watchRequests(context: BrowserContext): string[] {
  const problems: string[] = [];
  const inside = `${origin}${BASE}`;
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith(inside)) {
      problems.push(`outside ${BASE}: ${url}`);
    }
  });
  context.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (!reason.includes('ERR_ABORTED')) problems.push(`failed: ${request.url()} (${reason})`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** Links and sources on the page that point into the site from its root: none may miss the base. */
function addressesMissingTheBase(page: Page) {
  return page.evaluate((base) => {
    const addresses = [...document.querySelectorAll('[href], [src], [srcset], form[action]')]
      .flatMap((element) => [
        element.getAttribute('href'),
        element.getAttribute('src'),
        element.getAttribute('action'),
        ...(element.getAttribute('srcset') ?? '')
          .split(',')
          .map((part) => part.trim().split(' ')[0]),
      ])
      .filter((address): address is string => !!address && address.startsWith('/'));
    return addresses.filter((address) => !address.startsWith(base));
  }, BASE);
}

const PAGES = [
  '',
  'personas/',
  'personas/priya-raman/',
  'personas/dana-whitfield/',
  'stories/',
  'stories/five-seconds-of-silence/',
  'stories/five-seconds-of-silence/session/',
  'quotes/',
  'quotes/page/2/',
  'quotes/page/all/',
  'tags/',
  'tags/empathy/',
  'search/?q=narrow',
  'screens/',
];

describe(`a site built with BASE_PATH=${BASE}`, () => {
  it('is served under its base path, with nothing at /', async () => {
    server = await serveSite(site, port);
    expect(server.url).toBe(`${origin}/customer-room`);
    expect((await fetch(`${origin}/`)).status).toBe(404);
    expect((await fetch(`${origin}/sw.js`)).status).toBe(404);
    expect((await fetch(`${origin}${BASE}`)).status).toBe(200);
  });

  it(
    'loads every page with no failed request and none outside the base path',
    { timeout: 180_000 },
    async () => {
      server = await serveSite(site, port);
      const context = await openBrowser();
      const problems = watchRequests(context);
      const page = await context.newPage();
      for (const address of PAGES) {
        const response = await page.goto(`${origin}${BASE}${address}`, {
          waitUntil: 'networkidle',
        });
        expect(response?.status(), address).toBe(200);
        expect(await page.title(), address).toMatch(/Customer Room/);
        expect(await addressesMissingTheBase(page), address).toEqual([]);
      }
      // The screens page gives each wall's full address, to type into a screen's browser.
      await page.goto(`${origin}${BASE}screens/`);
      expect(await page.locator('.address code').allTextContents()).toEqual(
        expect.arrayContaining([
          `${origin}${BASE}display/`,
          `${origin}${BASE}display/team-corner/`,
        ]),
      );
      // The persona's photo and the site's fonts came from under the base path.
      await page.goto(`${origin}${BASE}personas/priya-raman/`, { waitUntil: 'networkidle' });
      const photo = page.locator('img[src*="priya-raman"]').first();
      expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      expect(await photo.evaluate((img: HTMLImageElement) => img.currentSrc)).toContain(
        `${origin}${BASE}_astro/`,
      );
      expect(
        await page.evaluate(() =>
          [...document.fonts].some(
            (font) => font.status === 'loaded' && /Atkinson/.test(font.family),
          ),
        ),
      ).toBe(true);
      // Walls: the slides, their QR codes and the wall's service worker, all under the base path.
      for (const address of ['display/', 'display/team-corner/']) {
        await page.goto(`${origin}${BASE}${address}?speed=20`);
        await waitForShown(page, 0);
        expect(await addressesMissingTheBase(page), address).toEqual([]);
      }
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLImageElement>('.qr img')].some((img) => img.naturalWidth),
      );
      expect(problems).toEqual([]);
    },
  );

  it('rotates the wall, and plays on after a reload with the server stopped', async () => {
    server = await serveSite(site, port);
    const context = await openBrowser();
    const problems = watchRequests(context);
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}display/team-corner/?screen=offline&speed=20`);
    await waitForOfflineReady(page);
    const first = await waitForShown(page, 0);
    await waitForShown(page, first);
    const scopes = await page.evaluate(async () =>
      (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope),
    );
    expect(scopes).toEqual([`${origin}${BASE}display/`]);
    expect(problems).toEqual([]);

    await server.stop();
    await page.reload();
    const shown = await waitForShown(page, 0);
    await waitForShown(page, shown);
    expect(await page.locator('.swiper-slide-active article').count()).toBe(1);
  });

  it('keeps the browse pages with their own worker, for everything outside the wall', async () => {
    server = await serveSite(site, port);
    const context = await openBrowser();
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}stories/five-seconds-of-silence/`);
    await waitForOfflineReady(page);
    const scopes = await page.evaluate(async () =>
      (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope),
    );
    expect(scopes).toEqual([`${origin}${BASE}`]);
    await page.reload({ waitUntil: 'networkidle' });
    await server.stop();
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe('Five seconds of silence');
  });

  it('retires the single site-wide worker of earlier builds when a wall opens', async () => {
    server = await serveSite(site, port);
    const context = await openBrowser();
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}favicon.svg`);
    await page.evaluate(async (base) => {
      await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
    }, BASE);
    await page.goto(`${origin}${BASE}display/?screen=retire`);
    await waitForShown(page, 0);
    const scopes = await settledWorkers(page, [`${BASE}display/ active`]);
    expect(scopes).toEqual([`${BASE}display/ active`]);
  });

  it('picks up a new build from <base>version.json (?poll=2)', { timeout: 600_000 }, async () => {
    // The next deploy: the same site with one more quote, a new version for the wall to pick up.
    writeFileSync(
      path.join(content, 'quotes', 'zz-new-build.md'),
      '---\nsource: survey\ndate: 2026-11-20\nconsent: anonymised\n---\nThe new build says hello.\n',
    );
    const newSite = path.join(workDir, 'new-site');
    build(content, newSite);
    server = await serveSite(site, port);
    const context = await openBrowser();
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}display/?screen=update&speed=10&poll=2`);
    await waitForOfflineReady(page);
    const newVersion = builtVersion(newSite);
    expect(newVersion).not.toBe(await page.getAttribute('html', 'data-version'));

    await server.stop();
    server = await serveSite(newSite, port);
    const caches = await waitForVersion(page, newVersion, 20_000);
    expect(caches.filter((name) => !name.includes(newVersion))).toEqual([]);
  });

  it('finds pages and quotes in search, and their links open', async () => {
    server = await serveSite(site, port);
    const context = await openBrowser();
    const problems = watchRequests(context);
    const page = await context.newPage();
    const results = async (query: string) => {
      await page.goto(`${origin}${BASE}search/?q=${query}`);
      await page.waitForFunction(
        () => document.querySelector('.answer')?.getAttribute('data-answered') === location.search,
      );
      return page
        .locator('.results h2 a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    };
    expect(await results('narrow')).toContain(`${BASE}stories/shoes-for-a-long-wedding/`);
    const quotes = await results('generated');
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((href) => href.startsWith(`${BASE}quotes/`))).toBe(true);
    await page.locator('.results h2 a').first().click();
    await page.waitForURL(`${origin}${BASE}quotes/**`);
    expect(await page.title()).toMatch(/Quotes/);
    expect(problems).toEqual([]);
  });

  it('filters a list over all its pages, from the all-items file under the base path', async () => {
    server = await serveSite(site, port);
    const context = await openBrowser();
    const problems = watchRequests(context);
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}quotes/`);
    await page.locator('astro-island:not([ssr]) form.filters').waitFor();
    const allItems = page.waitForResponse((r) => r.url().includes('/quotes/page/all/'));
    await page.getByLabel('Topic', { exact: true }).selectOption('odd');
    await page.waitForURL(`${origin}${BASE}quotes/?tag=odd`);
    expect((await allItems).url()).toBe(`${origin}${BASE}quotes/page/all/`);
    await page.waitForFunction(
      (count) => document.querySelectorAll('#quote-wall > li:not([hidden])').length === count,
      GENERATED_QUOTES / 2,
    );
    const shown = await page
      .locator('#quote-wall > li:not([hidden])')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-slug') ?? ''));
    expect(shown.every((slug) => Number(slug.replace('generated-', '')) % 2 === 1)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('runs a listening session', async () => {
    server = await serveSite(site, port);
    const context = await openBrowser();
    const problems = watchRequests(context);
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}stories/five-seconds-of-silence/session/`);
    await page.locator('astro-island:not([ssr]) .progress').waitFor();
    expect(await page.locator('ol.steps > li').count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('ol.steps > li').count()).toBe(2);
    expect(await page.locator('.progress p').textContent()).toMatch(/^Step 2 of \d+$/);
    expect(problems).toEqual([]);
  });
});
