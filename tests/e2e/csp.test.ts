/**
 * A fixture site (tests/fixtures/csp/, with an Arabic quote) built once: its pages are valid HTML,
 * right-to-left text reads right to left, the feed is RSS, and it works under a
 * Content-Security-Policy: once behind the strict header an operations team puts
 * at its proxy, once with only the site's own <meta> policy. Every page is opened, and the wall,
 * a search, a list filter and a listening session are used; any refused script, style, image,
 * worker or WebAssembly fails the test.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/fixture-site';
import { freePort, serveSite, type SiteServer } from '../../scripts/support/site-server';
import { htmlProblems } from '../support/html-validity';
import { useBrowser } from './browser';

const browser = useBrowser();
let workDir: string;
let siteDir: string;

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'customer-room-csp-'));
  siteDir = path.join(workDir, 'site');
  buildSite(siteDir, { CONTENT_DIR: 'tests/fixtures/csp' });
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Every page of the build, as addresses. */
function everyPage(): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`.replace(/\\/g, '/'))
    .sort();
}

/** Collects violations as the page reports them, and console lines that name the policy. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text())) logged.push(message.text());
  });
  // An init script comes from the browser itself: the policy does not apply to it.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} refused ${event.blockedURI || 'inline'}`);
    });
  });
  return async () => {
    const reported = await page
      .evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
      .catch(() => []);
    return [...reported, ...logged.splice(0)];
  };
}

function walkEverything(label: string, strictHeaders: boolean) {
  describe(label, () => {
    let server: SiteServer;

    beforeAll(async () => {
      server = await serveSite(siteDir, await freePort(), { strictHeaders });
    });

    afterAll(() => server.stop());

    async function open(address: string) {
      const context = await browser().newContext({ baseURL: server.url });
      const page = await context.newPage();
      const violations = await watchPolicy(page);
      const response = await page.goto(address);
      return { page, response, violations, close: () => context.close() };
    }

    it('serves what it says it serves', async () => {
      const { response, close } = await open('/');
      const header = response?.headers()['content-security-policy'];
      if (strictHeaders) expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
      else expect(header).toBeUndefined();
      await close();
    });

    it('answers malformed and escaping paths with a plain 400 or 404', async () => {
      const { port } = new URL(server.url);
      // node:http sends the path as written; fetch() would resolve the dots first.
      const get = (rawPath: string) =>
        new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
          request({ host: '127.0.0.1', port, path: rawPath }, (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString()));
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                type: response.headers['content-type'] ?? '',
                body,
              }),
            );
          })
            .on('error', reject)
            .end();
        });
      for (const rawPath of [
        '/..%2f..%2fetc%2fpasswd',
        '/_astro/..%2F..%2Fpackage.json',
        '/%2e%2e/%2e%2e/package.json',
        '/..%5c..%5cpackage.json',
        '/%',
      ]) {
        const answer = await get(rawPath);
        expect([400, 404], rawPath).toContain(answer.status);
        expect(answer.type, rawPath).toMatch(/^text\/plain/);
        expect(answer.body, rawPath).not.toMatch(/Error|at |node_modules|"name"/);
      }
    });

    it('opens every page without a violation', { timeout: 600_000 }, async () => {
      const found: string[] = [];
      const pages = everyPage();
      expect(pages.length).toBeGreaterThan(10);
      const context = await browser().newContext({ baseURL: server.url });
      const page = await context.newPage();
      const violations = await watchPolicy(page);
      for (const address of pages) {
        await page.goto(address, { waitUntil: 'load' });
        // Islands hydrate after load; their styles and scripts are what a policy refuses.
        await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
        for (const violation of await violations()) found.push(`${address}: ${violation}`);
      }
      await context.close();
      expect(found).toEqual([]);
    });

    it('plays the wall', async () => {
      const { page, violations, close } = await open('/display/floor/');
      await page.waitForFunction(
        () => Number(document.querySelector('.wall')?.getAttribute('data-shown')) >= 1,
      );
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        () => Number(document.querySelector('.wall')?.getAttribute('data-shown')) >= 2,
      );
      expect(await violations()).toEqual([]);
      await close();
    });

    it('searches, with Pagefind compiled from WebAssembly', async () => {
      const { page, violations, close } = await open('/search/?q=deadline');
      await page.waitForFunction(
        () => document.querySelector('.answer')?.getAttribute('data-answered') === location.search,
      );
      expect(await page.locator('.results h2 a').count()).toBeGreaterThan(0);
      expect(await violations()).toEqual([]);
      await close();
    });

    it('filters a list', async () => {
      const { page, violations, close } = await open('/stories/');
      await page.locator('astro-island:not([ssr]) form.filters').waitFor();
      await page.getByLabel('Persona', { exact: true }).selectOption('jen-park');
      await page.waitForURL('**/stories/?persona=jen-park');
      expect(await violations()).toEqual([]);
      await close();
    });

    it('steps through a listening session', async () => {
      const { page, violations, close } = await open(
        '/stories/a-minor-bug-and-a-major-deadline/session/',
      );
      await page.locator('astro-island:not([ssr]) .progress').waitFor();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await violations()).toEqual([]);
      await close();
    });
  });
}

