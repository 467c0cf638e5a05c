/**
 * The form editor at /admin/, driven as a CX editor would in local repository mode. Playwright
 * cannot drive the native folder picker, so `showDirectoryPicker` is stubbed to return a folder of
 * the browser's private file system (OPFS), filled first with a `.git/` folder and the fixture
 * site's content (tests/fixtures/cms) at the same path as in the repository.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../../scripts/support/project-copy';
import { buildSite } from '../support/fixture-site';
import { scriptBytesOnLoad } from '../../scripts/support/script-bytes';
import { freePort, serveSite, type SiteServer } from '../../scripts/support/site-server';
import { useBrowser } from './browser';

const FIXTURE = 'tests/fixtures/cms';
const STORY = `${FIXTURE}/stories/a-minor-bug-and-a-major-deadline.md`;
/** A portrait a CX editor uploads for a new persona. */
const PHOTO = 'tests/fixtures/room/personas/walter-okafor.jpg';
const browser = useBrowser();
/** The editor reads and writes in the background: wait for what a person would wait for. */
const SLOW = { timeout: 60_000 };
const EDITOR_TEST = 240_000;
let workDir: string;
let server: SiteServer;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

/** The fixture content as the repository holds it: path from the root, bytes in base64. */
const repositoryFiles = () =>
  filesUnder(path.join(process.cwd(), FIXTURE)).map((file) => ({
    path: path.relative(process.cwd(), file).split(path.sep).join('/'),
    base64: readFileSync(file).toString('base64'),
  }));

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'customer-room-editor-'));
  const site = path.join(workDir, 'site');
  buildSite(site, { CONTENT_DIR: FIXTURE, CMS_REPO: 'cx-team/customer-room' });
  server = await serveSite(site, await freePort());
}, 400_000);

afterAll(async () => {
  await server.stop();
  rmSync(workDir, { recursive: true, force: true });
});

/** A page whose folder picker hands over an OPFS folder holding a copy of the repository. */
async function openEditor(extraFiles: Record<string, string> = {}) {
  const context = await browser().newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const offSite: string[] = [];
  const origin = new URL(server.url).origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
      offSite.push(request.url());
    }
  });
  // Runs in every frame, the preview's too: what the page's own policy refuses, it reports here.
  await page.addInitScript(() => {
    const refused: string[] = [];
    (window as unknown as { refused: string[] }).refused = refused;
    document.addEventListener('securitypolicyviolation', (event) => {
      refused.push(`${event.violatedDirective} refused ${event.blockedURI || 'inline'}`);
    });
  });
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      value: async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('repository', { create: true }),
    });
  });
  // OPFS belongs to the origin: fill it from a page of the site before the editor opens.
  await page.goto(`${server.url}/404/`);
  await page.evaluate(
    async (files) => {
      const root = await (
        await navigator.storage.getDirectory()
      ).getDirectoryHandle('repository', { create: true });
      const write = async (file: string, bytes: Uint8Array<ArrayBuffer>) => {
        const parts = file.split('/');
        let folder = root;
        for (const part of parts.slice(0, -1)) {
          folder = await folder.getDirectoryHandle(part, { create: true });
        }
        const handle = await folder.getFileHandle(parts[parts.length - 1] ?? '', { create: true });
        const writable = await handle.createWritable();
        await writable.write(bytes);
        await writable.close();
      };
      await write('.git/HEAD', new TextEncoder().encode('ref: refs/heads/main\n'));
      for (const file of files) {
        await write(
          file.path,
          Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0)),
        );
      }
    },
    [
      ...repositoryFiles(),
      ...Object.entries(extraFiles).map(([file, text]) => ({
        path: file,
        base64: Buffer.from(text).toString('base64'),
      })),
    ],
  );
  await page.goto(`${server.url}/admin/`);
  await page.getByRole('button', { name: /Work with Local Repository/i }).click();
  await page.getByRole('treeitem', { name: 'Stories' }).waitFor();
  const refused = async () => {
    const all: string[] = [];
    for (const frame of page.frames()) {
      all.push(
        ...(await frame
          .evaluate(() => (window as unknown as { refused?: string[] }).refused ?? [])
          .catch(() => [])),
      );
    }
    return all;
  };
  return { page, offSite, refused, close: () => context.close() };
}

