/**
 * Registers a service worker the build generates (src/integrations/kiosk.ts). The wall's keeps
 * the display playing offline; it is scoped to <base>display/, so desk browsers never download every
 * wall's slides. The browse pages' keeps what a person has read, for reading offline. Browsers
 * allow service workers only on https and localhost; elsewhere, and in `astro dev`, there is none.
 */
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
