/**
 * Draws share cards at build time: satori lays the card out (with HarfBuzz, so Arabic is shaped
 * and read right to left) into SVG, sharp rasterises it to a 1200 × 630 PNG. No network: the
 * fonts are the static @fontsource packages' WOFF files, the colours the site's stylesheet's.
 *
 * Drawing costs tens of milliseconds a card, so cards are kept in node_modules/.cache/ under a
 * hash of everything that makes them (the element tree, the fonts, satori's and sharp's versions):
 * a rebuild draws only the cards whose text or design changed. The hash names the file, so
 * builds of other worktrees or project copies that share node_modules share it safely.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, type CardLayout } from '../lib/sharing/card-layout.ts';
import { CARD_FONTS, cardPalette, cardView, type CardPalette } from '../lib/sharing/card-view.ts';

// Resolved from the project, not from the bundled build module (which Astro may write anywhere).
const projectRequire = createRequire(path.join(process.cwd(), 'package.json'));

type Weight = 400 | 600 | 700;
interface CardFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

/** A static font file of an @fontsource package (satori draws a variable font at one weight only). */
function fontFile(pkg: string, file: string): Buffer {
  return readFileSync(path.join(path.dirname(projectRequire.resolve(pkg)), 'files', file));
}

function loadFonts(): CardFont[] {
  const font = (name: string, pkg: string, file: string, weight: Weight): CardFont => ({
    name,
    data: fontFile(pkg, file),
    weight,
    style: 'normal',
  });
  const fraunces = '@fontsource/fraunces';
  const atkinson = '@fontsource/atkinson-hyperlegible-next';
  const arabic = '@fontsource/ibm-plex-sans-arabic';
  const hebrew = '@fontsource/noto-sans-hebrew';
  return [
    font(CARD_FONTS.voice, fraunces, 'fraunces-latin-600-normal.woff', 600),
    font(CARD_FONTS.voiceExtended, fraunces, 'fraunces-latin-ext-600-normal.woff', 600),
    ...([400, 700] as const).flatMap((weight) => [
      font(
        CARD_FONTS.body,
        atkinson,
        `atkinson-hyperlegible-next-latin-${weight}-normal.woff`,
        weight,
      ),
      font(
        CARD_FONTS.bodyExtended,
        atkinson,
        `atkinson-hyperlegible-next-latin-ext-${weight}-normal.woff`,
        weight,
      ),
    ]),
    ...([400, 600, 700] as const).flatMap((weight) => [
      font(CARD_FONTS.arabic, arabic, `ibm-plex-sans-arabic-arabic-${weight}-normal.woff`, weight),
      font(CARD_FONTS.hebrew, hebrew, `noto-sans-hebrew-hebrew-${weight}-normal.woff`, weight),
    ]),
  ];
}

function version(pkg: string): string {
  const entry = projectRequire.resolve(pkg);
  let folder = path.dirname(entry);
  while (!existsSync(path.join(folder, 'package.json'))) folder = path.dirname(folder);
  return (
    JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { version: string }
  ).version;
}

interface Renderer {
  fonts: CardFont[];
  palette: CardPalette;
  /** What every card's hash starts from: the fonts' bytes and the renderers' versions. */
  seed: string;
  cacheDir: string;
}

let renderer: Renderer | undefined;

function setUp(): Renderer {
  if (renderer) return renderer;
  const fonts = loadFonts();
  const seed = createHash('sha256');
  for (const font of fonts) seed.update(font.data);
  seed.update(`satori ${version('satori')} sharp ${version('sharp')}`);
  renderer = {
    fonts,
    palette: cardPalette(readFileSync(path.join(process.cwd(), 'src/styles/global.css'), 'utf8')),
    seed: seed.digest('hex'),
    // SHARE_CARD_CACHE: another folder (the build test draws every card anew in an empty one).
    cacheDir:
      process.env.SHARE_CARD_CACHE ??
      path.join(process.cwd(), 'node_modules/.cache/customer-room-cards'),
  };
  return renderer;
}

async function draw(view: unknown, fonts: CardFont[]): Promise<Buffer> {
  // satori's types want React nodes; the view is the same shape, made without React.
  const svg = await satori(view as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
  });
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Cards being drawn now, by their hash: one drawing per card, however many ask for it. */
const drawing = new Map<string, Promise<string>>();
// Two at a time: sharp rasterises off the main thread, so while one card is drawn the next is laid
// out, and the machines that build the site have two cores.
const DRAWING_AT_ONCE = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(job: () => Promise<T>): Promise<T> {
  if (running >= DRAWING_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await job();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/** Where the card is kept, drawn into the cache first unless an earlier build drew it. */
function cachedCard(layout: CardLayout): Promise<string> {
  const { fonts, palette, seed, cacheDir } = setUp();
  const view = cardView(layout, palette);
  const key = createHash('sha256').update(seed).update(JSON.stringify(view)).digest('hex');
  const file = path.join(cacheDir, `${key}.png`);
  const known = drawing.get(key);
  if (known) return known;
  if (existsSync(file)) return Promise.resolve(file);
  const drawn = inTurn(async () => {
    const png = await draw(view, fonts);
    mkdirSync(cacheDir, { recursive: true });
    // Written aside and renamed, so a build running beside this one never reads half a card.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return file;
  });
  drawing.set(key, drawn);
  return drawn;
}

/**
 * Starts drawing these cards in the background (from a route's getStaticPaths), so they are drawn
 * while Astro renders the pages before them. A card that fails fails its own endpoint, with its error.
 */
export function prepareShareCards(layouts: readonly CardLayout[]): void {
  for (const layout of layouts) cachedCard(layout).catch(() => undefined);
}

/**
 * A card route's getStaticPaths: one card per item, at the item's slug, drawn in the background
 * from now on (prepareShareCards).
 */
export function shareCardPaths<Item extends { slug: string }, Layout extends CardLayout>(
  items: readonly Item[],
  layoutOf: (item: Item) => Layout,
): { params: { slug: string }; props: { layout: Layout } }[] {
  const paths = items.map((item) => ({
    params: { slug: item.slug },
    props: { layout: layoutOf(item) },
  }));
  prepareShareCards(paths.map((entry) => entry.props.layout));
  return paths;
}

/** The card as a PNG, from the cache when the same card was drawn before. */
export async function shareCardImage(layout: CardLayout): Promise<Buffer> {
  return readFileSync(await cachedCard(layout));
}

/** A static endpoint's answer: the card, as /stories/<slug>/card.png or /quotes/<slug>/card.png. */
export async function shareCardResponse(layout: CardLayout): Promise<Response> {
  const png = await shareCardImage(layout);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
