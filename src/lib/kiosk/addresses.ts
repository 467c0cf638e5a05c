/**
 * Every address the screen's self-care fetches, built in one place: what a version poll asks
 * for, and what is checked before any reload.
 */
import { sitePath } from '../shared/site-path';

/** `<base>version.json`: the build's version, under the base path the site is served at. */
export const VERSION_URL = sitePath('/version.json');

export interface KioskAddresses {
  /** The build's version, polled for new deploys. */
  version: string;
  /** The display page this screen shows: it must still be the wall before a reload. */
  page: string;
}

export function kioskAddresses(location: { pathname: string; search: string }): KioskAddresses {
  return { version: VERSION_URL, page: `${location.pathname}${location.search}` };
}
