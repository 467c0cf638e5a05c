import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './browser';

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

describe.each([
  [360, 740],
  [1920, 1080],
  [2560, 1440],
])('at %i×%i', (width, height) => {
  it.each(pages)('%s fits the width with nothing to scroll sideways', async (path) => {
    const { page, close } = await openPage(browser(), { viewport: { width, height } });
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await close();
  });
});
