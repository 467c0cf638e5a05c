/**
 * What keeps an unattended wall screen alive across deploys and network loss:
 * - a build version (a hash of the content and code) that every page carries as
 *   `<html data-version>` and that the build writes to /version.json;
 * - two service workers, generated with Workbox after the build: the wall's (`/sw.js`, for
 *   `/display/` only) precaches the display pages, their slides and everything they load, so a
 *   screen plays on with the server gone; the browse pages' (`/sw-pages.js`) precaches nothing
 *   and keeps what a person visits, so a desk never downloads every wall's slides. Their caches
 *   carry the kind and version in their names; a new build's worker deletes its kind's old ones.
 * Under a base path (BASE_PATH), every one of these addresses starts with it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { islandModules, withModulePreloads } from '../lib/display/module-preload';
import { chunkUrl } from '../lib/display/wall-data';
import { kindCachePrefix } from '../lib/kiosk/cache-cleanup';
import { RECORDING_URL, WORKERS, type ServiceWorkerKind } from '../lib/kiosk/workers';
import { withBase } from '../lib/shared/base-path';
import { contentRoot } from '../lib/shared/content-root';
import { cleanupScript } from './worker-cleanup';

/** The wall worker's install check (a real file, linted), imported by /sw.js. */
const WALL_CHECK_SOURCE = fileURLToPath(
  new URL('../components/kiosk/sw-wall-check.js', import.meta.url),
);
const WALL_CHECK_SCRIPT = '/sw-wall-check.js';

/**
 * Writes the install check with the addresses of every wall's index and first chunk of slide
 * text before its code: a new build whose index or first slides' text do not parse never
 * activates, nor one whose wall of everything lost its slides. Only an empty room (no content
 * yet, so nothing at all to show) may have none.
 */
