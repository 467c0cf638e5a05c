/**
 * A new team's first build: no content at all (tests/fixtures/empty). The content check passes,
 * the build succeeds, every list says what belongs there and where the authoring guide is, and
 * the wall shows a calm "nothing to show yet" instead of a blank screen or a reload loop.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildEnv } from '../../scripts/support/project-copy';
import { EMPTY_ROOM } from '../support/fixture-sites';
import { openPage, trackProblems, useBrowser } from './browser';
import { useFixtureSite } from '../support/fixture-site';

const browser = useBrowser();
let validateOutput = '';
const emptyRoom = useFixtureSite('empty-room', EMPTY_ROOM, (copy) => {
  validateOutput = execFileSync(process.execPath, ['scripts/validate.mjs'], {
    cwd: copy.root,
    encoding: 'utf8',
    env: buildEnv(),
  });
});
const site = () => emptyRoom.url();

describe('an empty room', () => {
  it('passes npm run validate', () => {
    expect(validateOutput).toContain('0 files checked: no problems');
  });

  it.each([
    ['/personas/', 'content/personas/', 'npm run new -- persona'],
    ['/stories/', 'content/stories/', 'npm run new -- story'],
    ['/quotes/', 'content/quotes/', 'npm run new -- quote'],
    ['/tags/', 'tags: [bereavement]', 'npm run new -- story'],
  ])(
    '%s says what belongs there, where it goes and where the guide is',
    async (address, where, command) => {
      const { page, close } = await openPage(browser(), { baseURL: site() });
      const problems = trackProblems(page, site());
      try {
        const response = await page.goto(address);
        expect(response?.status()).toBe(200);
        const note = page.locator('.empty-room');
        await expect(note.locator('h2').textContent()).resolves.toBe('Nothing here yet');
        const text = (await note.innerText()).replace(/\s+/g, ' ');
        expect(text).toContain(where);
        expect(text).toContain(command);
        expect(text).toContain('The authoring guide, docs/authoring.md in the repository');
        // No filters over a list that has nothing to filter, and no "no match" message.
        expect(await page.locator('form.filters').count()).toBe(0);
        expect(await page.locator('body').innerText()).not.toMatch(/match these filters/);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('shows a calm "nothing to show yet" on the wall, without errors', async () => {
    const { page, close } = await openPage(browser(), {
      baseURL: site(),
      viewport: { width: 1920, height: 1080 },
    });
    const problems = trackProblems(page, site());
    try {
      await page.goto('/display/');
      const note = page.locator('.wall .empty-room');
      await note.waitFor();
      expect((await note.innerText()).replace(/\s+/g, ' ')).toBe(
        'Nothing to show yet: add a quote in content/quotes/',
      );
      // Large enough to read from across the room: 6vmin, 65 px on a 1080p screen.
      const size = await note.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(size).toBeGreaterThan(50);
      expect(await page.getAttribute('.wall', 'data-shown')).toBe('0');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
