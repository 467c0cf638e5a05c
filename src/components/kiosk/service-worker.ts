/**
 * Registers a service worker the build generates (src/integrations/kiosk.ts). The wall's keeps
 * the display playing offline; it is scoped to <base>display/, so desk browsers never download every
 * wall's slides. The browse pages' keeps what a person has read, for reading offline. Browsers
 * allow service workers only on https and localhost; elsewhere, and in `astro dev`, there is none.
 */
import type { WallWorker } from '../../lib/kiosk/screen-keeper';
import { WORKERS, workerAt } from '../../lib/kiosk/workers';
import { BASE_PATH, sitePath } from '../../lib/shared/site-path';

/** Before the two workers, one at <base>sw.js controlled the whole site: it gives way to them. */
async function retireSiteWideWall(container: ServiceWorkerContainer) {
  const siteScope = new URL(sitePath('/'), location.href).href;
  for (const registration of await container.getRegistrations()) {
    const worker = registration.active ?? registration.waiting ?? registration.installing;
    const script = worker ? new URL(worker.scriptURL).pathname : '';
    if (registration.scope === siteScope && script === sitePath(WORKERS.wall.script)) {
      await registration.unregister();
    }
  }
}

export async function registerServiceWorker(
  kind: keyof typeof WORKERS,
): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return undefined;
  const { script, scope } = workerAt(BASE_PATH, WORKERS[kind]);
  if (kind === 'wall') await retireSiteWideWall(navigator.serviceWorker).catch(() => undefined);
  return navigator.serviceWorker.register(script, { scope });
}

/** How long a waiting worker may take to take over before the screen reloads anyway. */
const TAKE_OVER_MS = 10_000;

/** The wall's registration as the screen keeper uses it (lib/kiosk/screen-keeper.ts). */
export function wallWorker(registration: ServiceWorkerRegistration): WallWorker {
  return {
    async installUpdate() {
      await registration.update();
      const worker = registration.installing ?? registration.waiting;
      if (!worker) return false;
      // The new worker checks the new build's slides while it installs (sw-wall-check.js):
      // a build that fails the check ends 'redundant' and is never activated.
      const state = await new Promise<ServiceWorkerState>((resolve) => {
        const settle = () => {
          if (worker.state !== 'installing') resolve(worker.state);
        };
        worker.addEventListener('statechange', settle);
        settle();
      });
      return state !== 'redundant';
    },
    activateWaiting() {
      const waiting = registration.waiting;
      if (!waiting) return Promise.resolve();
      return new Promise<void>((resolve) => {
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
          once: true,
        });
        setTimeout(resolve, TAKE_OVER_MS);
        waiting.postMessage({ type: 'SKIP_WAITING' });
      });
    },
    controlsPage: () => !!navigator.serviceWorker.controller,
  };
}
