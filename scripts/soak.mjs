// `npm run soak [-- ROTATIONS]`: builds the site if needed, serves it on loopback, and drives the
// wall display through a few thousand rotations with Playwright's clock, reporting DOM nodes and
// JS heap at the start and the end. Fails when the heap grew by more than 2 MB.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_FLAGS } from './support/chromium.ts';
import { freePort, serveSite } from './support/site-server.ts';
import { soak } from './support/soak.ts';

const rotations = Number(process.argv[2] ?? 3000);
if (!existsSync('dist/display/index.html')) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = await serveSite('dist', await freePort());
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage();
  const began = Date.now();
  const { start, end } = await soak(page, `${server.url}/display/?screen=soak&speed=40`, rotations);
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);
  console.table({
    start: {
      rotations: start.rotations,
      'DOM nodes': start.nodes,
      'JS heap (MB)': mb(start.heapBytes),
    },
    end: { rotations: end.rotations, 'DOM nodes': end.nodes, 'JS heap (MB)': mb(end.heapBytes) },
  });
  const growth = end.heapBytes - start.heapBytes;
  console.log(
    `${end.rotations - start.rotations} rotations in ${((Date.now() - began) / 1000).toFixed(0)} s; ` +
      `heap grew ${mb(growth)} MB, DOM nodes ${end.nodes - start.nodes >= 0 ? '+' : ''}${end.nodes - start.nodes}`,
  );
  if (growth > 2 * 1024 * 1024) {
    console.error('The heap grew by more than 2 MB.');
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.stop();
}
