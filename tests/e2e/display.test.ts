/**
 * The wall display as a screen on the call floor runs it: by itself, for a long time, with
 * Playwright's clock standing in for the hours.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { installPausedClock } from '../../scripts/support/clock';
import { isExpiredToday, readContent } from '../support/sample-content';
import { activeSlideId, waitForShown } from '../support/wall-screen';
import { openPage, trackProblems, useBrowser } from './browser';

const browser = useBrowser();

const wallState = (page: Page) =>
  page.$eval('.wall', (wall) => ({
    position: Number(wall.getAttribute('data-position')),
    total: Number(wall.getAttribute('data-total')),
    shown: Number(wall.getAttribute('data-shown')),
  }));
const slideMs = (page: Page) =>
  page.$eval('.wall', (wall) => Number(wall.getAttribute('data-duration')));

/** Opens a display with a fake clock installed at `time` (UTC). */
async function openDisplay(
  path: string,
  time = '2026-11-25T12:00:00Z',
  viewport = { width: 1920, height: 1080 },
) {
  const opened = await openPage(browser(), { viewport, timezoneId: 'UTC' });
  // Paused: time moves only when a test says so, however slow the machine.
  await installPausedClock(opened.page, time);
  const problems = trackProblems(opened.page);
  await opened.page.goto(path);
  await waitForShown(opened.page, 0);
  return { ...opened, problems };
}

/** Lets the current slide's time run out, in small steps, until exactly the next one shows. */
async function letSlideRunOut(page: Page) {
  const { shown } = await wallState(page);
  const limit = (await slideMs(page)) + 1000;
  for (let waited = 0; waited <= limit; waited += 100) {
    await page.clock.runFor(100);
    if ((await wallState(page)).shown > shown) return;
  }
  await waitForShown(page, shown);
}

/** Every item the CX team allows on the wall and that has not expired. */
function expectedWallIds() {
  const kinds = [
    ['personas', readContent('personas')],
    ['quotes', readContent('quotes')],
    ['stories', readContent('stories')],
  ] as const;
  return kinds.flatMap(([folder, files]) =>
    files
      .filter((file) => file.data.display !== false && !isExpiredToday(file))
      .map((file) => `${folder}/${file.slug}`),
  );
}

