import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './browser';

const browser = useBrowser();

async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const style = element ? getComputedStyle(element) : undefined;
    return {
      text: element?.textContent?.trim() ?? '',
      href: element?.getAttribute('href') ?? '',
      outlineVisible:
        !!style && style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
    };
  });
}

describe('keyboard use', () => {
  it('reaches the skip link and every header link by Tab, each with a visible focus ring', async () => {
    const { page, close } = await openPage(browser());
    await page.goto('/');
    const reached: string[] = [];
    for (let press = 0; press < 6; press++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      expect(now.outlineVisible, `focus ring on "${now.text}"`).toBe(true);
      reached.push(now.text);
    }
    expect(reached).toEqual([
      'Skip to content',
      'Customer Room',
      'Personas',
      'Stories',
      'Quotes',
      'Display',
    ]);
    // Then the search box and its button, after the section links.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    expect((await focused(page)).outlineVisible, 'focus ring on the search box').toBe(true);
    await page.keyboard.press('Tab');
    const button = await focused(page);
    expect(button.text).toBe('Search');
    expect(button.outlineVisible, 'focus ring on the search button').toBe(true);
    await close();
  });

  it('focuses the search box with `/` and searches with Enter', async () => {
    const { page, close } = await openPage(browser());
    await page.goto('/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('dog');
    await Promise.all([page.waitForURL('**/search/?q=dog'), page.keyboard.press('Enter')]);
    await close();
  });

  it('skips to the content and opens a section with Enter', async () => {
    const { page, close } = await openPage(browser());
    await page.goto('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.goto('/');
    for (let press = 0; press < 4; press++) await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Stories');
    await Promise.all([page.waitForURL('**/stories/'), page.keyboard.press('Enter')]);
    const current = page.locator('nav[aria-label="Main"] a[aria-current="page"]');
    expect(await current.textContent()).toBe('Stories');
    await close();
  });
});
