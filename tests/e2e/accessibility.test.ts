import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { openPage, useBrowser } from './browser';

const browser = useBrowser();

const pages = [
  '/',
  '/personas/walter-okafor/',
  '/personas/jen-park/',
  '/stories/five-seconds-of-silence/',
  '/quotes/',
  '/tags/bereavement/',
];

describe.each(['light', 'dark'] as const)('accessibility in the %s scheme', (colorScheme) => {
  it.each(pages)('axe finds no serious or critical violation on %s', async (path) => {
    const { page, close } = await openPage(browser(), { colorScheme });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(await seriousViolations(page)).toEqual([]);
    await close();
  });
});
