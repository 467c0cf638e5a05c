/** Gzipped bytes of every script a page runs on load (files and inline): the JS budget's measure. */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export async function scriptBytesOnLoad(page: Page, url: string): Promise<number> {
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const inline = await page.$$eval('script:not([src])', (tags) =>
    tags
      .filter((tag) => tag.getAttribute('type') !== 'application/json')
      .map((tag) => tag.textContent ?? ''),
  );
  const files = await Promise.all(bodies);
  return [...files, ...inline.map((text) => Buffer.from(text))].reduce(
    (sum, body) => sum + gzipSync(body).length,
    0,
  );
}
