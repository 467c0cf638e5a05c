/**
 * The activate step both service workers import (Workbox's importScripts): when a new build's
 * worker takes over, it deletes its kind's caches of other builds (lib/kiosk/cache-cleanup.ts).
 * src/integrations/worker-cleanup.ts bundles it for each worker, with that worker's CACHE_CLEANUP.
 */
import { deleteStaleCaches, type CacheCleanup } from '../../lib/kiosk/cache-cleanup';

declare const CACHE_CLEANUP: CacheCleanup;

/** A service worker's activate event: it waits for the cleanup before the worker is active. */
interface ActivateEvent extends Event {
  waitUntil(done: Promise<unknown>): void;
}

self.addEventListener('activate', (event) => {
  (event as ActivateEvent).waitUntil(deleteStaleCaches(caches, CACHE_CLEANUP));
});