describe('the wall display', () => {
  it('advances by itself, marking the slide on screen as Swiper does, with no errors', async () => {
    const { page, close, problems } = await openDisplay('/display/?screen=a');
    const first = await activeSlideId(page);
    expect(first).toMatch(/^(stories|quotes|personas)\//);
    const ids = [first];
    for (let i = 0; i < 4; i++) {
      await letSlideRunOut(page);
      ids.push(await activeSlideId(page));
    }
    expect(new Set(ids).size).toBe(5);
    expect(await page.locator('.swiper-slide-active').count()).toBe(1);
    expect(problems).toEqual([]);
    await close();
  });

  // Every slide of the room runs out once, and five more: a minute or more on a busy machine.
  it(
    'loops forever: after the last slide it starts the loop again',
    { timeout: 240_000 },
    async () => {
      const { page, close } = await openDisplay('/display/?screen=loop&speed=10');
      const { total } = await wallState(page);
      const positions: number[] = [];
      for (let i = 0; i < total + 5; i++) {
        await letSlideRunOut(page);
        positions.push((await wallState(page)).position);
      }
      const wrap = positions.indexOf(0);
      expect(wrap).toBeGreaterThan(0);
      expect(positions[wrap - 1]).toBe(total - 1);
      expect(positions.slice(wrap, wrap + 5)).toEqual([0, 1, 2, 3, 4]);
      await close();
    },
  );

  it('pauses on space and resumes on space', async () => {
    const { page, close } = await openDisplay('/display/?screen=pause');
    const before = await activeSlideId(page);
    await page.keyboard.press(' ');
    await page.clock.runFor(120_000);
    expect(await activeSlideId(page)).toBe(before);
    expect(await page.locator('.paused-note').isVisible()).toBe(true);
    await page.keyboard.press(' ');
    await page.clock.runFor(31_000);
    await expect.poll(() => activeSlideId(page)).not.toBe(before);
    await close();
  });

  it('goes to the next and previous slide at once with the arrow keys', async () => {
    const { page, close } = await openDisplay('/display/?screen=keys');
    const first = await activeSlideId(page);
    const { shown } = await wallState(page);
    await page.keyboard.press('ArrowRight');
    await waitForShown(page, shown);
    const second = await activeSlideId(page);
    expect(second).not.toBe(first);
    expect((await wallState(page)).position).toBe(1);
    await page.keyboard.press('ArrowLeft');
    await waitForShown(page, shown + 1);
    expect(await activeSlideId(page)).toBe(first);
    await close();
  });

  it('switches day-part at the boundary without a reload', async () => {
    // Friday 21:59:00 UTC: a minute before the call floor's night shift starts at 22:00.
    const { page, close } = await openDisplay(
      '/display/call-floor/?screen=night',
      '2026-11-27T21:59:00Z',
    );
    expect(await page.textContent('.now-playing')).toBe('Call floor');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.clock.runFor(61_000);
    await expect.poll(() => page.textContent('.now-playing')).toBe('Night shift');
    // The marker survives: the page was not reloaded.
    const marker = await page.evaluate(() => (window as unknown as { marker?: number }).marker);
    expect(marker).toBe(1);
    await close();
  });

  it('keeps rotating with reduced motion, where transitions take no time', async () => {
    const opened = await openPage(browser(), { reducedMotion: 'reduce', timezoneId: 'UTC' });
    await installPausedClock(opened.page, '2026-11-25T12:00:00Z');
    await opened.page.goto('/display/?screen=still&speed=10');
    await waitForShown(opened.page, 0);
    const ids = new Set([await activeSlideId(opened.page)]);
    for (let i = 0; i < 6; i++) {
      await letSlideRunOut(opened.page);
      ids.add(await activeSlideId(opened.page));
    }
    expect(ids.size).toBe(7);
    await opened.close();
  });

  it('catches up after the page was frozen, as a hidden tab is', async () => {
    // Real time here: a frozen page runs no timers at all, fake or not.
    const { page, close } = await openPage(browser());
    await page.goto('/display/?screen=frozen&speed=20');
    await waitForShown(page, 0);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const { shown } = await wallState(page);
    await cdp.send('Page.setWebLifecycleState', { state: 'active' });
    await waitForShown(page, shown);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const after = (await wallState(page)).shown;
    await waitForShown(page, after);
    await close();
  });

  it('hides the cursor after 3 s without movement, and text cannot be selected', async () => {
    const { page, close } = await openDisplay('/display/?screen=cursor');
    await page.mouse.move(200, 200);
    expect(await page.locator('.wall.cursor-hidden').count()).toBe(0);
    await page.clock.runFor(3_100);
    expect(await page.locator('.wall.cursor-hidden').count()).toBe(1);
    await page.mouse.move(300, 300);
    expect(await page.locator('.wall.cursor-hidden').count()).toBe(0);
    const selectable = await page.$eval('.wall', (wall) => getComputedStyle(wall).userSelect);
    expect(selectable).toBe('none');
    await close();
  });

  it('shifts the static chrome a few pixels from slide to slide', async () => {
    const { page, close } = await openDisplay('/display/?screen=burn');
    const offset = () =>
      page.$eval('.brand', (brand) => {
        const matrix = new DOMMatrix(getComputedStyle(brand).transform);
        return [matrix.m41, matrix.m42];
      });
    const offsets = [await offset()];
    for (let i = 0; i < 3; i++) {
      await letSlideRunOut(page);
      offsets.push(await offset());
    }
    expect(new Set(offsets.map(String)).size).toBeGreaterThan(1);
    for (const [x, y] of offsets) {
      expect(Math.abs(x ?? 99)).toBeLessThanOrEqual(4);
      expect(Math.abs(y ?? 99)).toBeLessThanOrEqual(4);
    }
    await close();
  });

  it('puts a QR code to the browse page on every slide', async () => {
    const { page, close, problems } = await openDisplay('/display/?screen=qr');
    const id = await activeSlideId(page);
    const qr = await page.getAttribute('.swiper-slide-active .qr img', 'src');
    const folder = id?.split('/')[0];
    expect(qr).toMatch(new RegExp(`^/display/qr/${folder}-`));
    const response = await page.request.get(qr ?? '');
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    expect(await response.text()).toContain('<svg');
    expect(problems).toEqual([]);
    await close();
  });
});

describe('slide text fetched a chunk at a time', () => {
  it('skips the slides of a chunk cut short, says so in ?debug and the console, and plays on', async () => {
    const opened = await openPage(browser(), { viewport: { width: 1920, height: 1080 } });
    const { page } = opened;
    await installPausedClock(page, '2026-11-25T12:00:00Z');
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    // A deploy half-copied: the second chunk of slide text ends mid-file.
    await page.route('**/display/wall-1.json*', async (route) => {
      const text = await (await route.fetch()).text();
      await route.fulfill({
        body: text.slice(0, text.length / 2),
        contentType: 'application/json',
      });
    });
    await page.goto('/display/?screen=chunks&speed=10&debug');
    await waitForShown(page, 0);
    const index = await page.evaluate(async () => {
      const response = await fetch('/display/wall.json');
      return (await response.json()) as { chunkSize: number; slides: { id: string }[] };
    });
    const broken = index.slides
      .slice(index.chunkSize, 2 * index.chunkSize)
      .map((slide) => slide.id);
    expect(broken.length).toBeGreaterThan(0);
    const { total } = await wallState(page);
    const seen = new Set([await activeSlideId(page)]);
    // → through a whole loop: each press shows the next slide whose text could be read.
    for (let slide = 0; slide < total; slide++) {
      const { shown } = await wallState(page);
      await page.keyboard.press('ArrowRight');
      await waitForShown(page, shown);
      seen.add(await activeSlideId(page));
    }
    expect(broken.filter((id) => seen.has(id))).toEqual([]);
    expect(seen.size).toBeGreaterThan(index.slides.length - broken.length - 3);
    const skipped =
      /skipped \S+: \/display\/wall-1\.json\S* is not valid JSON \(cut short by a deploy\?\)/;
    await expect.poll(() => page.locator('.debug').textContent()).toMatch(skipped);
    expect(warnings.some((warning) => skipped.test(warning))).toBe(true);
    expect(warnings.join('\n')).not.toMatch(/\bat \S+:\d+/);
    await opened.close();
  });
});

describe.each([
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
  [1080, 1920],
])('every wall slide at %i×%i', (width, height) => {
  it('shows its text whole: nothing cut, clipped or off-screen', async () => {
    const opened = await openPage(browser(), {
      viewport: { width, height },
      reducedMotion: 'reduce',
    });
    const { page } = opened;
    await page.goto('/display/?screen=fit');
    await waitForShown(page, 0);
    await page.keyboard.press(' ');
    const { total } = await wallState(page);
    const seen = new Set<string>();
    const problems: string[] = [];
    for (let step = 0; step < total; step++) {
      const id = await activeSlideId(page);
      seen.add(id);
      const report = await page.$eval('.swiper-slide-active article', (slide) => {
        const issues: string[] = [];
        const area = slide.querySelector<HTMLElement>('.fit-area');
        if (!area) return ['no text area'];
        if (area.scrollHeight > area.clientHeight + 1) issues.push('text taller than its area');
        if (area.scrollWidth > area.clientWidth + 1) issues.push('text wider than its area');
        for (const element of slide.querySelectorAll<HTMLElement>('blockquote, h2, p, li')) {
          const box = element.getBoundingClientRect();
          if (box.width === 0) continue;
          if (
            box.left < -1 ||
            box.top < -1 ||
            box.right > innerWidth + 1 ||
            box.bottom > innerHeight + 1
          ) {
            issues.push(`off-screen: ${element.textContent?.slice(0, 40)}`);
          }
        }
        const main = slide.querySelector<HTMLElement>('blockquote, h2');
        const size = main ? Number.parseFloat(getComputedStyle(main).fontSize) : 0;
        // Legible from across the room: never below 2.5% of the screen's shorter side.
        if (size < Math.min(innerWidth, innerHeight) * 0.025)
          issues.push(`main text only ${size}px`);
        return issues;
      });
      problems.push(...report.map((issue) => `${id}: ${issue}`));
      const { shown } = await wallState(page);
      await page.keyboard.press('ArrowRight');
      await waitForShown(page, shown);
    }
    expect(problems).toEqual([]);
    expect([...seen].sort()).toEqual(expectedWallIds().sort());
    await opened.close();
  });
});
