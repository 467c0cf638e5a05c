/**
 * Share cards, built on a small fixture site (tests/fixtures/cards/) at a real address under a
 * base path, with an empty card cache so every card is drawn: each story and quote page names its
 * card as og:image, absolute; the card is a real 1200 × 630 PNG with dark text on light paper that
 * stays inside the card however long the quote, and an Arabic quote is set from the right.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/fixture-site';
import { fixtureSite } from '../support/fixture-sites';

const SITE = 'https://room.example/customer-room/';
let workDir: string;
let siteDir: string;

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'customer-room-cards-'));
  siteDir = path.join(workDir, 'site');
  buildSite(siteDir, {
    CONTENT_DIR: fixtureSite('cards'),
    SITE_URL: SITE,
    BASE_PATH: '/customer-room/',
    SHARE_CARD_CACHE: path.join(workDir, 'card-cache'),
  });
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The page's <meta> tags, by property or name. */
function metaTags(page: string): Map<string, string> {
  const html = readFileSync(path.join(siteDir, page, 'index.html'), 'utf8');
  const tags = new Map<string, string>();
  for (const [tag] of html.matchAll(/<meta\s[^>]*>/g)) {
    const key = /(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /content="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined) tags.set(key, content);
  }
  return tags;
}

/** The built file an absolute address on the site stands for. */
function fileAt(address: string): string {
  expect(address.startsWith(SITE)).toBe(true);
  return path.join(siteDir, decodeURIComponent(address.slice(SITE.length)));
}

/** Width and height from a PNG's header (its IHDR chunk comes first). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface Ink {
  /** Share of the region's pixels that are dark (text) and light (paper). */
  dark: number;
  light: number;
  /** Mean x of the dark pixels, or NaN without any. */
  centreX: number;
}

/** How much dark ink a region of the card holds (grey levels: dark < 100, light > 200). */
async function inkIn(
  file: string,
  region: { left: number; top: number; right: number; bottom: number },
): Promise<Ink> {
  const { data, info } = await sharp(file).greyscale().raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  let light = 0;
  let sumX = 0;
  for (let y = region.top; y < region.bottom; y += 1) {
    for (let x = region.left; x < region.right; x += 1) {
      const grey = data[(y * info.width + x) * info.channels] ?? 0;
      if (grey < 100) {
        dark += 1;
        sumX += x;
      } else if (grey > 200) light += 1;
    }
  }
  const area = (region.right - region.left) * (region.bottom - region.top);
  return { dark: dark / area, light: light / area, centreX: sumX / dark };
}

/** Under the header, inside the margins: where a card's quote or title and lesson are. */
const TEXT_AREA = { left: 64, top: 110, right: 1136, bottom: 590 };

/** The fixture's stories and quotes, each with a page of its own. */
const PAGES = {
  stories: ['stories/a-title-that-goes-on-and-on/', 'stories/shoes-for-a-long-wedding/'],
  quotes: ['quotes/arabic-patience/', 'quotes/short-and-kind/', 'quotes/the-whole-story-at-once/'],
} as const;

/** The folders the build made under /stories/ or /quotes/, list pages aside. */
const builtPages = (kind: 'stories' | 'quotes') =>
  readdirSync(path.join(siteDir, kind), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'page')
    .map((entry) => `${kind}/${entry.name}/`);

describe('a story or quote page shared in chat', () => {
  it('has a page for every story and quote of the fixture', () => {
    expect(builtPages('stories')).toEqual(PAGES.stories);
    expect(builtPages('quotes')).toEqual(PAGES.quotes);
  });

  it.each(['stories', 'quotes'] as const)(
    'unfolds into its own card: %s name a 1200 × 630 PNG with dark text on light paper',
    async (kind) => {
      for (const page of PAGES[kind]) {
        const meta = metaTags(page);
        expect(meta.get('og:url'), page).toBe(`${SITE}${page}`);
        expect(meta.get('og:image'), page).toBe(`${SITE}${page}card.png`);
        expect(meta.get('og:image:type'), page).toBe('image/png');
        expect([meta.get('og:image:width'), meta.get('og:image:height')], page).toEqual([
          '1200',
          '630',
        ]);
        expect(meta.get('og:image:alt')?.length, page).toBeGreaterThan(10);
        expect(meta.get('og:title'), page).toBeTruthy();
        expect(meta.get('og:description'), page).toBeTruthy();
        expect(meta.get('og:type'), page).toBe('article');
        expect(meta.get('twitter:card'), page).toBe('summary_large_image');
        expect(meta.get('twitter:image'), page).toBe(meta.get('og:image'));

        const card = fileAt(meta.get('og:image') ?? '');
        expect(pngSize(card), page).toEqual({ width: 1200, height: 630 });
        const ink = await inkIn(card, TEXT_AREA);
        expect(ink.dark, `${page}: text on the card`).toBeGreaterThan(0.01);
        expect(ink.light, `${page}: paper around it`).toBeGreaterThan(0.5);
      }
    },
  );

  it('sets an English quote from the left and an Arabic one from the right', async () => {
    const english = await inkIn(fileAt(`${SITE}quotes/short-and-kind/card.png`), TEXT_AREA);
    const arabic = await inkIn(fileAt(`${SITE}quotes/arabic-patience/card.png`), TEXT_AREA);
    expect(english.centreX).toBeLessThan(600);
    expect(arabic.centreX).toBeGreaterThan(600);
  });

  it('keeps a very long quote and title inside the card: nothing in the margins', async () => {
    for (const page of [
      'quotes/the-whole-story-at-once/',
      'stories/a-title-that-goes-on-and-on/',
    ]) {
      const card = fileAt(`${SITE}${page}card.png`);
      const right = await inkIn(card, { left: 1140, top: 110, right: 1200, bottom: 630 });
      const bottom = await inkIn(card, { left: 0, top: 590, right: 1200, bottom: 630 });
      expect([right.dark, bottom.dark], page).toEqual([0, 0]);
    }
  });

  it('shows a persona’s photo, in the small square preview', () => {
    const meta = metaTags('personas/priya-raman/');
    expect(meta.get('og:type')).toBe('profile');
    expect(meta.get('og:image:type')).toBe('image/jpeg');
    const photo = readFileSync(fileAt(meta.get('og:image') ?? ''));
    expect(photo.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(meta.get('og:image:alt')).toMatch(/portrait/i);
    expect(meta.get('twitter:card')).toBe('summary');
  });

  it('links a quote’s page and its place on the quote wall both ways', () => {
    const own = readFileSync(path.join(siteDir, 'quotes/short-and-kind/index.html'), 'utf8');
    expect(own).toContain('You took my feet seriously.');
    expect(own).toContain('href="/customer-room/quotes/#short-and-kind"');
    const wall = readFileSync(path.join(siteDir, 'quotes/index.html'), 'utf8');
    expect(wall).toContain('href="/customer-room/quotes/short-and-kind/"');
  });

  it('posts a quote to chat (npm run notify) as its own page, which unfolds into its card', () => {
    const items = JSON.parse(readFileSync(path.join(siteDir, 'share-items.json'), 'utf8')) as {
      id: string;
      link: string;
    }[];
    expect(items.find((item) => item.id === 'quote:short-and-kind')?.link).toBe(
      `${SITE}quotes/short-and-kind/`,
    );
    expect(items.find((item) => item.id === 'story:shoes-for-a-long-wedding')?.link).toBe(
      `${SITE}stories/shoes-for-a-long-wedding/`,
    );
  });
});
