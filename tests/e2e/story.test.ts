import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const browser = useBrowser();
const STORY = '/stories/five-seconds-of-silence/';

describe('a story page', () => {
  it('reads the transcript as speaker-labelled turns, in order', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(STORY);
    const turns = page.locator('figure.transcript ol > li.turn');
    expect(await turns.count()).toBeGreaterThanOrEqual(4);
    // What a screen reader announces: the speaker first, then the words.
    const first = (await turns.nth(0).innerText()).replace(/\s+/g, ' ');
    expect(first).toMatch(/^Customer\b/i);
    const speakers = await turns.locator('.speaker').allTextContents();
    expect(speakers.slice(0, 2)).toEqual(['Customer', 'Agent']);
    // The pause sits between the customer's words and the agent's answer.
    const lines = await page.locator('figure.transcript ol > li').allInnerTexts();
    expect(lines[1]).toMatch(/(five|5) seconds of silence/i);
    await close();
  });

  it('sets customer and agent apart by side and colour', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(STORY);
    const look = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => {
          const box = element.getBoundingClientRect();
          return {
            left: box.left,
            right: box.right,
            background: getComputedStyle(element).backgroundColor,
          };
        });
    const customer = await look('li.turn--customer');
    const agent = await look('li.turn--agent');
    expect(customer.background).not.toBe(agent.background);
    expect(customer.left).toBeLessThan(agent.left);
    expect(agent.right).toBeGreaterThan(customer.right);
    await close();
  });

  it('shows the lesson, the coaching prompts, the persona, tags and related stories', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(STORY);
    expect(await page.getByRole('heading', { name: 'The lesson' }).isVisible()).toBe(true);
    expect(await page.locator('.prompts li').count()).toBeGreaterThan(0);
    expect(await page.locator('article.story header a.who').getAttribute('href')).toBe(
      '/personas/dana-whitfield/',
    );
    expect(await page.locator('.story-foot a[href^="/tags/"]').count()).toBeGreaterThan(0);
    const related = await page
      .locator('.related article a[href^="/stories/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(3);
    expect(related).not.toContain(STORY);
    await close();
  });

  it('prints without the site chrome but with the lesson, transcript and prompts', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(STORY);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.locator('.related').isVisible()).toBe(false);
    expect(await page.locator('.lesson').isVisible()).toBe(true);
    expect(await page.locator('figure.transcript').isVisible()).toBe(true);
    expect(await page.locator('.prompts').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await close();
  });

  it('lists stories newest first', async () => {
    const { page, close } = await openPage(browser());
    await page.goto('/stories/');
    const dates = await page
      .locator('article time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(10);
    expect(dates).toEqual([...dates].sort().reverse());
    await close();
  });
});
