/**
 * Announcements on the wall (issue 15), on a fixture site of their own
 * (tests/fixtures/announcements/ plus announcements written here, with windows a few days after
 * today so that none has ended when the site is built). Playwright's clock stands in for the
 * days; the deploy test runs on the real clock.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/fixture-site';
import { freePort, serveSite, type SiteServer } from '../../scripts/support/site-server';
import { installPausedClock } from '../../scripts/support/clock';
import { contrastRatio } from '../support/contrast';
import { activeSlideId, shownCount, waitForShown } from '../support/wall-screen';
import { seriousViolations } from './axe';
import { openPage, trackProblems, useBrowser } from './browser';

const browser = useBrowser();

const FIXTURE = path.join(process.cwd(), 'tests', 'fixtures', 'announcements');

/** Midnight today on this machine's clock, which the screens (the browser) share. */
const today = new Date();
const at = (days: number, hours: number, minutes = 0, seconds = 0) =>
  new Date(today.getFullYear(), today.getMonth(), today.getDate() + days, hours, minutes, seconds);

const pad = (value: number) => String(value).padStart(2, '0');
/** `YYYY-MM-DDTHH:MM` on the local clock, as an author writes a window. */
const local = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;

interface Written {
  slug: string;
  title: string;
  from: Date;
  until: Date;
  fields: string;
}

const announcements: Written[] = [
  {
    slug: 'outage',
    title: 'Outage in the North region',
    from: at(2, 10),
    until: at(2, 10, 2),
    fields: 'mode: takeover\nscreens: [floor]\ntone: urgent',
  },
  {
    slug: 'huddle',
    title: 'Team huddle at 14:00',
    from: at(3, 9),
    until: at(3, 17),
    fields: 'mode: interleave\nevery: 2\nscreens: [floor]\ntone: info',
  },
  {
    slug: 'lobby-only',
    title: 'Welcome, visitors',
    from: at(3, 9),
    until: at(3, 17),
    fields: 'mode: takeover\nscreens: [lobby]\ntone: celebrate',
  },
  ...(['info', 'urgent', 'celebrate'] as const).map((tone) => ({
    slug: `tone-${tone}`,
    title:
      tone === 'info'
        ? 'Team huddle at 14:00'
        : tone === 'urgent'
          ? 'Outage in the North region'
          : 'Thank you: 1,000 five-star reviews this month',
    from: at(4, 9),
    until: at(4, 17),
    fields: `mode: takeover\nscreens: [tones]\ntone: ${tone}`,
  })),
];

const BODY =
  'Billing calls will be long today. Acknowledge the wait first; the fix is being deployed.';

function writeAnnouncement(content: string, { slug, title, from, until, fields }: Written) {
  mkdirSync(path.join(content, 'announcements'), { recursive: true });
  writeFileSync(
    path.join(content, 'announcements', `${slug}.md`),
    `---\ntitle: "${title}"\nfrom: ${local(from)}\nuntil: ${local(until)}\n${fields}\n---\n${BODY}\n`,
  );
}

const build = (content: string, out: string) => buildSite(out, { CONTENT_DIR: content });

let work: string;
let port: number;
let server: SiteServer | undefined;
let siteBefore: string;
let siteAfter: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'customer-room-announcements-'));
  const content = path.join(work, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  for (const announcement of announcements) writeAnnouncement(content, announcement);
  siteBefore = path.join(work, 'before');
  build(content, siteBefore);
  // The next deploy adds a takeover for the floor that is on now, on the real clock.
  const now = Date.now();
  writeAnnouncement(content, {
    slug: 'deployed',
    title: 'Deployed just now',
    from: new Date(now - 60 * 60 * 1000),
    until: new Date(now + 3 * 60 * 60 * 1000),
    fields: 'mode: takeover\nscreens: [floor]\ntone: urgent',
  });
  siteAfter = path.join(work, 'after');
  build(content, siteAfter);
}, 400_000);

beforeAll(async () => {
  port = await freePort();
  server = await serveSite(siteBefore, port);
});

afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Opens a wall with the clock paused at `time`; reduced motion, so a switch is instant. */
async function openWall(address: string, time: Date, viewport = { width: 1920, height: 1080 }) {
  const opened = await openPage(browser(), {
    baseURL: server?.url ?? '',
    viewport,
    reducedMotion: 'reduce',
  });
  await installPausedClock(opened.page, time);
  const problems = trackProblems(opened.page, server?.url);
  await opened.page.goto(address);
  await waitForShown(opened.page, 0);
  return { ...opened, problems };
}

/** Runs the clock until the next slide (or announcement) is up; returns what is on screen. */
async function nextShown(page: Page): Promise<string> {
  const before = await shownCount(page);
  for (let waited = 0; waited < 40_000 && (await shownCount(page)) === before; waited += 250) {
    await page.clock.runFor(250);
  }
  await waitForShown(page, before);
  return activeSlideId(page);
}