walkEverything('behind the host’s strict Content-Security-Policy header', true);
walkEverything('with only the site’s own <meta> policy', false);

describe('the built pages', () => {
  it('are valid HTML, every one', async () => {
    const problems = [];
    for (const address of everyPage()) {
      const html = readFileSync(path.join(siteDir, address, 'index.html'), 'utf8');
      problems.push(...(await htmlProblems(address, html)));
    }
    expect(problems).toEqual([]);
  });

  it('carry no inline script, style element or style attribute', () => {
    for (const address of everyPage()) {
      const html = readFileSync(path.join(siteDir, address, 'index.html'), 'utf8');
      const inline = html.match(
        /<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>|<style|\sstyle="/g,
      );
      expect(inline, address).toBeNull();
    }
  });

  it('unfold into a card when a story link is pasted in chat', () => {
    const html = readFileSync(
      path.join(siteDir, 'stories/a-minor-bug-and-a-major-deadline/index.html'),
      'utf8',
    );
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta property="og:title" content="A minor bug and a major deadline">');
    // Its share card, as a large preview (tests/build/share-cards.test.ts looks at the card itself).
    expect(html).toContain(
      '<meta property="og:image" content="/stories/a-minor-bug-and-a-major-deadline/card.png">',
    );
    expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
  });

  it('offer a feed of stories and quotes, newest first, with the lesson or the quote', () => {
    const feed = readFileSync(path.join(siteDir, 'feed.xml'), 'utf8');
    expect(feed).toMatch(/^<\?xml[^>]*\?><rss version="2.0"/);
    const links = [...feed.matchAll(/<item>.*?<link>([^<]*)<\/link>/g)].map((m) => m[1]);
    expect(links).toHaveLength(6);
    expect(links[0]).toBe('http://localhost:4321/quotes/#arabic-patience');
    expect(feed).toContain('<description>Severity is measured from the customer');
  });
});

describe('text in every direction', () => {
  let server: SiteServer;

  beforeAll(async () => {
    server = await serveSite(siteDir, await freePort());
  });

  afterAll(() => server.stop());

  it('reads an Arabic quote right to left, beside English ones left to right', async () => {
    const context = await browser().newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto('/quotes/');
    const direction = (id: string) =>
      page
        .locator(`[id="${id}"] blockquote`)
        .evaluate((quote) => getComputedStyle(quote).direction);
    expect(await direction('arabic-patience')).toBe('rtl');
    expect(await direction('a-date-would-help')).toBe('ltr');
    await context.close();
  });

  it('reads it right to left on the wall too', async () => {
    const context = await browser().newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto('/display/floor/');
    const shown = () => Number(document.querySelector('.wall')?.getAttribute('data-shown'));
    const arabic = page.locator('.swiper-slide:not([aria-hidden="true"]) .words', {
      hasText: 'شكراً',
    });
    await page.waitForFunction(shown, undefined);
    for (let step = 0; step < 12 && !(await arabic.count()); step++) {
      const before = await page.evaluate(shown);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (count) => Number(document.querySelector('.wall')?.getAttribute('data-shown')) > count,
        before,
      );
    }
    expect(await arabic.evaluate((quote) => getComputedStyle(quote).direction)).toBe('rtl');
    await context.close();
  });
});
