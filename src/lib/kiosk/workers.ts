import { withBase } from '../shared/base-path';

/**
 * The site's two service workers: the wall's, scoped to /display/, precaches every wall so a
 * screen plays offline; the browse pages', for the whole site, only keeps what a person visits.
 * The build writes both (src/integrations/kiosk.ts); the pages register them
 * (src/components/kiosk/service-worker.ts). Scripts and scopes here are places in the built
 * folder; workerAt() puts them under the base path the site is served from.
 */
export interface ServiceWorkerKind {
  kind: 'wall' | 'pages';
  script: string;
  scope: string;
}

export const WORKERS = {
  wall: { kind: 'wall', script: '/sw.js', scope: '/display/' },
  pages: { kind: 'pages', script: '/sw-pages.js', scope: '/' },
} as const satisfies Record<string, ServiceWorkerKind>;

/** A worker's script and scope as addresses: `/customer-room/sw.js` for `/customer-room/display/`. */
export function workerAt(base: string, worker: ServiceWorkerKind): ServiceWorkerKind {
  return { ...worker, script: withBase(base, worker.script), scope: withBase(base, worker.scope) };
}

/**
 * A story's recording (/stories/<slug>/<file>.m4a): the browse pages' worker keeps one only
 * once it has been played, and answers the player's range requests from that copy.
 */
export const RECORDING_URL = /\/stories\/[^/]+\/[^/]+\.(?:m4a|mp3|ogg|opus|webm)$/;
