/**
 * A story's recording at the desk, in a listening session and on the wall, on a fixture site of
 * its own (tests/fixtures/calls): one timed call with a 4 s pause, its turns at 0:00.5, 0:03.6,
 * 0:10.4 and 0:13.3, and a coaching prompt after the second turn.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { copyProject, type ProjectCopy } from '../../scripts/support/project-copy';
import { freePort, serveSite, type SiteServer } from '../../scripts/support/site-server';
import { waitForOfflineReady } from '../support/wall-screen';
import { useBrowser } from './browser';

const browser = useBrowser();
const STORY = '/stories/the-swallowed-card/';
const FIXTURE = path.resolve('tests/fixtures/calls');
const RECORDING = /\/stories\/the-swallowed-card\/the-swallowed-card\.m4a$/;
let project: ProjectCopy;
let server: SiteServer | undefined;
let site = '';
/** The fixture site's address; stays valid after the offline test stops the server. */
let siteUrl = '';

beforeAll(async () => {
  project = copyProject('calls', FIXTURE);
  site = path.join(project.root, 'site');
  const built = project.build(site);
  if (built.status !== 0) throw new Error(`the calls fixture did not build:\n${built.output}`);
  server = await serveSite(site, await freePort());
  siteUrl = server.url;
}, 240_000);

afterAll(async () => {
  await server?.stop();
  project.remove();
});

async function open(address: string) {
  const context = await browser().newContext({ baseURL: siteUrl });
  const page = await context.newPage();
  await page.goto(address);
  return { page, close: () => context.close() };
}

/** Waits until the player knows the recording's length (preload="metadata"). */
const metadataLoaded = (page: Page) =>
  page.waitForFunction(() => (document.querySelector('audio')?.readyState ?? 0) >= 1);

/** Moves the recording to `seconds`, as playing or dragging the slider does. */
const playerAt = (page: Page, seconds: number) =>
  page.evaluate((time) => {
    const audio = document.querySelector('audio');
    if (!audio) throw new Error('no <audio> on the page');
    audio.currentTime = time;
    audio.dispatchEvent(new Event('timeupdate'));
  }, seconds);

const playingText = (page: Page) =>
  page.locator('.transcript .playing').textContent({ timeout: 5000 });

describe('a story with a recording, at the desk', () => {
  it('highlights the turn or pause being played', async () => {
    const { page, close } = await open(STORY);
    await metadataLoaded(page);
    await playerAt(page, 4.5);
    expect(await playingText(page)).toContain('Let me freeze it');
    await playerAt(page, 8);
    expect(await playingText(page)).toContain('4 seconds of silence');
    await playerAt(page, 11);
    expect(await playingText(page)).toContain('I was so worried');
    expect(await page.locator('.transcript .playing').count()).toBe(1);
    await close();
  });

  it('plays from a turn when it is clicked, or chosen with Enter', async () => {
    const { page, close } = await open(STORY);
    await metadataLoaded(page);
    await page.locator('.transcript li', { hasText: 'on its way' }).click();
    const clicked = await page.evaluate(() => document.querySelector('audio')?.currentTime ?? 0);
    expect(clicked).toBeGreaterThanOrEqual(13.3);
    expect(clicked).toBeLessThan(17.3);
    await page.locator('.transcript li', { hasText: 'swallowed my card' }).focus();
    await page.keyboard.press('Enter');
    const entered = await page.evaluate(() => document.querySelector('audio')?.currentTime ?? 0);
    expect(entered).toBeLessThan(3);
    await close();
  });

  it('starts at ?t= in the address', async () => {
    const { page, close } = await open(`${STORY}?t=0:11`);
    await page.waitForFunction(() => document.querySelector('audio')?.currentTime === 11);
    expect(await playingText(page)).toContain('I was so worried');
    await close();
  });

  it('links its captions, and shows the pause as a bar without playing', async () => {
    const { page, close } = await open(STORY);
    expect(await page.getAttribute('a[download]', 'href')).toBe(`${STORY}captions.vtt`);
    expect(await page.locator('.transcript .pause').textContent()).toContain(
      '4 seconds of silence',
    );
    const bar = await page.locator('.transcript .pause-bar').boundingBox();
    expect(bar?.width).toBeGreaterThan(100);
    await close();
  });
});

