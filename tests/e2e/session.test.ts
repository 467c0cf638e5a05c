import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionSteps } from '../../src/lib/session/session-steps';
import { parseStoryBody, transcriptTurns } from '../../src/lib/catalog/transcript';
import { isExpiredToday, readContent } from '../support/sample-content';
import { seriousViolations } from './axe';
import { BROWSE_VIEWPORTS, openPage, sidewaysOverflow, trackProblems, useBrowser } from './browser';

const browser = useBrowser();
const SLUG = 'five-seconds-of-silence';
const SESSION = `/stories/${SLUG}/session/`;

const file = readContent('stories').find((story) => story.slug === SLUG);
if (!file) throw new Error(`the sample content has no ${SLUG}`);
const segments = parseStoryBody(file.body);
const prompts = (file.data.prompts as string[] | undefined) ?? [];
const lesson = String(file.data.lesson);
/** What a screen reader reads for each turn, in the order of the markdown file. */
const turnsInOrder = transcriptTurns(segments).map((turn) => `${turn.speaker}: ${turn.text}`);
const stepCount = sessionSteps({ segments, prompts, lesson }).length;

interface Shown {
  kind: string;
  text: string;
  current: boolean;
}

async function shown(page: Page): Promise<Shown[]> {
  return page.locator('ol.steps > li').evaluateAll((items) =>
    items.map((item) => ({
      kind: [...item.classList].find((name) => name.startsWith('step--'))?.slice(6) ?? '',
      text: (item.textContent ?? '').replace(/\s+/g, ' ').trim(),
      current: item.classList.contains('current'),
    })),
  );
}

/** Astro drops an island's `ssr` attribute once it has hydrated: the keys work from then on. */
async function hydrated(page: Page) {
  await page.locator('astro-island:not([ssr]) .progress').waitFor();
}

async function openSession(page: Page, address = SESSION) {
  await page.goto(address);
  await hydrated(page);
}

describe('the listening session', () => {
  it('reveals the call one step at a time by keyboard, turns in order, the lesson last', async () => {
    const { page, close } = await openPage(browser());
    const problems = trackProblems(page);
    await openSession(page);
    expect(await shown(page)).toEqual([]);

    for (let step = 1; step <= stepCount; step++) {
      await page.keyboard.press(step % 2 ? 'ArrowRight' : ' ');
      const now = await shown(page);
      expect(now).toHaveLength(step);
      expect(now.at(-1)?.current).toBe(true);
      expect(await page.locator('.progress p').textContent()).toBe(`Step ${step} of ${stepCount}`);
    }
    // Nothing past the end.
    await page.keyboard.press('ArrowRight');
    const all = await shown(page);
    expect(all).toHaveLength(stepCount);

    const turns = all.filter((item) => item.kind === 'turn').map((item) => item.text);
    expect(turns).toEqual(turnsInOrder);
    expect(all.at(-1)).toMatchObject({ kind: 'lesson', text: `The lesson ${lesson}` });
    const recap = all.at(-2);
    expect(recap?.kind).toBe('prompts');
    for (const prompt of prompts) expect(recap?.text).toContain(prompt);
    // A prompt that belongs to a moment in the call is shown right after it, before the end.
    const inline = all.findIndex((item) => item.kind === 'prompt');
    expect(inline).toBeGreaterThan(0);
    expect(['turn', 'note']).toContain(all[inline - 1]?.kind);
    expect(prompts.some((prompt) => all[inline]?.text.includes(prompt))).toBe(true);

    await page.keyboard.press('ArrowLeft');
    expect(await shown(page)).toHaveLength(stepCount - 1);
    await page.keyboard.press('Home');
    expect(await shown(page)).toHaveLength(0);
    await page.keyboard.press('End');
    expect(await shown(page)).toHaveLength(stepCount);
    expect(problems).toEqual([]);
    await close();
  });

  it('announces each new step to screen readers', async () => {
    const { page, close } = await openPage(browser());
    await openSession(page);
    const firstTurn = (await shown(page)).length;
    expect(firstTurn).toBe(0);
    // Step through the narration to the first turn of the call.
    while (!(await shown(page)).some((item) => item.kind === 'turn')) {
      await page.keyboard.press('ArrowRight');
    }
    const live = page.locator('[aria-live="polite"]');
    expect((await live.textContent())?.replace(/\s+/g, ' ').trim()).toBe(turnsInOrder[0]);
    await close();
  });

  it('moves one step when Space presses a focused button, not two', async () => {
    const { page, close } = await openPage(browser());
    await openSession(page);
    await page.getByRole('button', { name: /Next/ }).focus();
    await page.keyboard.press(' ');
    expect(await shown(page)).toHaveLength(1);
    await page.keyboard.press('Enter');
    expect(await shown(page)).toHaveLength(2);
    await page.getByRole('button', { name: /Back/ }).focus();
    await page.keyboard.press(' ');
    expect(await shown(page)).toHaveLength(1);
    await close();
  });

  it('keeps its place across a reload', async () => {
    const { page, close } = await openPage(browser());
    await openSession(page);
    for (let press = 0; press < 5; press++) await page.keyboard.press('ArrowRight');
    expect(new URL(page.url()).hash).toBe('#step-5');
    await page.reload();
    await hydrated(page);
    expect(await shown(page)).toHaveLength(5);
    await close();
  });

  it('is reached from the story page and run without touching the mouse', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(`/stories/${SLUG}/`);
    let text = '';
    for (let press = 0; press < 30 && text !== 'Run a listening session'; press++) {
      await page.keyboard.press('Tab');
      text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(text).toBe('Run a listening session');
    await Promise.all([page.waitForURL(`**${SESSION}`), page.keyboard.press('Enter')]);
    await hydrated(page);
    for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowRight');
    expect(await shown(page)).toHaveLength(3);
    await close();
  });

  it('keeps the newest step in view above the controls on a wall screen', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width: 1920, height: 1080 } });
    await openSession(page);
    for (let step = 1; step <= stepCount; step++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(50);
      await page.waitForFunction(() => {
        const newest = document.querySelector('ol.steps > li:last-child');
        const controls = document.querySelector('.controls');
        if (!newest || !controls) return false;
        const box = newest.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= controls.getBoundingClientRect().top + 1;
      });
    }
    await close();
  });
});

