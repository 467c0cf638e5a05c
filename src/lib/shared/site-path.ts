/**
 * Addresses inside this build of the site. Every link, fetch and worker the site makes goes
 * through sitePath(), so the same code works at the root of a domain and under a base path
 * (BASE_PATH, see base-path.ts). Astro puts the base in import.meta.env.BASE_URL; in unit tests
 * and plain Node scripts it is `/`.
 */
import { withBase, withoutBase } from './base-path';

/** The base path of this build: `/` or `/customer-room/`. */
export const BASE_PATH = withBase(import.meta.env.BASE_URL, '');

/** `/stories/x/` → `/customer-room/stories/x/` in a build under /customer-room/. */
export const sitePath = (path: string): string => withBase(BASE_PATH, path);

/** The reverse, for tools that add the base themselves (Pagefind's results). */
export const pathInSite = (path: string): string => withoutBase(BASE_PATH, path);