/** A file of the OPFS repository, as the editor left it. */
async function readRepositoryBytes(page: Page, file: string): Promise<Buffer> {
  const base64 = await page.evaluate(async (file) => {
    let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository');
    const parts = file.split('/');
    for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
    const handle = await folder.getFileHandle(parts[parts.length - 1] ?? '');
    const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, file);
  return Buffer.from(base64, 'base64');
}

async function readRepositoryFile(page: Page, file: string): Promise<string> {
  return (await readRepositoryBytes(page, file)).toString('utf8');
}

function listRepositoryFolder(page: Page, folder: string): Promise<string[]> {
  return page.evaluate(async (folder) => {
    let handle = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository');
    for (const part of folder.split('/')) handle = await handle.getDirectoryHandle(part);
    const names: string[] = [];
    for await (const name of handle.keys()) names.push(name);
    return names;
  }, folder);
}

const frontMatterKeys = (text: string) =>
  (text.split('---')[1] ?? '')
    .split('\n')
    .map((line) => /^([A-Za-z]\w*):/.exec(line)?.[1])
    .filter(Boolean);
const transcriptLabels = (text: string) => text.match(/^\*\*[^*\n]+\*\*/gm) ?? [];

/** `npm run validate` over the fixture content with `extra` files added: its exit code and report. */
function validateWith(extra: Record<string, string | Buffer>) {
  const content = path.join(workDir, `content-${Object.keys(extra).length}-${Date.now()}`);
  cpSync(path.join(process.cwd(), FIXTURE), content, { recursive: true });
  for (const [file, text] of Object.entries(extra)) writeFileSync(path.join(content, file), text);
  const run = spawnSync(process.execPath, ['scripts/validate.mjs'], {
    cwd: process.cwd(),
    encoding: 'utf8',
    env: buildEnv({ CONTENT_DIR: content }),
  });
  return { status: run.status, report: `${run.stdout}${run.stderr}` };
}

describe('the editor at /admin/', () => {
  it(
    'loads with no request leaving the site and lists every kind of content',
    async () => {
      const { page, offSite, refused, close } = await openEditor();
      const collections = page.getByRole('tree', { name: 'Collection List' });
      for (const name of ['Personas', 'Quotes', 'Stories', 'Playlists']) {
        await expect.poll(() => collections.getByRole('treeitem', { name }).count(), SLOW).toBe(1);
      }
      await page.getByRole('treeitem', { name: 'Stories' }).click();
      await page.getByRole('row', { name: /A minor bug and a major deadline/ }).waitFor();
      await page.getByRole('row', { name: /A minor bug and a major deadline/ }).click();
      await page.getByRole('textbox', { name: 'Lesson' }).waitFor();
      // The editor keeps asking its local repository for changes, so the network never goes
      // quiet: give it a few seconds with the entry open, then look at what it asked for.
      await page.waitForTimeout(3_000);
      expect(offSite).toEqual([]);
      // Its fonts come from the site: the icons are drawn as icons (a ligature one glyph wide, not
      // the icon's name spelled out) and the text is set in the bundled Source Sans 3.
      const fonts = await page.evaluate(async () => {
        await document.fonts.ready;
        const loaded = [...document.fonts]
          .filter((face) => face.status === 'loaded')
          .map((face) => face.family.replace(/["']/g, ''));
        const icons = [...document.querySelectorAll('.material-symbols-outlined')]
          .filter((icon) => (icon.textContent ?? '').length > 3 && icon.getClientRects().length > 0)
          .map((icon) => {
            const range = document.createRange();
            range.selectNodeContents(icon);
            return {
              name: icon.textContent ?? '',
              widthInEm:
                range.getBoundingClientRect().width / parseFloat(getComputedStyle(icon).fontSize),
            };
          });
        const tree = document.querySelector('[role="treeitem"]');
        return { loaded, icons, text: tree ? getComputedStyle(tree).fontFamily : '' };
      });
      expect(fonts.loaded).toContain('Material Symbols Outlined');
      expect(fonts.loaded).toContain('Source Sans 3');
      expect(fonts.icons.length).toBeGreaterThan(3);
      for (const icon of fonts.icons) expect(icon.widthInEm, icon.name).toBeLessThan(1.5);
      expect(fonts.text).toMatch(/^["']?Source Sans 3/);
      // The preview shows the story as the site does: its title in the site's own typeface.
      const previewTitle = async () => {
        for (const frame of page.frames()) {
          const font = await frame
            .evaluate(() => {
              const title = document.querySelector('h1');
              return title?.textContent?.includes('A minor bug and a major deadline')
                ? getComputedStyle(title).fontFamily
                : '';
            })
            .catch(() => '');
          if (font) return font;
        }
        return '';
      };
      await expect.poll(previewTitle, SLOW).toMatch(/Fraunces/);
      // All of it under the page's own policy, which lists the editor's styles by hash.
      expect(await refused()).toEqual([]);
      await close();
    },
    EDITOR_TEST,
  );

  it(
    'lists a file it cannot parse by its name and loads the rest',
    async () => {
      const broken = `${FIXTURE}/stories/broken-front-matter.md`;
      const { page, close } = await openEditor({ [broken]: '---\ntitle: [unclosed\n---\nBody.\n' });
      await page.getByRole('treeitem', { name: 'Stories' }).click();
      await page.getByRole('row', { name: /A minor bug and a major deadline/ }).waitFor();
      await expect
        .poll(
          () =>
            page
              .locator('#unreadable-files')
              .innerText()
              .catch(() => ''),
          SLOW,
        )
        .toContain(broken);
      await close();
    },
    EDITOR_TEST,
  );

  it(
    'is marked noindex and kept out of the search index',
    async () => {
      const { page, close } = await openEditor();
      const robots = await page
        .locator('meta[name="robots"]')
        .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')));
      expect(robots.length).toBeGreaterThan(0);
      for (const content of robots) expect(content).toContain('noindex');
      await close();
      const admin = readFileSync(path.join(workDir, 'site', 'admin', 'index.html'), 'utf8');
      expect(admin).toContain('data-pagefind-ignore');
    },
    EDITOR_TEST,
  );

  it(
    'creates a quote with its persona picked from the personas, and validate accepts the file',
    async () => {
      const { page, close } = await openEditor();
      await page.evaluate(() => {
        location.hash = '#/collections/quotes/new';
      });
      await page.getByRole('radio', { name: 'Jen Park' }).check();
      await page.getByRole('combobox', { name: 'Source' }).click();
      await page.getByRole('option', { name: 'call', exact: true }).click();
      await page.getByRole('textbox', { name: 'Date' }).fill('2026-05-04');
      await page.getByRole('radio', { name: 'anonymised' }).check();
      await page.getByRole('textbox', { name: 'Body' }).fill('You made the form feel short.');
      await page.getByRole('button', { name: 'Save' }).click();
      const quotes = `${FIXTURE}/quotes`;
      await expect
        .poll(() => listRepositoryFolder(page, quotes), SLOW)
        .toContain('call-2026-05-04.md');
      const written = await readRepositoryFile(page, `${quotes}/call-2026-05-04.md`);
      expect(written).toContain('persona: jen-park');
      const validated = validateWith({ 'quotes/call-2026-05-04.md': written });
      expect(validated.report).toContain('no errors');
      expect(validated.status).toBe(0);
      await close();
    },
    EDITOR_TEST,
  );

  it(
    'creates a persona with a photo uploaded beside its file, and validate accepts both',
    async () => {
      const { page, close } = await openEditor();
      const photo = readFileSync(PHOTO);
      await page.evaluate(() => {
        location.hash = '#/collections/personas/new';
      });
      await page.getByRole('textbox', { name: 'Name' }).fill('Ana Souza');
      await page
        .getByRole('textbox', { name: 'Summary' })
        .fill('Night-shift nurse who calls between patients, with a bill she does not understand.');
      await page
        .getByRole('group', { name: /Photo.*Field/ })
        .getByRole('button', { name: 'Browse' })
        .click();
      const picker = page.getByRole('dialog', { name: 'Select Image' });
      // Only the site's own pictures: no stock photo site to pick from.
      await picker.getByRole('listbox', { name: 'Locations' }).waitFor();
      expect(await picker.getByText('Stock Photos').count()).toBe(0);
      const chooser = page.waitForEvent('filechooser');
      await picker.getByRole('button', { name: 'Upload' }).click();
      await (
        await chooser
      ).setFiles({ name: 'ana-souza.jpg', mimeType: 'image/jpeg', buffer: photo });
      // As a person would, wait until the editor has read the photo and Insert can be pressed:
      // pressed earlier, it leaves the field empty.
      const insert = picker.getByRole('button', { name: 'Insert' });
      await expect.poll(() => insert.getAttribute('aria-disabled'), SLOW).not.toBe('true');
      await insert.click();
      await expect
        .poll(
          () =>
            page
              .locator('[data-key-path="photo"] img')
              .evaluateAll(
                (images) =>
                  images.filter(
                    (image) => image instanceof HTMLImageElement && image.naturalWidth > 0,
                  ).length,
              ),
          SLOW,
        )
        .toBeGreaterThan(0);
      await page
        .getByRole('textbox', { name: 'Photo alt' })
        .fill('A nurse in blue scrubs, smiling');
      for (const [list, item] of [
        ['Goals', 'Sort out the bill in one call'],
        ['Frustrations', 'Hold music during her only break'],
        ['Needs', 'A call back at a time she names'],
      ] as const) {
        await page
          .getByRole('group', { name: new RegExp(`${list}.*Field`) })
          .getByRole('textbox', { name: 'Item Value' })
          .fill(item);
      }
      await page.getByRole('textbox', { name: 'Body' }).fill('Ana works nights.');
      await page.getByRole('button', { name: 'Save' }).click();
      const personas = `${FIXTURE}/personas`;
      await expect
        .poll(() => listRepositoryFolder(page, personas), SLOW)
        .toEqual(expect.arrayContaining(['ana-souza.md', 'ana-souza.jpg']));
      const written = await readRepositoryFile(page, `${personas}/ana-souza.md`);
      expect(written).toMatch(/^photo: (\.\/)?ana-souza\.jpg$/m);
      expect(written).toContain('  - Sort out the bill in one call');
      const saved = await readRepositoryBytes(page, `${personas}/ana-souza.jpg`);
      expect(saved.equals(photo)).toBe(true);
      const validated = validateWith({
        'personas/ana-souza.md': written,
        'personas/ana-souza.jpg': saved,
      });
      expect(validated.report).toContain('no errors');
      expect(validated.status).toBe(0);
      await close();
    },
    EDITOR_TEST,
  );

  it(
    'creates a story whose transcript is typed as markdown, and validate accepts it unchanged',
    async () => {
      const { page, close } = await openEditor();
      await page.evaluate(() => {
        location.hash = '#/collections/stories/new';
      });
      await page.getByRole('textbox', { name: 'Title' }).fill('Locked out before payday');
      await page
        .getByRole('textbox', { name: 'Summary' })
        .fill('A customer locked out of her account the day before rent was due.');
      await page
        .getByRole('textbox', { name: 'Lesson' })
        .fill('Say what happens next before saying why.');
      await page.getByRole('radio', { name: 'Jen Park' }).check();
      await page.getByRole('textbox', { name: 'Date' }).fill('2026-05-12');
      await page.getByRole('combobox', { name: 'Channel' }).click();
      await page.getByRole('option', { name: 'phone', exact: true }).click();
      await page.getByRole('radio', { name: 'anonymised' }).check();
      const transcript = [
        'She had tried the reset link three times.',
        '**Customer:** I need to pay my rent *tomorrow* and I cannot get in.',
        '**Agent:** I can open it for you now. First I will send a code to your phone.',
        '*(pause 5 s)*',
        '**Customer:** Got it. Sorry, let me read it again.',
        '**Agent:** Take your time. You are in: the rent can go today.',
      ].join('\n\n');
      const body = page.getByRole('textbox', { name: 'Body' });
      // The form draws its lower fields as they scroll into view, as a person would reach them.
      await expect
        .poll(async () => {
          await page.getByRole('group', { name: /Field/ }).last().scrollIntoViewIfNeeded();
          return body.count();
        }, SLOW)
        .toBe(1);
      await body.fill(transcript);
      await page.getByRole('button', { name: 'Save' }).click();
      const stories = `${FIXTURE}/stories`;
      await expect
        .poll(() => listRepositoryFolder(page, stories), SLOW)
        .toContain('locked-out-before-payday.md');
      const written = await readRepositoryFile(page, `${stories}/locked-out-before-payday.md`);
      expect(written).toContain('persona: jen-park');
      expect(written.split('---').slice(2).join('---').trim()).toBe(transcript);
      expect(transcriptLabels(written)).toEqual([
        '**Customer:**',
        '**Agent:**',
        '**Customer:**',
        '**Agent:**',
      ]);
      const validated = validateWith({ 'stories/locked-out-before-payday.md': written });
      expect(validated.report).toContain('no errors');
      expect(validated.status).toBe(0);
      await close();
    },
    EDITOR_TEST,
  );

  it(
    'saves an existing story without changing its transcript labels or front matter order',
    async () => {
      const { page, close } = await openEditor();
      const before = readFileSync(STORY, 'utf8');
      await page.evaluate(() => {
        location.hash = '#/collections/stories/entries/a-minor-bug-and-a-major-deadline';
      });
      const lesson = page.getByRole('textbox', { name: 'Lesson' });
      // The form fills in once the file is read; an edit before that would be overwritten.
      await expect.poll(() => lesson.inputValue(), SLOW).toContain("customer's side");
      await lesson.fill('Severity is measured from the customer side of the ticket.');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => readRepositoryFile(page, STORY), SLOW)
        .toContain('the customer side of the ticket');
      const after = await readRepositoryFile(page, STORY);
      expect(frontMatterKeys(after)).toEqual(frontMatterKeys(before));
      expect(transcriptLabels(after)).toEqual(transcriptLabels(before));
      expect(transcriptLabels(after).length).toBeGreaterThan(4);
      expect(after.split('---').slice(2).join('---').trim()).toBe(
        before.split('---').slice(2).join('---').trim(),
      );
      await close();
    },
    EDITOR_TEST,
  );

  it(
    'will not save a story with a required field left empty, and says which',
    async () => {
      const { page, close } = await openEditor();
      await page.evaluate(() => {
        location.hash = '#/collections/stories/entries/a-minor-bug-and-a-major-deadline';
      });
      const title = page.getByRole('textbox', { name: 'Title' });
      await expect.poll(() => title.inputValue(), SLOW).toContain('A minor bug');
      await title.fill('');
      await page.getByRole('button', { name: 'Save' }).click();
      const field = page.getByRole('group', { name: /Title.*Field/ });
      await expect.poll(() => field.innerText(), SLOW).toMatch(/required/i);
      expect(await readRepositoryFile(page, STORY)).toBe(readFileSync(STORY, 'utf8'));
      await close();
    },
    EDITOR_TEST,
  );

  it('says which setting to fix, and where, when the build names a backend it does not know', async () => {
    const site = path.join(workDir, 'site-wrong-backend');
    const build = spawnSync(process.execPath, ['scripts/build.mjs', site], {
      cwd: process.cwd(),
      encoding: 'utf8',
      env: buildEnv({
        CONTENT_DIR: FIXTURE,
        CMS_BACKEND: 'bitbucket',
        CMS_REPO: 'cx-team/customer-room',
      }),
    });
    expect(build.status, build.stdout).toBe(0);
    const wrong = await serveSite(site, await freePort());
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${wrong.url}/admin/`);
    const problem = page.getByRole('alert');
    await expect.poll(() => problem.innerText(), SLOW).toContain('CMS_BACKEND=bitbucket');
    const text = await problem.innerText();
    expect(text).toContain('github, gitlab, gitea');
    expect(text).toMatch(/Settings → Secrets and variables → Actions → Variables/);
    await context.close();
    await wrong.stop();
  }, 400_000);

  it(
    'loads its script on /admin/ only',
    async () => {
      const context = await browser().newContext();
      const page = await context.newPage();
      const bytes = await scriptBytesOnLoad(page, `${server.url}/admin/`);
      console.info(`/admin/ loads ${Math.round(bytes / 1024)} kB of gzipped JavaScript`);
      expect(bytes).toBeGreaterThan(0);
      const home = await scriptBytesOnLoad(page, `${server.url}/`);
      expect(home).toBeLessThan(bytes / 10);
      await context.close();
    },
    EDITOR_TEST,
  );
});
