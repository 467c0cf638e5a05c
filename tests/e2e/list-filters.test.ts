import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isExpiredToday, readContent } from '../support/sample-content';
import { seriousViolations } from './axe';
import { openPage, sidewaysOverflow, trackProblems, useBrowser } from './browser';

const browser = useBrowser();

const liveStories = readContent('stories').filter((story) => !isExpiredToday(story));
const liveQuotes = readContent('quotes').filter((quote) => !isExpiredToday(quote));
const tagsOf = (file: { data: Record<string, unknown> }) => (file.data.tags as string[]) ?? [];

/** Opens a list and waits for its filters island to take over. */
async function openList(page: Page, address: string) {
  await page.goto(address);
  await page.locator('astro-island:not([ssr]) form.filters').waitFor();
}

/** The slugs of the items shown, in the order shown. */
async function shownSlugs(page: Page, listId: string): Promise<string[]> {
  return page
    .locator(`#${listId} > li:not([hidden])`)
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-slug') ?? ''));
}

describe('the story list filters', () => {
  it('narrow the list, keep the choice in the address, and survive a reload', async () => {
    const { page, close } = await openPage(browser());
    const problems = trackProblems(page);
    await openList(page, '/stories/');
    expect(await shownSlugs(page, 'story-list')).toHaveLength(liveStories.length);

    await page.getByLabel('Topic', { exact: true }).selectOption('bereavement');
    await page.waitForURL('**/stories/?tag=bereavement');
    const bereavement = liveStories
      .filter((story) => tagsOf(story).includes('bereavement'))
      .map((story) => story.slug);
    expect((await shownSlugs(page, 'story-list')).sort()).toEqual(bereavement.sort());

    await page.getByLabel('Channel', { exact: true }).selectOption('phone');
    await page.waitForURL('**/stories/?tag=bereavement&channel=phone');
    const phone = liveStories
      .filter((story) => tagsOf(story).includes('bereavement') && story.data.channel === 'phone')
      .map((story) => story.slug);
    expect(phone.length).toBeLessThan(bereavement.length);
    const before = await shownSlugs(page, 'story-list');
    expect([...before].sort()).toEqual(phone.sort());
    expect(await page.getByRole('status').textContent()).toBe(
      `Showing ${phone.length} of ${liveStories.length} stories`,
    );

    await page.reload();
    await page.locator('astro-island:not([ssr]) form.filters').waitFor();
    expect(await shownSlugs(page, 'story-list')).toEqual(before);
    expect(await page.getByLabel('Topic', { exact: true }).inputValue()).toBe('bereavement');
    expect(await page.getByLabel('Channel', { exact: true }).inputValue()).toBe('phone');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL(/\/stories\/$/);
    expect(await shownSlugs(page, 'story-list')).toHaveLength(liveStories.length);
    expect(problems).toEqual([]);
    await close();
  });

  it('sorts newest first by default, and by title or oldest on request', async () => {
    const { page, close } = await openPage(browser());
    await openList(page, '/stories/?sort=title');
    const titles = await page
      .locator('#story-list > li:not([hidden]) h2')
      .evaluateAll((headings) => headings.map((h) => h.textContent?.trim() ?? ''));
    expect(titles).toEqual(
      [...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
    await page.getByLabel('Sort', { exact: true }).selectOption('oldest');
    await page.waitForURL('**/stories/?sort=oldest');
    const dates = await page
      .locator('#story-list > li:not([hidden]) time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort());
    await page.getByLabel('Sort', { exact: true }).selectOption('newest');
    await page.waitForURL(/\/stories\/$/);
    await close();
  });

  it('shows everything for a shared link whose values no longer exist', async () => {
    const { page, close } = await openPage(browser());
    await openList(page, '/stories/?tag=no-such-topic&persona=nobody&sort=random');
    expect(await shownSlugs(page, 'story-list')).toHaveLength(liveStories.length);
    await page.waitForURL(/\/stories\/$/);
    await close();
  });

  it('offers links to the topic pages without JavaScript', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto('/stories/?tag=bereavement');
    const topics = page.getByRole('navigation', { name: 'Topics' });
    expect(await topics.locator('a[href="/tags/bereavement/"]').count()).toBe(1);
    expect(await shownSlugs(page, 'story-list')).toHaveLength(liveStories.length);
    await close();
  });
});

describe('the quote wall filters', () => {
  it('show one persona’s quotes, newest first, and keep them on reload', async () => {
    const { page, close } = await openPage(browser());
    await openList(page, '/quotes/');
    await page.getByLabel('Persona', { exact: true }).selectOption('walter-okafor');
    await page.waitForURL('**/quotes/?persona=walter-okafor');
    const walter = liveQuotes
      .filter((quote) => quote.data.persona === 'walter-okafor')
      .sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)))
      .map((quote) => quote.slug);
    expect(await shownSlugs(page, 'quote-wall')).toEqual(walter);
    await page.reload();
    await page.locator('astro-island:not([ssr]) form.filters').waitFor();
    expect(await shownSlugs(page, 'quote-wall')).toEqual(walter);
    await close();
  });

  it('filter by source and consent together', async () => {
    const { page, close } = await openPage(browser());
    await openList(page, '/quotes/?source=survey&consent=obtained');
    const expected = liveQuotes
      .filter((quote) => quote.data.source === 'survey' && quote.data.consent === 'obtained')
      .map((quote) => quote.slug);
    expect((await shownSlugs(page, 'quote-wall')).sort()).toEqual(expected.sort());
    await close();
  });
});

describe('the persona list filters', () => {
  it('filter by channel and sort by who we heard from most recently', async () => {
    const { page, close } = await openPage(browser());
    await openList(page, '/personas/?channel=social');
    const social = readContent('personas')
      .filter((persona) => ((persona.data.channels as string[]) ?? []).includes('social'))
      .map((persona) => persona.slug);
    expect((await shownSlugs(page, 'persona-list')).sort()).toEqual(social.sort());
    await page.getByLabel('Channel', { exact: true }).selectOption('');
    await page.getByLabel('Sort', { exact: true }).selectOption('newest');
    await page.waitForURL('**/personas/?sort=newest');
    const newest = (slug: string) =>
      [...liveStories, ...liveQuotes]
        .filter((item) => item.data.persona === slug)
        .map((item) => String(item.data.date))
        .sort()
        .at(-1) ?? '';
    const order = await shownSlugs(page, 'persona-list');
    expect(order.map(newest)).toEqual(order.map(newest).sort().reverse());
    await close();
  });
});

describe.each(['light', 'dark'] as const)('a filtered list in the %s scheme', (colorScheme) => {
  it('has no serious accessibility violation', async () => {
    const { page, close } = await openPage(browser(), { colorScheme });
    await openList(page, '/stories/?tag=empathy&sort=title');
    expect(await seriousViolations(page)).toEqual([]);
    await close();
  });
});

describe.each([
  [360, 740],
  [2560, 1440],
])('list filters at %i×%i', (width, height) => {
  it.each(['/stories/', '/quotes/', '/personas/'])('%s fits the width', async (address) => {
    const { page, close } = await openPage(browser(), { viewport: { width, height } });
    await openList(page, address);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await close();
  });
});
