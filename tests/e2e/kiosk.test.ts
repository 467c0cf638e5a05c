/**
 * A wall screen left alone: it keeps playing with the server gone, picks up a new build by
 * itself, and reloads itself after an error, more patiently each time it happens again.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../scripts/support/project-copy';
import { freePort, serveSite, type SiteServer } from '../../scripts/support/site-server';
import { ROOM } from '../support/fixture-sites';
import {
  launchScreen as launchKioskScreen,
  settledWorkers,
  waitForOfflineReady,
  waitForShown,
  builtVersion,
  waitForVersion,
} from '../support/wall-screen';

let port: number;
let server: SiteServer | undefined;
let newBuild: ProjectCopy;
let newSite: string;
const contexts: BrowserContext[] = [];
const profiles: string[] = [];

async function launchScreen(profile: string) {
  const context = await launchKioskScreen(profile);
  contexts.push(context);
  return context;
}

function newProfile() {
  const profile = mkdtempSync(path.join(tmpdir(), 'customer-room-screen-'));
  profiles.push(profile);
  return profile;
}

beforeAll(async () => {
  port = await freePort();
  // A second build of the same site with one more quote: a new version to deploy.
  newBuild = copyProject('kiosk', ROOM);
  writeFileSync(
    path.join(newBuild.contentDir, 'quotes', 'zz-new-build.md'),
    '---\nsource: survey\ndate: 2026-11-20\nconsent: anonymised\n---\nThe new build says hello.\n',
  );
  newSite = path.join(newBuild.root, 'site');
  const result = newBuild.build(newSite);
  if (result.status !== 0) throw new Error(`the second build failed:\n${result.output}`);
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
  await server?.stop();
  server = undefined;
});

afterAll(() => {
  newBuild.remove();
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
});

describe('an unattended wall screen', () => {
  it('plays on with the server gone, after a reload and after the browser restarts', async () => {
    server = await serveSite(inject('siteDir'), port);
    const profile = newProfile();
    let screen = await launchScreen(profile);
    let page = await screen.newPage();
    const address = `${server.url}/display/?screen=offline&speed=20`;
    await page.goto(address);
    await waitForOfflineReady(page);
    await server.stop();

    await page.reload();
    const shown = await waitForShown(page, 0);
    await waitForShown(page, shown);
    expect(await page.title()).toMatch(/Customer Room/);

    await screen.close();
    screen = await launchScreen(profile);
    page = await screen.newPage();
    await page.goto(address);
    const afterRestart = await waitForShown(page, 0);
    await waitForShown(page, afterRestart);
    expect(await page.locator('.swiper-slide-active article').count()).toBe(1);
  });

  it('keeps browse pages readable offline once visited, and leaves the walls alone', async () => {
    server = await serveSite(inject('siteDir'), port);
    const desk = await launchScreen(newProfile());
    const page = await desk.newPage();
    await page.goto(`${server.url}/stories/five-seconds-of-silence/`);
    await waitForOfflineReady(page);
    // Visited once under the service worker's control, so it keeps a copy.
    await page.reload({ waitUntil: 'networkidle' });
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) {
          urls.push(new URL(request.url).pathname);
        }
      }
      return urls;
    });
    expect(cached).toContain('/stories/five-seconds-of-silence/');
    // A desk is not a wall: it never downloads the walls' pages and slides.
    expect(cached.filter((url) => url.startsWith('/display/'))).toEqual([]);
    await server.stop();
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe('Five seconds of silence');
    expect(await page.locator('figure.transcript li.turn').count()).toBeGreaterThan(2);
  });

  it('retires the single site-wide worker of earlier builds when a wall opens', async () => {
    server = await serveSite(inject('siteDir'), port);
    const screen = await launchScreen(newProfile());
    const page = await screen.newPage();
    await page.goto(`${server.url}/favicon.svg`);
    // What earlier builds did: /sw.js for the whole site.
    await page.evaluate(async () => {
      await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    });
    await page.goto(`${server.url}/display/?screen=retire`);
    await waitForShown(page, 0);
    // The end state: the wall's own worker running and nothing else registered.
    const scopes = await settledWorkers(page, ['/display/ active']);
    expect(scopes).toEqual(['/display/ active']);
  });

  it('switches to a new build within two poll intervals, and drops the old caches', async () => {
    server = await serveSite(inject('siteDir'), port);
    const screen = await launchScreen(newProfile());
    const page = await screen.newPage();
    await page.goto(`${server.url}/display/?screen=update&speed=10&poll=10`);
    await waitForOfflineReady(page);
    const newVersion = builtVersion(newSite);
    expect(newVersion).not.toBe(await page.getAttribute('html', 'data-version'));

    await server.stop();
    server = await serveSite(newSite, port);
    // Two polls of 10 s, the shortest allowed (±20 %), the new worker's install, then the next
    // slide boundary.
    const caches = await waitForVersion(page, newVersion, 30_000);
    expect(caches.length).toBeGreaterThan(0);
    expect(caches.filter((name) => !name.includes(newVersion))).toEqual([]);
  });

  it('shows its starting screen and tries again later when the slides do not load', async () => {
    server = await serveSite(inject('siteDir'), port);
    const screen = await launchScreen(newProfile());
    const page = await screen.newPage();
    let asked = 0;
    await page.route('**/wall.json*', (route) => {
      asked += 1;
      return asked === 1
        ? route.fulfill({ status: 503, body: 'Deploy in progress' })
        : route.fallback();
    });
    await page.goto(`${server.url}/display/?screen=no-slides`);
    await page.waitForFunction(() => document.documentElement.dataset.reloadIn);
    // On screen, not merely in the page: what a person sees at the centre of the wall.
    const atCentre = await page.evaluate(
      () => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.textContent,
    );
    expect(atCentre).toBe('Customer Room');
    // The reload gets the slides (from the wall's worker, which now installs before the
    // slides load, or from the server), and the wall plays.
    await waitForShown(page, 0);
    expect(asked).toBeGreaterThanOrEqual(1);
  });

  it('reloads within 30 s after an uncaught error, and waits longer when errors repeat', async () => {
    server = await serveSite(inject('siteDir'), port);
    const screen = await launchScreen(newProfile());
    const page = await screen.newPage();
    await page.goto(`${server.url}/display/?screen=errors`);
    await waitForShown(page, 0);
    const throwSoon = () =>
      page.evaluate(() => {
        setTimeout(() => {
          throw new Error('a slide template broke');
        });
      });

    const started = Date.now();
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await throwSoon();
    await page.waitForFunction(() => document.documentElement.dataset.reloadIn);
    const firstDelay = Number(await page.getAttribute('html', 'data-reload-in'));
    await reloaded;
    expect(Date.now() - started).toBeLessThan(30_000);

    await waitForShown(page, 0);
    await throwSoon();
    await page.waitForFunction(() => document.documentElement.dataset.reloadIn);
    const secondDelay = Number(await page.getAttribute('html', 'data-reload-in'));
    expect(firstDelay).toBeLessThanOrEqual(30_000);
    expect(secondDelay).toBe(firstDelay * 2);
  });
});
