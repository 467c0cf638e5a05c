/**
 * Registers the service worker the build generates (src/integrations/kiosk.ts): it keeps the
 * wall display playing offline and browse pages readable offline once visited. Browsers allow
 * it only on https and localhost; elsewhere, and in `astro dev`, there is none.
 */
export async function registerServiceWorker(): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return undefined;
  return navigator.serviceWorker.register('/sw.js');
}
