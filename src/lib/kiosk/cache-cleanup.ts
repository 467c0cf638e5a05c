/**
 * Which caches a new build's service worker deletes when it takes over. Every cache the site
 * makes is named `customer-room-<kind>-<version>…` (the wall's and the browse pages' workers are
 * the two kinds). A worker deletes its own kind's caches of other builds, and those of the single
 * worker of earlier builds (`customer-room-<version>…`); never the other kind's, which a wall and
 * a desk tab on the same browser may both be using.
 */
import type { ServiceWorkerKind } from './workers';

export const SITE_CACHE_PREFIX = 'customer-room-';

/** The start of every cache name of one kind of worker: `customer-room-wall-`. */
export const kindCachePrefix = (kind: ServiceWorkerKind['kind']) => `${SITE_CACHE_PREFIX}${kind}-`;

export interface CacheCleanup {
  /** This build's caches start with it: `customer-room-wall-<version>`. */
  current: string;
  /** The other kinds' prefixes, whose caches are left alone. */
  otherKinds: readonly string[];
}

/** The site's caches, of those named, that a worker of this build deletes. */
export function staleCaches(
  names: readonly string[],
  { current, otherKinds }: CacheCleanup,
): string[] {
  return names.filter(
    (name) =>
      name.startsWith(SITE_CACHE_PREFIX) &&
      !name.startsWith(current) &&
      !otherKinds.some((other) => name.startsWith(other)),
  );
}

/** Deletes the stale caches (the service worker's activate step). */
export async function deleteStaleCaches(
  storage: Pick<CacheStorage, 'keys' | 'delete'>,
  cleanup: CacheCleanup,
): Promise<void> {
  await Promise.all(staleCaches(await storage.keys(), cleanup).map((name) => storage.delete(name)));
}
