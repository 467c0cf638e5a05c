/**
 * Long lists in pages, on a site built from generated content (300 items: 180 quotes, 105
 * stories), since the sample content fits on one page: the pages work without JavaScript, the
 * filters work over the whole list from any page, and an old link to a quote finds its page.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateContent, writeContent } from '../../scripts/bench/generate-content';
import { rmSync } from 'node:fs';
import { isExpiredToday, readContent, type ContentFile } from '../support/sample-content';
import { ROOM } from '../support/fixture-sites';
import { seriousViolations } from './axe';
import { baseUrl, openPage, trackProblems, useBrowser } from './browser';
import { useFixtureSite } from '../support/fixture-site';

const browser = useBrowser();
let quotes: ContentFile[] = [];
let stories: ContentFile[] = [];

const date = (file: ContentFile) => String(file.data.date);
const tagsOf = (file: ContentFile) => (file.data.tags as string[] | undefined) ?? [];
const slugs = (files: ContentFile[]) => files.map((file) => file.slug);
/** The site's default order: newest first, then by slug. */
const newestFirst = (files: ContentFile[]) =>
  [...files].sort((a, b) => date(b).localeCompare(date(a)) || a.slug.localeCompare(b.slug));
const oldestFirst = (files: ContentFile[]) =>
  [...files].sort((a, b) => date(a).localeCompare(date(b)) || a.slug.localeCompare(b.slug));

const generated = useFixtureSite('list-pages', ROOM, (copy) => {
  const contentRoot = copy.contentDir;
  rmSync(contentRoot, { recursive: true, force: true });
  writeContent(contentRoot, generateContent(300), path.join(ROOM, 'personas'));
  quotes = newestFirst(readContent('quotes', contentRoot).filter((q) => !isExpiredToday(q)));
  stories = newestFirst(readContent('stories', contentRoot).filter((s) => !isExpiredToday(s)));
});
const site = () => generated.url();

async function openList(page: Page, address: string) {
  await page.goto(address);
  await page.locator('astro-island:not([ssr]) form.filters').waitFor();
}

const shownSlugs = (page: Page, listId: string) =>
  page
    .locator(`#${listId} > li:not([hidden])`)
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-slug') ?? ''));