describe('a listening session with the recording', () => {
  it('plays the turns and stops at the coaching prompt, then counts the pause', async () => {
    const { page, close } = await open(`${STORY}session/`);
    await page.waitForSelector('.step-button.play');
    await page.keyboard.press('ArrowRight'); // the introduction
    await page.keyboard.press('ArrowRight'); // the first turn: plays on through the second
    await playerAt(page, 6.5); // past the second turn's end
    await page.waitForSelector('.step--prompt');
    expect(await page.evaluate(() => document.querySelector('audio')?.paused)).toBe(true);
    expect(await page.locator('.step--turn').count()).toBe(2);
    expect(await page.locator('.step--pause').count()).toBe(0);

    await page.keyboard.press('ArrowRight'); // the pause: played in full, counted
    await playerAt(page, 7.5);
    expect(await page.locator('.step--pause').textContent()).toMatch(/Sit with it: 3 s/);
    await close();
  });
});

describe('a timed story on the wall', () => {
  it('replays its captions at their times, counts the pause down, and never asks for the audio', async () => {
    const context = await browser().newContext({
      baseURL: siteUrl,
      viewport: { width: 1920, height: 1080 },
    });
    const page = await context.newPage();
    const audioRequests: string[] = [];
    page.on('request', (request) => {
      if (RECORDING.test(new URL(request.url()).pathname)) audioRequests.push(request.url());
    });
    await page.clock.install();
    await page.goto('/display/calls/');
    const turns = page.locator('.swiper-slide[aria-hidden="false"] .turns .turn');
    await page.waitForFunction(
      () => document.querySelector('.wall')?.getAttribute('data-shown') === '1',
    );
    await page.clock.runFor(2000);
    expect(await turns.count()).toBe(1);
    await page.clock.runFor(2000); // 4 s in: the second turn started at 3.6 s
    expect(await turns.count()).toBe(2);
    expect(await turns.nth(1).textContent()).toContain('Let me freeze it');
    await page.clock.runFor(3000); // 7 s in: the pause from 6.4 s to 10.4 s
    const countdown = page.locator('.swiper-slide[aria-hidden="false"] .countdown');
    expect(Number(await countdown.textContent())).toBeGreaterThanOrEqual(1);
    expect(Number(await countdown.textContent())).toBeLessThanOrEqual(4);
    await page.clock.runFor(4000); // the pause is over
    expect(await countdown.count()).toBe(0);
    expect(audioRequests).toEqual([]);
    await context.close();
  });
});

describe('a recording on a desk', () => {
  it('plays offline once it has been played', async () => {
    const { page, close } = await open(STORY);
    await waitForOfflineReady(page);
    // Visited once under the worker's control, so the page itself is kept too.
    await page.reload({ waitUntil: 'networkidle' });
    await metadataLoaded(page);
    await page.locator('.transcript li', { hasText: 'swallowed my card' }).click();
    await page.waitForFunction(async (pattern) => {
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) {
          if (new RegExp(pattern).test(new URL(request.url).pathname)) return true;
        }
      }
      return false;
    }, RECORDING.source);
    await server?.stop();
    server = undefined;
    await page.reload();
    await metadataLoaded(page);
    await page.locator('.transcript li', { hasText: 'I was so worried' }).click();
    await page.waitForFunction(() => {
      const audio = document.querySelector('audio');
      return !!audio && !audio.error && audio.readyState >= 3 && audio.currentTime >= 10.4;
    });
    await close();
  });
});
