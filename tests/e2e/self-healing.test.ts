/**
 * A wall screen left alone through what goes wrong in the field: a broken deploy, a captive
 * portal where the server was, storage that throws, items that expire while it plays, and an
 * address asking it to poll far too often. Screens have persistent profiles, as kiosks do, and
 * play served copies of a real build of tests/fixtures/engines/.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDeployServer, type DeployServer } from '../support/deploy-server';
import { buildFixtureSite, type FixtureSite } from '../support/fixture-site';
import {
  activeSlideId,
  builtVersion,
  launchScreen as launchKioskScreen,
  shownCount,
  waitForOfflineReady,
  waitForShown,
  waitForVersion,
} from '../support/wall-screen';

const POLL_SECONDS = 10;
/** Two poll intervals at their longest (+20 % jitter), and time to install and switch. */
const TWO_POLLS_MS = 2 * POLL_SECONDS * 1200 + 6_000;

let server: DeployServer | undefined;
let oldSite: FixtureSite;
let fixedSite: FixtureSite;
let workDir: string;
const contexts: BrowserContext[] = [];

async function launchScreen(options: BrowserContextOptions = {}) {
  const context = await launchKioskScreen(mkdtempSync(path.join(workDir, 'screen-')), options);
  contexts.push(context);
  return context.pages()[0] ?? (await context.newPage());
}

/**
 * A broken deploy: a copy of a built site under a version of its own, with every wall's file
 * named `cut` (its index, or a chunk of its slides' text) cut in half.
 */
function brokenCopy(site: string, version: string, cut = 'wall.json'): string {
  const copy = mkdtempSync(path.join(workDir, 'broken-'));
  cpSync(site, copy, { recursive: true });
  const files = readdirSync(copy, { recursive: true, encoding: 'utf8' });
  for (const file of files.filter((name) => /\.(html|js|json)$/.test(name))) {
    const full = path.join(copy, file);
    let text = readFileSync(full, 'utf8').split(version).join('b0rken0deploy000');
    if (path.basename(file) === cut) text = text.slice(0, Math.floor(text.length / 2));
    writeFileSync(full, text);
  }
  return copy;
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'customer-room-self-healing-'));
  oldSite = buildFixtureSite('engines');
  fixedSite = buildFixtureSite('engines', {
    'quotes/the-fixed-deploy.md':
      '---\nattribution: "A new voice"\nsource: survey\ndate: 2026-11-28\nconsent: anonymised\ntags: [retail]\n---\nThe fixed deploy says hello.\n',
  });
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
  await server?.stop();
  server = undefined;
});

afterAll(() => {
  oldSite.remove();
  fixedSite.remove();
  rmSync(workDir, { recursive: true, force: true });
});

/**
 * A screen on the old build, then a broken deploy of the fixed one (`cut`: the file cut in half):
 * two polls later it still plays the old build, and plays on.
 */
async function playsOnThroughBrokenDeploy(screen: string, cut?: string) {
  server = await startDeployServer(oldSite.dir);
  const page = await launchScreen();
  await page.goto(`${server.url}/display/retail/?screen=${screen}&speed=20&poll=${POLL_SECONDS}`);
  await waitForOfflineReady(page);
  const oldVersion = await page.getAttribute('html', 'data-version');
  const newVersion = builtVersion(fixedSite.dir);
  expect(newVersion).not.toBe(oldVersion);
  server.deploy(brokenCopy(fixedSite.dir, newVersion, cut));
  const before = await shownCount(page);
  await page.waitForTimeout(TWO_POLLS_MS);
  expect(await page.getAttribute('html', 'data-version')).toBe(oldVersion);
  expect(await shownCount(page)).toBeGreaterThan(before + 3);
  return { page, newVersion };
}

describe('a wall screen that heals itself', () => {
  it(
    'plays on through a broken deploy, and plays the fixed one within two polls',
    async () => {
      const { page, newVersion } = await playsOnThroughBrokenDeploy('deploys');
      server?.deploy(fixedSite.dir);
      await waitForVersion(page, newVersion, TWO_POLLS_MS);
      const seen = new Set<string>();
      for (let slide = 0; slide < 4; slide++) {
        seen.add(await activeSlideId(page));
        await waitForShown(page, await shownCount(page));
      }
      expect([...seen]).toContain('quotes/the-fixed-deploy');
    },
    3 * TWO_POLLS_MS + 30_000,
  );

  it(
    'never switches to a deploy whose first slides’ text is cut short',
    async () => {
      await playsOnThroughBrokenDeploy('chunks', 'wall-0.json');
    },
    TWO_POLLS_MS + 30_000,
  );

  it('never navigates to a captive portal that answers where the server was', async () => {
    server = await startDeployServer(oldSite.dir);
    // A screen on plain http has no service worker to fall back on.
    const page = await launchScreen({ serviceWorkers: 'block' });
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
    const address = `${server.url}/display/retail/?screen=portal&speed=20`;
    await page.goto(address);
    await waitForShown(page, 0);
    server.portal();

    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('a slide template broke');
      });
    });
    await page.waitForFunction(() => document.documentElement.dataset.reloadIn);
    // The reload was due, checked, and refused: the wall plays on.
    await page.waitForFunction(() => !document.documentElement.dataset.reloadIn, undefined, {
      timeout: 20_000,
    });
    expect(navigations).toEqual([address]);
    expect(await page.title()).toMatch(/Customer Room/);
    await waitForShown(page, await shownCount(page));
  });

  it('plays, and heals itself, when storage throws', async () => {
    server = await startDeployServer(oldSite.dir);
    const page = await launchScreen();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(`${server.url}/display/retail/?screen=storage&speed=20`);
    await waitForShown(page, 1);
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('a slide template broke');
      });
    });
    await reloaded;
    await waitForShown(page, 0);
  });

  it('never shows an item again once its expiry day has passed on its own clock', async () => {
    server = await startDeployServer(oldSite.dir);
    const page = await launchScreen();
    // The last day of the winter sale quote (expires: 2027-01-15), on a site built before it.
    await page.clock.install({ time: new Date(2027, 0, 15, 23, 59, 0) });
    await page.goto(`${server.url}/display/retail/?screen=expiry&speed=20`);
    const seen: string[] = [];
    for (let slide = 0; slide < 4; slide++) {
      await waitForShown(page, slide);
      seen.push(await activeSlideId(page));
    }
    expect(seen).toContain('quotes/winter-sale-only');

    await page.clock.setSystemTime(new Date(2027, 0, 16, 0, 0, 30));
    const after: string[] = [];
    let count = await shownCount(page);
    for (let slide = 0; slide < 6; slide++) {
      count = await waitForShown(page, count);
      after.push(await activeSlideId(page));
    }
    expect(after).not.toContain('quotes/winter-sale-only');
    expect(after).toContain('quotes/honest-about-the-parcel');
  });

  it('polls no more often than every 10 s, whatever ?poll= says', async () => {
    server = await startDeployServer(oldSite.dir);
    const page = await launchScreen();
    let versionRequests = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/version.json') versionRequests += 1;
    });
    await page.goto(`${server.url}/display/retail/?screen=poll&speed=20&poll=0.01`);
    await waitForShown(page, 0);
    await page.waitForTimeout(6_000);
    // The first poll comes after at least 8 s (10 s, less 20 % jitter).
    expect(versionRequests).toBe(0);
  });
});