describe('the session handout', () => {
  it('prints the prompts with room for notes, and the lesson, instead of the screen view', async () => {
    const { page, close } = await openPage(browser());
    await openSession(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.session').isVisible()).toBe(false);
    expect(await page.locator('.handout').isVisible()).toBe(true);
    const printed = await page.locator('.handout .questions > li > p').allTextContents();
    expect(printed).toEqual(prompts);
    expect(await page.locator('.handout .lines span').count()).toBeGreaterThan(prompts.length * 2);
    expect(await page.locator('.handout .lesson p').textContent()).toBe(lesson);
    await close();
  });

  const live = readContent('stories').filter((story) => !isExpiredToday(story));
  it.each(live.map(({ slug }) => slug))(
    'fits on one page for %s, on A4 and Letter',
    async (slug) => {
      const { page, close } = await openPage(browser());
      await page.goto(`/stories/${slug}/session/`);
      for (const format of ['A4', 'Letter']) {
        const pdf = Buffer.from(await page.pdf({ format })).toString('latin1');
        const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
        expect(pages.length, `${slug} on ${format}`).toBe(1);
      }
      await close();
    },
  );

  it('is offered by a button on the session screen', async () => {
    const { page, close } = await openPage(browser());
    await openSession(page);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByRole('button', { name: 'Print handout' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await close();
  });
});

describe.each(['light', 'dark'] as const)('the session in the %s scheme', (colorScheme) => {
  it('has no serious accessibility violation at the start or with every step shown', async () => {
    const { page, close } = await openPage(browser(), { colorScheme });
    await openSession(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('End');
    await page.waitForTimeout(400);
    expect(await seriousViolations(page)).toEqual([]);
    await close();
  });
});

describe.each(BROWSE_VIEWPORTS)('the session at %i×%i', (width, height) => {
  it('fits the width with nothing to scroll sideways', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width, height } });
    await openSession(page);
    await page.keyboard.press('End');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await close();
  });
});
