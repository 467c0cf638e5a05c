/**
 * What keeps an unattended wall screen alive across deploys and network loss:
 * - a build version (a hash of the content and code) that every page carries as
 *   `<html data-version>` and that the build writes to /version.json;
 * - a service worker, generated with Workbox after the build, that precaches the display pages
 *   and everything they load, so a screen plays on with the server gone. Its caches carry the
 *   version in their names, and caches of other versions are deleted when a new one takes over.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

const VIRTUAL_ID = 'virtual:customer-room/build';
const SOURCES = ['content', 'src', 'public', 'astro.config.mjs', 'package-lock.json'];

function filesUnder(entry: string): string[] {
  const stats = statSync(entry, { throwIfNoEntry: false });
  if (!stats) return [];
  if (stats.isFile()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

/** The same sources give the same version on any machine; any change gives a new one. */
export function sourceVersion(root: string): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((source) => filesUnder(path.join(root, source)))) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
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
        const cachePrefix = `customer-room-${build.version}`;
        writeFileSync(path.join(out, 'version.json'), `${JSON.stringify(build)}\n`);
        writeFileSync(
          path.join(out, 'sw-cleanup.js'),
          [
            '// Deletes the caches of other builds once this one has taken over.',
            `const CURRENT = ${JSON.stringify(cachePrefix)};`,
            "self.addEventListener('activate', (event) => {",
            '  event.waitUntil(',
            '    caches.keys().then((keys) =>',
            '      Promise.all(',
            "        keys.filter((key) => key.startsWith('customer-room-') && !key.startsWith(CURRENT))",
            '          .map((key) => caches.delete(key)),',
            '      ),',
            '    ),',
            '  );',
            '});',
            '',
          ].join('\n'),
        );
        const { count, size, warnings } = await generateSW({
          swDest: path.join(out, 'sw.js'),
          globDirectory: out,
          globPatterns: [
            'display/**/index.html',
            'display/**/wall.json',
            // QR codes exist only when the site's address is known (SITE_URL).
            ...(existsSync(path.join(out, 'display', 'qr')) ? ['display/qr/*.svg'] : []),
            '_astro/*.{js,css,woff2,webp}',
            'favicon.svg',
          ],
          // Hashed file names already change with their content.
          dontCacheBustURLsMatching: /\/_astro\//,
          // /display/?screen=lobby&speed=2 is the precached /display/ page.
          ignoreURLParametersMatching: [/.*/],
          cacheId: cachePrefix,
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          // The display asks the new worker to take over at a slide boundary.
          skipWaiting: false,
          importScripts: ['/sw-cleanup.js'],
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
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
        logger.info(
          `version ${build.version}; service worker precaches ${count} files (${Math.round(size / 1024)} kB)`,
        );
      },
    },
  };
}
