/** Size budgets, asserted on every run (times are the benchmark's business, never a test's). */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { scriptBytesOnLoad } from '../../scripts/support/script-bytes';
import { openPage, useBrowser } from './browser';

const browser = useBrowser();
const KB = 1024;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

describe('budgets', () => {
  it.each([
    '/',
    '/personas/walter-okafor/',
    '/stories/five-seconds-of-silence/',
    '/stories/',
    '/quotes/',
  ])('%s ships at most 30 kB of gzipped JavaScript before search is used', async (url) => {
    const { page, close } = await openPage(browser());
    expect(await scriptBytesOnLoad(page, url)).toBeLessThanOrEqual(30 * KB);
    await close();
  });

  it('/display/ ships at most 60 kB of gzipped JavaScript', async () => {
    const { page, close } = await openPage(browser());
    const bytes = await scriptBytesOnLoad(page, '/display/');
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(60 * KB);
    await close();
  });

  it('/display/ stays a small page: its slides come in one file, preloaded and fetched once', async () => {
    const { page, close } = await openPage(browser());
    const slideFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('wall.json')) slideFiles.push(new URL(request.url()).pathname);
    });
    const response = await page.goto('/display/');
    expect((await response?.body())?.length).toBeLessThanOrEqual(12 * KB);
    await page.waitForSelector('.swiper-slide-active article');
    expect(slideFiles).toEqual(['/display/wall.json']);
    await close();
  });

  it('no page of the sample site is over 100 kB of HTML', () => {
    const siteDir = inject('siteDir');
    const pages = htmlFiles(siteDir);
    expect(pages.length).toBeGreaterThan(40);
    const heavy = pages
      .map((file) => ({
        page: path.relative(siteDir, file),
        kb: Math.round(statSync(file).size / KB),
      }))
      .filter(({ kb }) => kb > 100);
    expect(heavy).toEqual([]);
  });

  it.each([
    ['/', { width: 1920, height: 1080 }],
    ['/personas/walter-okafor/', { width: 1920, height: 1080 }],
    ['/personas/', { width: 390, height: 844 }],
  ] as const)('%s serves images at most twice their rendered width (%o)', async (url, viewport) => {
    const { page, close } = await openPage(browser(), { viewport });
    await page.goto(url, { waitUntil: 'networkidle' });
    // Lazy images load once scrolled to; scroll through the page first.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
        scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    await page.waitForLoadState('networkidle');
    const images = await page.$$eval('img', (all) =>
      all
        .map((img) => ({
          src: img.currentSrc,
          natural: img.naturalWidth,
          rendered: img.clientWidth,
        }))
        .filter((img) => img.rendered > 0 && img.natural > 0 && !img.src.endsWith('.svg')),
    );
    const oversized = images.filter((img) => img.natural > 2 * img.rendered);
    expect(oversized).toEqual([]);
    await close();
  });

  it('the wall serves a portrait at most twice its rendered width (1920x1080)', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width: 1920, height: 1080 } });
    await page.goto('/display/?screen=images');
    await page.waitForSelector('.swiper-slide-active article');
    // The day's order decides which slide comes first: step on until one shows a photo.
    const face = page.locator('.swiper-slide-active img.face');
    for (let step = 0; step < 60 && (await face.count()) === 0; step++) {
      const before = await page.locator('.swiper-slide-active article').getAttribute('data-id');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (id) =>
          document.querySelector('.swiper-slide-active article')?.getAttribute('data-id') !== id,
        before,
      );
    }
    await expect
      .poll(() => face.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    const { natural, rendered } = await face.evaluate((img: HTMLImageElement) => ({
      natural: img.naturalWidth,
      rendered: img.clientWidth,
    }));
    expect(rendered).toBeGreaterThan(0);
    expect(natural).toBeLessThanOrEqual(2 * rendered);
    await close();
  });
});
