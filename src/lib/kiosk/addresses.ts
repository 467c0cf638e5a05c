/**
 * Every address the screen's self-care fetches, built in one place: what a version poll asks
 * for, and what is checked before any reload.
 */
export const VERSION_URL = '/version.json';

export interface KioskAddresses {
  /** The build's version, polled for new deploys. */
  version: string;
  /** The display page this screen shows: it must still be the wall before a reload. */
  page: string;
}

export function kioskAddresses(location: { pathname: string; search: string }): KioskAddresses {
  return { version: VERSION_URL, page: `${location.pathname}${location.search}` };
}
