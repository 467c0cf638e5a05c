import { beforeAll, describe, expect, it } from 'vitest';
import { isExpiredToday, readContent } from '../support/sample-content';
import { openPage, trackProblems, useBrowser } from './browser';

const browser = useBrowser();

/** Follows every same-site link from the home page, as a curious person would. */
async function crawl() {
  const { page, close } = await openPage(browser());
  const problems = trackProblems(page);
  const visited = new Map<string, string>();
  const queue = ['/'];
  while (queue.length) {
    const path = queue.shift() ?? '/';
    if (visited.has(path)) continue;
    const response = await page.goto(path, { waitUntil: 'load' });
    visited.set(path, await page.content());
    if (response?.status() !== 200) problems.push(`${path} answered ${response?.status()}`);
    const links = await page.$$eval('a[href]', (anchors) =>
      anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
    );
    for (const href of links) {
      const url = new URL(href);
      if (url.origin === new URL(page.url()).origin && !visited.has(url.pathname)) {
        queue.push(url.pathname);
      }
    }
  }
  await close();
  return { visited, problems };
}

describe('the browse site', () => {
  let site: Awaited<ReturnType<typeof crawl>>;
  beforeAll(async () => {
    site = await crawl();
  });

  it('loads every linked page with no console error, failed or outside request', () => {
    expect(site.problems).toEqual([]);
    expect(site.visited.size).toBeGreaterThan(30);
  });

  it('has a page for every persona and every story still in date', () => {
    const expected = [
      ...readContent('personas').map(({ slug }) => `/personas/${slug}/`),
      ...readContent('stories')
        .filter((story) => !isExpiredToday(story))
        .map(({ slug }) => `/stories/${slug}/`),
    ];
    const missing = expected.filter((path) => !site.visited.has(path));
    expect(missing).toEqual([]);
  });

  it('shows every quote still in date on the quote wall', async () => {
    const { page, close } = await openPage(browser());
    await page.goto('/quotes/');
    const shown = await page.$$eval('figure.quote[id]', (figures) => figures.map((f) => f.id));
    const live = readContent('quotes').filter((quote) => !isExpiredToday(quote));
    expect(shown.sort()).toEqual(live.map(({ slug }) => slug).sort());
    await close();
  });

  it('neither builds, lists nor links an expired item', () => {
    const expired = [...readContent('quotes'), ...readContent('stories')].filter(isExpiredToday);
    // The sample content keeps one expired quote so that this rule is always exercised.
    expect(expired.length).toBeGreaterThan(0);
    for (const item of expired) {
      for (const [path, html] of site.visited) {
        expect(html.includes(item.slug), `${item.slug} appears on ${path}`).toBe(false);
        expect(html.includes(item.body.trim().slice(0, 40)), `text on ${path}`).toBe(false);
      }
    }
  });

  it('answers an unknown address with the 404 page and a way back', async () => {
    const { page, close } = await openPage(browser());
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/couldn.t find/i);
    expect(await page.locator('nav[aria-label="Main"] a').count()).toBe(4);
    await close();
  });
});
