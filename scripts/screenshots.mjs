// Screenshots of the built site at wall, portrait and phone sizes in both colour schemes, for a
// person to look at. Run `npm run build` first. Usage: node scripts/screenshots.mjs [path ...]
// Writes screenshots/<scheme>-<width>x<height>-<page>.png (ignored by git).
import { mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const paths = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/personas/', '/stories/', '/quotes/'];
const sizes = [
  [1920, 1080],
  [1080, 1920],
  [390, 844],
];
const port = 4399;
const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', '--port', String(port)], {
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 1500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
mkdirSync('screenshots', { recursive: true });
try {
  for (const scheme of ['light', 'dark']) {
    for (const [width, height] of sizes) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      for (const path of pages) {
        await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
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
  server.kill();
}
