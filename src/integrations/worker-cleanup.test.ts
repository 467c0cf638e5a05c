import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { kindCachePrefix } from '../lib/kiosk/cache-cleanup';
import { cleanupScript } from './worker-cleanup';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs a script as importScripts would, in a bare worker scope; fires its activate step. */
async function activate(script: string, cacheNames: string[]): Promise<string[]> {
  const kept = new Set(cacheNames);
  const listeners: ((event: unknown) => void)[] = [];
  const scope = {
    caches: {
      keys: async () => [...kept],
      delete: async (name: string) => kept.delete(name),
    },
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      if (type === 'activate') listeners.push(listener);
    },
    Promise,
  };
  runInNewContext(script, Object.assign(scope, { self: scope }));
  const waited: Promise<unknown>[] = [];
  for (const listener of listeners)
    listener({ waitUntil: (done: Promise<unknown>) => waited.push(done) });
  await Promise.all(waited);
  return [...kept];
}

describe('the cleanup script a worker imports', async () => {
  const script = await cleanupScript(root, {
    current: `${kindCachePrefix('wall')}build2`,
    otherKinds: [kindCachePrefix('pages')],
  });

  it('is one classic script: no module syntax importScripts would refuse', () => {
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
  });

  it("deletes its kind's caches of other builds when the worker activates, and waits for it", async () => {
    expect(
      await activate(script, [
        'customer-room-wall-build2-pages',
        'customer-room-wall-build1-pages',
        'customer-room-pages-build1-pages',
        'customer-room-build0-precache-v2-https://room.example/',
        'another-app-cache',
      ]),
    ).toEqual([
      'customer-room-wall-build2-pages',
      'customer-room-pages-build1-pages',
      'another-app-cache',
    ]);
  });
});