describe('a long list', () => {
  it('comes in pages of the newest first that a person can follow without JavaScript', async () => {
    expect(quotes).toHaveLength(180);
    const { page, close } = await openPage(browser(), {
      baseURL: site(),
      javaScriptEnabled: false,
    });
    const problems = trackProblems(page, site());
    const response = await page.goto('/quotes/');
    expect((await response?.body())?.byteLength).toBeLessThan(100_000);
    const seen: string[] = [];
    const pages: string[] = [];
    for (;;) {
      pages.push(await page.locator('nav[aria-label="Pages of quotes"] .where').innerText());
      const onPage = await shownSlugs(page, 'quote-wall');
      expect(onPage.length).toBeLessThanOrEqual(48);
      seen.push(...onPage);
      const older = page.getByRole('link', { name: 'Older →' });
      if ((await older.count()) === 0) break;
      await older.click();
    }
    expect(pages).toEqual(['Page 1 of 4', 'Page 2 of 4', 'Page 3 of 4', 'Page 4 of 4']);
    expect(seen).toEqual(slugs(quotes));

    await page.getByRole('link', { name: 'All 180 quotes on one page' }).click();
    await page.waitForURL('**/quotes/page/all/');
    expect(await shownSlugs(page, 'quote-wall')).toEqual(slugs(quotes));
    expect(problems).toEqual([]);
    await close();
  });

  it('filters the whole list from any page, and gives the page back when cleared', async () => {
    const { page, close } = await openPage(browser(), { baseURL: site() });
    const problems = trackProblems(page, site());
    await openList(page, '/quotes/page/2/');
    const pageTwo = slugs(quotes.slice(48, 96));
    expect(await shownSlugs(page, 'quote-wall')).toEqual(pageTwo);

    // A topic most of whose quotes are on other pages.
    const tag = 'b2b';
    const tagged = quotes.filter((quote) => tagsOf(quote).includes(tag));
    expect(tagged.length).toBeGreaterThan(0);
    await page.getByLabel('Topic', { exact: true }).selectOption(tag);
    await page.waitForURL(`**/quotes/page/2/?tag=${tag}`);
    await expect.poll(() => shownSlugs(page, 'quote-wall')).toEqual(slugs(tagged).slice(0, 48));
    expect(await page.getByRole('status').textContent()).toBe(
      `Showing ${tagged.length} of 180 quotes`,
    );
    expect(await page.locator('#quote-wall-pages').isHidden()).toBe(true);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL(/\/quotes\/page\/2\/$/);
    expect(await shownSlugs(page, 'quote-wall')).toEqual(pageTwo);
    expect(await page.locator('#quote-wall-pages').isVisible()).toBe(true);
    expect(await page.getByRole('status').textContent()).toBe(
      'Showing 49–96 of 180 quotes, newest first',
    );
    expect(problems).toEqual([]);
    await close();
  });

  it('shows a re-sorted list a page at a time, with a button for the next', async () => {
    const { page, close } = await openPage(browser(), { baseURL: site() });
    const problems = trackProblems(page, site());
    await openList(page, '/stories/?sort=oldest');
    const oldest = slugs(oldestFirst(stories));
    await expect.poll(() => shownSlugs(page, 'story-list')).toEqual(oldest.slice(0, 24));
    expect(await page.getByRole('status').textContent()).toBe(
      `Showing all ${stories.length} stories`,
    );
    for (let shown = 24; shown < stories.length; shown += 24) {
      const more = page.getByRole('button', {
        name: `Show ${Math.min(24, stories.length - shown)} more`,
      });
      await more.click();
      await expect.poll(() => shownSlugs(page, 'story-list')).toEqual(oldest.slice(0, shown + 24));
      // Reading goes on at the first of the new stories.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-slug'))).toBe(
        oldest[shown],
      );
    }
    expect(await page.locator('#story-list-more').isHidden()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('takes an old link to a quote to the page that shows it now', async () => {
    const { page, close } = await openPage(browser(), { baseURL: site() });
    const quote = quotes[100]?.slug ?? '';
    await page.goto(`/quotes/#${quote}`);
    await page.waitForURL(`**/quotes/page/3/#${quote}`);
    await expect.poll(() => page.locator(`figure[id="${quote}"]`).isVisible()).toBe(true);
    await close();
  });

  it('has page links anyone can use', async () => {
    const { page, close } = await openPage(browser(), { baseURL: site() });
    await page.goto('/stories/page/3/');
    const pager = page.getByRole('navigation', { name: 'Pages of stories' });
    expect(await pager.getByRole('link', { name: 'Page 3' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await close();
  });
});

describe('a large topic', () => {
  it('shows its newest stories and quotes, and links to every one in the filtered lists', async () => {
    const { page, close } = await openPage(browser(), { baseURL: site() });
    const problems = trackProblems(page, site());
    // The topic with the most stories: 15 of them in the generated content (its seed is fixed).
    const storiesOn = (tag: string) => stories.filter((story) => tagsOf(story).includes(tag));
    const [tag = ''] = [...new Set(stories.flatMap(tagsOf))].sort(
      (a, b) => storiesOn(b).length - storiesOn(a).length || a.localeCompare(b),
    );
    const tagged = storiesOn(tag);
    expect(tagged.length).toBeGreaterThan(12);
    await page.goto(`/tags/${tag}/`);
    const section = page.locator('section[aria-labelledby="stories-heading"]');
    expect(await section.locator(':scope > ul > li').count()).toBe(12);
    await section.getByRole('link', { name: `All ${tagged.length} stories →` }).click();
    await page.waitForURL(`**/stories/?tag=${tag}`);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe(`Showing ${tagged.length} of ${stories.length} stories`);
    expect(await shownSlugs(page, 'story-list')).toEqual(slugs(tagged).slice(0, 24));
    expect(problems).toEqual([]);
    await close();
  });
});

describe('a list that fits on one page', () => {
  it('has no page links and no second copy of itself', async () => {
    const { page, close } = await openPage(browser());
    await page.goto('/quotes/');
    expect(await page.locator('nav[aria-label="Pages of quotes"]').count()).toBe(0);
    const all = await page.request.get(`${baseUrl()}/quotes/page/all/`);
    expect(all.status()).toBe(404);
    await close();
  });
});
