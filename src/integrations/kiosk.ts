/**
 * What keeps an unattended wall screen alive across deploys and network loss:
 * - a build version (a hash of the content and code) that every page carries as
 *   `<html data-version>` and that the build writes to /version.json;
 * - two service workers, generated with Workbox after the build: the wall's (`/sw.js`, for
 *   `/display/` only) precaches the display pages, their slides and everything they load, so a
 *   screen plays on with the server gone; the browse pages' (`/sw-pages.js`) precaches nothing
 *   and keeps what a person visits, so a desk never downloads every wall's slides. Their caches
 *   carry the kind and version in their names; a new build's worker deletes its kind's old ones.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { contentRoot } from '../lib/shared/content-root';
import { WORKERS, type ServiceWorkerKind } from '../lib/kiosk/workers';

/** The wall worker's install check (a real file, linted), imported by /sw.js. */
const WALL_CHECK_SOURCE = fileURLToPath(
  new URL('../components/kiosk/sw-wall-check.js', import.meta.url),
);
const WALL_CHECK_SCRIPT = '/sw-wall-check.js';

/**
 * Writes the install check with the addresses of every wall's slides before its code: a new
 * build whose slides do not parse, or hold none, never activates.
 */
function writeWallCheck(out: string): string {
  const wallData = readdirSync(path.join(out, 'display'), { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'wall.json')
    .map((file) => `/display/${file.split(path.sep).join('/')}`)
    .sort();
  const code = readFileSync(WALL_CHECK_SOURCE, 'utf8');
  writeFileSync(
    path.join(out, WALL_CHECK_SCRIPT.slice(1)),
    `const WALL_DATA_URLS = ${JSON.stringify(wallData)};\n${code}`,
  );
  return WALL_CHECK_SCRIPT;
}

const VIRTUAL_ID = 'virtual:customer-room/build';
const CODE = ['src', 'public', 'astro.config.mjs', 'package-lock.json'];

function filesUnder(entry: string): string[] {
  const stats = statSync(entry, { throwIfNoEntry: false });
  if (!stats) return [];
  if (stats.isFile()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

/**
 * The same sources give the same version on any machine; any change gives a new one. The
 * content is read where the build reads it (content/, or CONTENT_DIR's folder).
 */
export function sourceVersion(root: string, content = contentRoot(process.env, root)): string {
  const hash = createHash('sha256');
  const sources = [content, ...CODE.map((source) => path.join(root, source))];
  for (const [index, source] of sources.entries()) {
    for (const file of filesUnder(source)) {
      const name =
        index === 0 ? path.join('content', path.relative(source, file)) : path.relative(root, file);
      hash.update(name).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

interface Logger {
  warn(message: string): void;
}

/**
 * A worker's activate step: deletes its own kind's caches of other builds (and those of the single
 * worker of earlier builds), never the other kind's, which a wall and a desk tab may both use.
 */
function cleanupScript(prefix: string, otherKind: string): string {
  return [
    "// Deletes this worker's caches of other builds (and of the single worker before it).",
    `const CURRENT = ${JSON.stringify(prefix)};`,
    `const OTHER_KIND = ${JSON.stringify(otherKind)};`,
    "self.addEventListener('activate', (event) => {",
    '  event.waitUntil(',
    '    caches.keys().then((keys) =>',
    '      Promise.all(',
    '        keys',
    "          .filter((key) => key.startsWith('customer-room-'))",
    '          .filter((key) => !key.startsWith(CURRENT) && !key.startsWith(OTHER_KIND))',
    '          .map((key) => caches.delete(key)),',
    '      ),',
    '    ),',
    '  );',
    '});',
    '',
  ].join('\n');
}

/** Writes one worker and its cleanup script; says what it precaches. */
async function writeWorker(
  out: string,
  worker: ServiceWorkerKind,
  version: string,
  logger: Logger,
): Promise<string> {
  const kindPrefix = (kind: ServiceWorkerKind['kind']) => `customer-room-${kind}-`;
  const other = Object.values(WORKERS).find(({ kind }) => kind !== worker.kind);
  const otherKind = other ? kindPrefix(other.kind) : '';
  const cachePrefix = `${kindPrefix(worker.kind)}${version}`;
  const cleanup = worker.script.replace(/\.js$/, '-cleanup.js');
  writeFileSync(path.join(out, cleanup.slice(1)), cleanupScript(cachePrefix, otherKind));
  const precache =
    worker.kind === 'wall'
      ? [
          'display/**/index.html',
          'display/**/wall.json',
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
    importScripts: worker.kind === 'wall' ? [cleanup, writeWallCheck(out)] : [cleanup],
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: { cacheName: `${cachePrefix}-pages`, networkTimeoutSeconds: 4 },
      },
      {
        urlPattern: ({ url }) =>
          url.pathname.startsWith('/_astro/') || url.pathname.startsWith('/pagefind/'),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: `${cachePrefix}-assets` },
      },
    ],
  });
  for (const warning of warnings) logger.warn(warning);
  return count > 0
    ? `precaches ${count} files (${Math.round(size / 1024)} kB)`
    : 'precaches nothing (it keeps what is visited)';
}

export default function kiosk(): AstroIntegration {
  const build = { version: '', built: new Date().toISOString() };
  return {
    name: 'customer-room-kiosk',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        build.version = sourceVersion(fileURLToPath(config.root));
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
        writeFileSync(path.join(out, 'version.json'), `${JSON.stringify(build)}\n`);
        for (const worker of Object.values(WORKERS)) {
          const count = await writeWorker(out, worker, build.version, logger);
          logger.info(`version ${build.version}; ${worker.script} ${count}`);
        }
      },
    },
  };
}
