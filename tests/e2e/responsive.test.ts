import { describe, expect, it } from 'vitest';
import { BROWSE_VIEWPORTS, openPage, sidewaysOverflow, useBrowser } from './browser';

const browser = useBrowser();
const pages = [
  '/',
  '/personas/',
  '/personas/priya-raman/',
  '/stories/',
  '/stories/five-seconds-of-silence/',
  '/quotes/',
  '/tags/',
];

describe.each(BROWSE_VIEWPORTS)('at %i×%i', (width, height) => {
  it.each(pages)('%s fits the width with nothing to scroll sideways', async (path) => {
    const { page, close } = await openPage(browser(), { viewport: { width, height } });
    await page.goto(path);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await close();
  });
});