describe('announcements on the wall', () => {
  it('a takeover goes up at `from`, mid-slide, and the rotation comes back at `until`', async () => {
    // The page's clock pauses a second after this: 09:59:31.
    const { page, close, problems } = await openWall('/display/floor/', at(2, 9, 59, 30));
    expect(await activeSlideId(page)).toMatch(/^quotes\//);
    await page.clock.runFor(28_000);
    expect(await activeSlideId(page)).toMatch(/^quotes\//);
    await page.clock.runFor(1_500);
    await page.waitForSelector('.swiper-slide-active article[data-id="announcements/outage"]');
    // What the floor reads: the title and the message, and no time left.
    expect(await page.textContent('.swiper-slide-active h2')).toBe('Outage in the North region');
    expect(await page.isVisible('.progress')).toBe(false);
    // Still up a second before 10:02, then gone.
    await page.clock.runFor(2 * 60 * 1000 - 2_000);
    expect(await activeSlideId(page)).toBe('announcements/outage');
    await page.clock.runFor(1_500);
    await page.waitForFunction(() =>
      document
        .querySelector('.swiper-slide-active article')
        ?.getAttribute('data-id')
        ?.startsWith('quotes/'),
    );
    expect(await page.isVisible('.progress')).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('an interleave plays after every 2nd slide; one for another playlist never shows', async () => {
    const { page, close, problems } = await openWall('/display/floor/', at(3, 10));
    const seen = [await activeSlideId(page)];
    for (let step = 0; step < 8; step++) seen.push(await nextShown(page));
    const kinds = seen.map((id) => (id.startsWith('quotes/') ? 'slide' : id));
    expect(kinds).toEqual([
      'slide',
      'slide',
      'announcements/huddle',
      'slide',
      'slide',
      'announcements/huddle',
      'slide',
      'slide',
      'announcements/huddle',
    ]);
    expect(problems).toEqual([]);
    await close();

    // The lobby's takeover is live at the same moment: on the lobby's wall it is all there is.
    const lobby = await openWall('/display/lobby/', at(3, 10));
    expect(await activeSlideId(lobby.page)).toBe('announcements/lobby-only');
    await lobby.close();
  });

  it.each([
    [1280, 720],
    [1920, 1080],
    [3840, 2160],
    [1080, 1920],
  ])(
    'the three tones at %i×%i: whole, legible, AA contrast, axe-clean, still',
    async (width, height) => {
      const { page, close, problems } = await openWall('/display/tones/', at(4, 10), {
        width,
        height,
      });
      if (width === 1920) {
        // axe waits on timers: hold the wall (space) and let the page's clock run again.
        await page.keyboard.press(' ');
        await page.clock.resume();
      }
      const tones: string[] = [];
      for (let step = 0; step < 3; step++) {
        const report = await page.$eval('.swiper-slide-active article', (slide) => {
          const issues: string[] = [];
          const area = slide.querySelector<HTMLElement>('.fit-area');
          if (!area) return { tone: '', issues: ['no text area'], colours: [] };
          if (area.scrollHeight > area.clientHeight + 1) issues.push('text taller than its area');
          if (area.scrollWidth > area.clientWidth + 1) issues.push('text wider than its area');
          const title = slide.querySelector<HTMLElement>('h2');
          const size = title ? Number.parseFloat(getComputedStyle(title).fontSize) : 0;
          if (size < Math.min(innerWidth, innerHeight) * 0.025) issues.push(`title only ${size}px`);
          const hex = (colour: string) =>
            `#${(colour.match(/\d+/g) ?? [])
              .slice(0, 3)
              .map((part) => Number(part).toString(16).padStart(2, '0'))
              .join('')}`;
          const background = hex(getComputedStyle(slide).backgroundColor);
          const colours = ['h2', '.body', '.label'].map((selector) => {
            const element = slide.querySelector(selector);
            return [selector, element ? hex(getComputedStyle(element).color) : '', background];
          });
          return { tone: slide.getAttribute('data-tone') ?? '', issues, colours };
        });
        tones.push(report.tone);
        expect(report.issues, report.tone).toEqual([]);
        for (const [selector, ink, background] of report.colours) {
          expect(
            contrastRatio(ink ?? '', background ?? ''),
            `${report.tone} ${selector}`,
          ).toBeGreaterThanOrEqual(4.5);
        }
        // Under reduced motion nothing moves, and no time left is shown.
        expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
        expect(await page.isVisible('.progress')).toBe(false);
        if (width === 1920) expect(await seriousViolations(page), report.tone).toEqual([]);
        const shown = await shownCount(page);
        await page.keyboard.press('ArrowRight');
        await waitForShown(page, shown);
      }
      expect(tones.sort()).toEqual(['celebrate', 'info', 'urgent']);
      expect(problems).toEqual([]);
      await close();
    },
  );

  it('an announcement a new deploy adds is on the wall within 2 poll intervals', async () => {
    const { page, close } = await openPage(browser(), {
      baseURL: server?.url ?? '',
      viewport: { width: 1280, height: 720 },
    });
    await page.goto('/display/floor/?poll=10');
    await waitForShown(page, 0);
    expect(await activeSlideId(page)).toMatch(/^quotes\//);
    await server?.stop();
    server = await serveSite(siteAfter, port);
    // Two polls at their longest (10 s, the shortest allowed, +20 %), then the slide boundary
    // where it goes up (a quote stays 8 s).
    await page.waitForSelector('.swiper-slide-active article[data-id="announcements/deployed"]', {
      timeout: 2 * 12_000 + 8_000 + 2_000,
    });
    await close();
  });
});
