import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isExpiredToday, readContent } from '../support/sample-content';
import { uniqueTranscriptWords } from '../support/transcript-words';
import { seriousViolations } from './axe';
import { BROWSE_VIEWPORTS, openPage, sidewaysOverflow, trackProblems, useBrowser } from './browser';

const browser = useBrowser();

/** Waits for the search island to answer the search in the address, then lists the results. */
async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () => document.querySelector('.answer')?.getAttribute('data-answered') === location.search,
  );
  return page
    .locator('.results h2 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** How many results the status line counts. */
async function total(page: Page): Promise<number> {
  const summary = (await page.locator('.answer .summary').textContent()) ?? '';
  return Number(/^(\d+) results?/.exec(summary)?.[1] ?? 0);
}

async function searchFor(page: Page, address: string) {
  await page.goto(address);
  return results(page);
}

describe('the search index', () => {
  /** Pagefind's fragments: one per indexed page or record. */
  function indexedUrls(): string[] {
    const dir = path.join(inject('siteDir'), 'pagefind', 'fragment');
    return readdirSync(dir).map((file) => {
      const text = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    });
  }

  it('holds every persona, every live story and every live quote, and nothing else', () => {
    const expected = [
      ...readContent('personas').map(({ slug }) => `/personas/${slug}/`),
      ...readContent('stories')
        .filter((story) => !isExpiredToday(story))
        .map(({ slug }) => `/stories/${slug}/`),
      ...readContent('quotes')
        .filter((quote) => !isExpiredToday(quote))
        .map(({ slug }) => `/quotes/#${slug}`),
    ];
    expect(indexedUrls().sort()).toEqual(expected.sort());
  });

  it('indexes every page that marks itself for search', () => {
    const site = inject('siteDir');
    const marked = readdirSync(site, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .filter((file) => readFileSync(path.join(site, file), 'utf8').includes('data-pagefind-body'))
      .map((file) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''));
    expect(marked.length).toBeGreaterThan(0);
    const indexed = new Set(indexedUrls());
    expect(marked.filter((url) => !indexed.has(url))).toEqual([]);
  });

  it('publishes neither the build-time hand-off file nor Pagefind’s unused UI', () => {
    const site = inject('siteDir');
    expect(existsSync(path.join(site, 'search-records.json'))).toBe(false);
    expect(readdirSync(path.join(site, 'pagefind'))).not.toContain('pagefind-ui.js');
    expect(existsSync(path.join(site, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});

describe('search', () => {
  const unique = uniqueTranscriptWords();

  it('finds the one story whose transcript holds a word found nowhere else', async () => {
    const story = unique.find(({ slug }) => slug === 'the-newspaper-every-morning');
    const word = story?.words[0];
    expect(word).toBeDefined();
    const { page, close } = await openPage(browser());
    expect(await searchFor(page, `/search/?q=${word}`)).toEqual([
      '/stories/the-newspaper-every-morning/',
    ]);
    await close();
  });

  it.each(unique.map(({ slug, words }) => [slug, words[0] ?? '']))(
    'a newcomer finds %s from the home page by "%s" in under ten seconds',
    async (slug, word) => {
      expect(word, `no word unique to the transcript of ${slug}`).not.toBe('');
      const { page, close } = await openPage(browser());
      await page.goto('/');
      const start = Date.now();
      await page.keyboard.press('/');
      await page.keyboard.type(word);
      await Promise.all([page.waitForURL('**/search/?q=*'), page.keyboard.press('Enter')]);
      const found = await results(page);
      const seconds = (Date.now() - start) / 1000;
      expect(found[0]).toBe(`/stories/${slug}/`);
      expect(seconds).toBeLessThan(10);
      await close();
    },
  );

  it('shows each result with its kind, title, highlighted excerpt, persona and tags', async () => {
    const { page, close } = await openPage(browser());
    await searchFor(page, '/search/?q=terrier&kind=story');
    const hit = page.locator('.results article').first();
    expect(await hit.locator('.kind').textContent()).toBe('Story');
    expect(await hit.locator('h2').textContent()).toBe('The newspaper every morning');
    expect(
      (await hit.locator('.excerpt mark').allTextContents()).map((t) => t.toLowerCase()),
    ).toContain('terrier');
    expect(await hit.locator('a.who').getAttribute('href')).toBe('/personas/ruth-lindqvist/');
    expect(await hit.locator('.tags a').count()).toBeGreaterThan(0);
    await close();
  });

  it('finds a quote as its own result, linked to its place on the quote wall', async () => {
    const { page, close } = await openPage(browser());
    const found = await searchFor(page, '/search/?q=dog&kind=quote');
    expect(found).toContain('/quotes/#they-know-my-dogs-name');
    await page.locator('a[href="/quotes/#they-know-my-dogs-name"]').click();
    await page.waitForURL('**/quotes/#they-know-my-dogs-name');
    expect(await page.locator('figure#they-know-my-dogs-name').isVisible()).toBe(true);
    await close();
  });

  it('narrows results with filters kept in the address, and keeps them on reload', async () => {
    const { page, close } = await openPage(browser());
    const problems = trackProblems(page);
    const all = await searchFor(page, '/search/?q=customer');
    const allCount = await total(page);
    await page.selectOption('select[name="kind"]', 'story');
    await page.waitForURL('**/search/?q=customer&kind=story');
    const stories = await results(page);
    const storyCount = await total(page);
    expect(storyCount).toBeGreaterThan(0);
    expect(storyCount).toBeLessThan(allCount);
    expect(stories.every((href) => href.startsWith('/stories/'))).toBe(true);

    await page.selectOption('select[name="channel"]', 'phone');
    await page.waitForURL('**/search/?q=customer&kind=story&channel=phone');
    const phone = await results(page);
    expect(await total(page)).toBeLessThan(storyCount);

    await page.reload();
    expect(await results(page)).toEqual(phone);
    expect(await page.locator('select[name="kind"]').inputValue()).toBe('story');
    expect(await page.locator('select[name="channel"]').inputValue()).toBe('phone');
    expect(await page.locator('#search-q').inputValue()).toBe('customer');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL('**/search/?q=customer');
    expect(await results(page)).toEqual(all);
    expect(problems).toEqual([]);
    await close();
  });

  it('lists everything a filter holds when there are no words', async () => {
    const { page, close } = await openPage(browser());
    const quotes = await searchFor(page, '/search/?kind=quote');
    expect(await page.locator('.answer .summary').textContent()).toBe(
      `${readContent('quotes').filter((quote) => !isExpiredToday(quote)).length} results`,
    );
    expect(quotes.length).toBe(10);
    await page.getByRole('button', { name: /Show more results/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.results > li').length > 10);
    // Keyboard users carry on from the first new result.
    const links = await page
      .locator('.results h2 a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links.length).toBe(20);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe(links[10]);
    await close();
  });

  it('searches as you type and says when nothing matches', async () => {
    const { page, close } = await openPage(browser());
    await page.goto('/search/');
    await page.locator('#search-q').fill('zzzzqqq');
    await page
      .locator('.answer .summary')
      .filter({ hasText: 'No results for “zzzzqqq”' })
      .waitFor();
    expect(page.url()).toMatch(/\/search\/\?q=zzzzqqq$/);
    expect(await page.title()).toBe('“zzzzqqq” · Search · Customer Room');
    await close();
  });
});

describe('the search box', () => {
  it('is in the header of every browse page and `/` focuses it', async () => {
    const { page, close } = await openPage(browser());
    for (const address of ['/', '/stories/', '/personas/jen-park/', '/tags/']) {
      await page.goto(address);
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    }
    await page.keyboard.type('a/b');
    expect(await page.locator('#site-search-q').inputValue()).toBe('a/b');
    await close();
  });

  it('works without JavaScript as a plain form to the search page', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto('/stories/');
    await page.locator('#site-search-q').fill('dog');
    await Promise.all([page.waitForURL('**/search/?q=dog'), page.keyboard.press('Enter')]);
    expect(await page.locator('noscript').count()).toBe(1);
    await close();
  });

  it('loads no search code until search is used', async () => {
    const { page, close } = await openPage(browser());
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || request.url().includes('/pagefind/')) {
        scripts.push(new URL(request.url()).pathname);
      }
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.goto('/stories/five-seconds-of-silence/', { waitUntil: 'networkidle' });
    expect(scripts.filter((script) => /pagefind|SearchPage|search\.svelte/i.test(script))).toEqual(
      [],
    );
    await page.keyboard.press('/');
    await page.keyboard.type('dog');
    await Promise.all([page.waitForURL('**/search/?q=dog'), page.keyboard.press('Enter')]);
    await results(page);
    expect(scripts).toContain('/pagefind/pagefind.js');
    await close();
  });
});

describe.each(['light', 'dark'] as const)('the search page in the %s scheme', (colorScheme) => {
  it('has no serious accessibility violation, with results and filters shown', async () => {
    const { page, close } = await openPage(browser(), { colorScheme });
    await searchFor(page, '/search/?q=dog&tag=small-gestures');
    expect(await seriousViolations(page)).toEqual([]);
    await close();
  });
});

describe.each(BROWSE_VIEWPORTS)('the search page at %i×%i', (width, height) => {
  it('fits the width with nothing to scroll sideways', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width, height } });
    await searchFor(page, '/search/?q=customer');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await close();
  });
});
