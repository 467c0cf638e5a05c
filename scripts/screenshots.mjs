// Screenshots of the built site at wall, portrait and phone sizes in both colour schemes, for a
// person to look at. Run `npm run build` first. Usage: node scripts/screenshots.mjs [path ...]
// Writes screenshots/<scheme>-<width>x<height>-<page>.png (ignored by git).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './support/chromium.ts';
import { freePort, serveSite } from './support/site-server.ts';

const paths = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/personas/', '/stories/', '/quotes/'];
const sizes = [
  [1920, 1080],
  [1080, 1920],
  [390, 844],
];
const server = await serveSite('dist', await freePort());
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
mkdirSync('screenshots', { recursive: true });
try {
  for (const scheme of ['light', 'dark']) {
    for (const [width, height] of sizes) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      for (const path of pages) {
        await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
        const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
        const file = `screenshots/${scheme}-${width}x${height}-${name}.png`;
        await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
