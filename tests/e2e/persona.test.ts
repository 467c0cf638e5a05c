import { describe, expect, it } from 'vitest';
import { readContent } from '../support/sample-content';
import { openPage, useBrowser } from './browser';

const browser = useBrowser();

describe('a persona page', () => {
  it('shows the portrait in modern formats with its description', async () => {
    const { page, close } = await openPage(browser());
    await page.goto('/personas/walter-okafor/');
    const picture = page.locator('.persona-head picture');
    expect(await picture.locator('source[type="image/avif"]').count()).toBe(1);
    expect(await picture.locator('source[type="image/webp"]').count()).toBe(1);
    const alt = await picture.locator('img').getAttribute('alt');
    expect(alt).toMatch(/illustrated portrait/i);
    const loaded = await picture
      .locator('img')
      .evaluate((img) => (img as HTMLImageElement).naturalWidth);
    expect(loaded).toBeGreaterThan(0);
    await close();
  });

  it('draws a monogram when there is no photo', async () => {
    const { page, close } = await openPage(browser());
    await page.goto('/personas/jen-park/');
    const monogram = page.locator('.persona-head svg[role="img"]');
    expect(await monogram.getAttribute('aria-label')).toBe('Monogram for Jen Park');
    expect(await monogram.locator('text').textContent()).toBe('JP');
    await close();
  });

  it.each(readContent('personas').map(({ slug }) => slug))(
    'lists every quote and story linked to %s, with goals, frustrations and needs',
    async (slug) => {
      const { page, close } = await openPage(browser());
      await page.goto(`/personas/${slug}/`);
      for (const heading of ['Goals', 'Frustrations', 'Needs']) {
        expect(await page.getByRole('heading', { name: heading, exact: true }).count()).toBe(1);
      }
      const storyLinks = await page
        .locator('#stories-heading ~ ul a[href^="/stories/"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      const expectedStories = readContent('stories')
        .filter((story) => story.data.persona === slug)
        .map((story) => `/stories/${story.slug}/`);
      expect(new Set(storyLinks)).toEqual(new Set(expectedStories));
      const quoteCount = await page.locator('figure.quote').count();
      const expectedQuotes = readContent('quotes').filter(
        (quote) =>
          quote.data.persona === slug &&
          !(
            typeof quote.data.expires === 'string' &&
            quote.data.expires < new Date().toISOString().slice(0, 10)
          ),
      );
      expect(quoteCount).toBe(expectedQuotes.length);
      await close();
    },
  );
});

describe('a tag page', () => {
  it('collects every kind of item carrying the tag, reached from a tag link', async () => {
    const { page, close } = await openPage(browser());
    await page.goto('/stories/five-seconds-of-silence/');
    await Promise.all([
      page.waitForURL('**/tags/bereavement/'),
      page.locator('.story-foot a', { hasText: '#bereavement' }).click(),
    ]);
    expect(await page.locator('h1').textContent()).toBe('#bereavement');
    const storyLinks = await page
      .locator('article a[href^="/stories/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(storyLinks).toContain('/stories/five-seconds-of-silence/');
    const tagged = readContent('stories').filter((story) =>
      (story.data.tags as string[] | undefined)?.includes('bereavement'),
    );
    expect(new Set(storyLinks).size).toBe(tagged.length);
    expect(await page.locator('figure.quote').count()).toBeGreaterThan(0);
    await close();
  });
});