function writeWallCheck(out: string, base: string): string {
  const wallFiles = readdirSync(path.join(out, 'display'), { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'wall.json')
    .map((file) => file.split(path.sep).join('/'))
    .sort();
  const slidesOf = (file: string) =>
    (JSON.parse(readFileSync(path.join(out, 'display', file), 'utf8')) as { slides?: unknown[] })
      .slides?.length ?? 0;
  const emptyRoom = slidesOf('wall.json') === 0;
  const wallData = wallFiles.map((file) => ({
    url: withBase(base, `/display/${file}`),
    needsSlides: file === 'wall.json' && !emptyRoom,
    // The text of the first slides: a wall with slides has at least its chunk 0.
    chunks: slidesOf(file) > 0 ? [withBase(base, `/display/${chunkUrl(file, 0)}`)] : [],
  }));
  const code = readFileSync(WALL_CHECK_SOURCE, 'utf8');
  writeFileSync(
    path.join(out, WALL_CHECK_SCRIPT.slice(1)),
    `const WALL_DATA = ${JSON.stringify(wallData)};\n${code}`,
  );
  return WALL_CHECK_SCRIPT;
}

/**
 * Links every module of the wall's island from the head of each display page (see
 * lib/display/module-preload.ts): the browser fetches them with the styles instead of one after
 * the other once the island starts. Before the workers, whose precache lists the pages' hashes.
 */
function preloadWallModules(out: string, base: string) {
  const pages = readdirSync(path.join(out, 'display'), { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'index.html')
    .filter((file) => !file.split(path.sep).includes('basic'));
  const readModule = (url: string) => {
    if (!url.startsWith(base)) return undefined;
    const file = path.join(out, url.slice(base.length));
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  for (const page of pages) {
    const file = path.join(out, 'display', page);
    const html = readFileSync(file, 'utf8');
    writeFileSync(file, withModulePreloads(html, islandModules(html, readModule)));
  }
}

const VIRTUAL_ID = 'virtual:customer-room/build';
/** The code a version covers; the content folder (content/, or CONTENT_DIR's) comes first. */
const CODE_SOURCES = ['src', 'public', 'astro.config.mjs', 'package-lock.json'];

function filesUnder(entry: string): string[] {
  const stats = statSync(entry, { throwIfNoEntry: false });
  if (!stats) return [];
  if (stats.isFile()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

/**
 * The same sources give the same version on any machine; any change gives a new one. The content
 * is hashed from the folder the build reads, so a new item in a CONTENT_DIR site is a new version.
 */
export function sourceVersion(root: string, content = contentRoot(process.env, root)): string {
  const hash = createHash('sha256');
  const add = (name: string, file: string) =>
    hash.update(name).update('\0').update(readFileSync(file)).update('\0');
  for (const file of filesUnder(content)) add(`content/${path.relative(content, file)}`, file);
  for (const file of CODE_SOURCES.flatMap((source) => filesUnder(path.join(root, source)))) {
    add(path.relative(root, file), file);
  }
  return hash.digest('hex').slice(0, 16);
}

interface Logger {
  warn(message: string): void;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The hashed assets and the search bundle, fetched from the site's own origin under its base
 * path. A pattern, not a function: Workbox copies it into the worker, where no variable of the
 * build exists.
 */
const assetUrls = (base: string) =>
  new RegExp(`^https?://[^/]+${escapeRegExp(withBase(base, '/'))}(?:_astro|pagefind)/`);

/**
 * Writes one worker and its cleanup script; says what it precaches. The files sit at the top
 * of the built folder; the site is served under `base`, so that is where they are fetched.
 */
async function writeWorker(
  root: string,
  out: string,
  base: string,
  worker: ServiceWorkerKind,
  version: string,
  logger: Logger,
): Promise<string> {
  const otherKinds = Object.values(WORKERS)
    .filter(({ kind }) => kind !== worker.kind)
    .map(({ kind }) => kindCachePrefix(kind));
  const cachePrefix = `${kindCachePrefix(worker.kind)}${version}`;
  const cleanup = worker.script.replace(/\.js$/, '-cleanup.js');
  writeFileSync(
    path.join(out, cleanup.slice(1)),
    await cleanupScript(root, { current: cachePrefix, otherKinds }),
  );
  const precache =
    worker.kind === 'wall'
      ? [
          'display/**/index.html',
          // Each wall's index and its chunks of slide text (wall-0.json, wall-1.json, …).
          'display/**/wall.json',
          'display/**/wall-*.json',
          // QR codes exist only when the site's address is known (SITE_URL).
          ...(existsSync(path.join(out, 'display', 'qr')) ? ['display/qr/*.svg'] : []),
          '_astro/*.{js,css,woff2,webp}',
          'favicon.svg',
        ]
      : [];
  const { count, size, warnings } = await generateSW({
    swDest: path.join(out, worker.script.slice(1)),
    globDirectory: out,
    globPatterns: precache,
    // The wall without JavaScript (/display/…/basic/) needs no worker: a page per slide would
    // only make every install slower.
    globIgnores: ['display/**/basic/**'],
    // Hashed file names already change with their content.
    dontCacheBustURLsMatching: /\/_astro\//,
    // /display/?screen=lobby&speed=2 is the precached /display/ page.
    ignoreURLParametersMatching: [/.*/],
    cacheId: cachePrefix,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    // The display asks the new worker to take over at a slide boundary; browse pages need no
    // such care.
    skipWaiting: worker.kind === 'pages',
    importScripts:
      worker.kind === 'wall'
        ? [withBase(base, cleanup), withBase(base, writeWallCheck(out, base))]
        : [withBase(base, cleanup)],
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        // The editor at <base>admin/ (lib/authoring/editor-paths.ts) always comes from the
        // network: a cached copy would sign people in to an old configuration. Workbox copies
        // this function into the worker as text, where no variable of the build exists: the
        // browse pages' worker is scoped to the base path, so the editor's address comes from it.
        urlPattern: ({ request, url }) =>
          request.mode === 'navigate' &&
          !url.pathname.startsWith(
            new URL(
              'admin/',
              (Reflect.get(self, 'registration') as ServiceWorkerRegistration).scope,
            ).pathname,
          ),
        handler: 'NetworkFirst',
        options: { cacheName: `${cachePrefix}-pages`, networkTimeoutSeconds: 4 },
      },
      {
        urlPattern: assetUrls(base),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: `${cachePrefix}-assets` },
      },
      // The wall asks for its announcements on every poll: the network answers, and the copy
      // kept from the last answer when the network does not (a screen offline still has them).
      {
        urlPattern: ({ url }) => url.pathname.endsWith('/display/announcements.json'),
        handler: 'NetworkFirst',
        options: { cacheName: `${cachePrefix}-announcements`, networkTimeoutSeconds: 4 },
      },
      // Only whole files (200) are kept: the player's own requests are ranges (206), so a
      // recording is cached when the story page fetches it whole on its first play, and
      // seeking is then answered from the cached copy.
      ...(worker.kind === 'pages'
        ? [
            {
              urlPattern: RECORDING_URL,
              handler: 'CacheFirst' as const,
              options: {
                cacheName: `${cachePrefix}-recordings`,
                rangeRequests: true,
                cacheableResponse: { statuses: [200] },
              },
            },
          ]
        : []),
    ],
  });
  for (const warning of warnings) logger.warn(warning);
  return count > 0
    ? `precaches ${count} files (${Math.round(size / 1024)} kB)`
    : 'precaches nothing (it keeps what is visited)';
}

export default function kiosk(): AstroIntegration {
  const build = { version: '', built: new Date().toISOString() };
  let root = '';
  let base = '/';
  return {
    name: 'customer-room-kiosk',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        build.version = sourceVersion(root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'customer-room-build-version',
                resolveId: (id: string) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
                load: (id: string) =>
                  id === `\0${VIRTUAL_ID}` ? `export default ${JSON.stringify(build)};` : undefined,
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // The base path too, so that `npm run preview` serves the build where it belongs.
        writeFileSync(path.join(out, 'version.json'), `${JSON.stringify({ ...build, base })}\n`);
        preloadWallModules(out, base.endsWith('/') ? base : `${base}/`);
        for (const worker of Object.values(WORKERS)) {
          const count = await writeWorker(root, out, base, worker, build.version, logger);
          logger.info(`version ${build.version}; ${worker.script} ${count}`);
        }
      },
    },
  };
}
