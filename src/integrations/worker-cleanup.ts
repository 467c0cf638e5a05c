/**
 * Bundles the service workers' cleanup step (src/components/kiosk/cleanup-worker.ts) into one
 * classic script for a worker's importScripts: no modules (importScripts cannot load them), the
 * worker's cache names compiled in, and code the wall's oldest screens run (Chromium 85).
 */
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import type { CacheCleanup } from '../lib/kiosk/cache-cleanup';

const CLEANUP_WORKER_ENTRY = 'src/components/kiosk/cleanup-worker.ts';

/** The cleanup script of one worker, as the text of a classic script. */
export async function cleanupScript(root: string, cleanup: CacheCleanup): Promise<string> {
  const output = await build({
    configFile: false,
    envFile: false,
    root,
    publicDir: false,
    logLevel: 'silent',
    define: { CACHE_CLEANUP: JSON.stringify(cleanup) },
    build: {
      write: false,
      minify: false,
      target: 'chrome85',
      lib: {
        entry: path.join(root, CLEANUP_WORKER_ENTRY),
        formats: ['iife'],
        name: 'customerRoomCleanup',
        fileName: 'cleanup',
      },
    },
  });
  const [bundle] = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = bundle?.output.find((file) => file.type === 'chunk');
  if (!chunk) throw new Error(`Bundling ${CLEANUP_WORKER_ENTRY} gave no script`);
  return chunk.code;
}
