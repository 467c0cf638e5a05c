/**
 * Before a wall screen reloads (watchdog, daily restart, new build) it asks the network for the
 * display page and the version file, and reloads only when both are the real thing: a captive
 * portal's 200 page, a host's single-page-app fallback or a 500 would otherwise replace the
 * wall until someone walks up to the screen.
 */

/** The marker every display page carries (src/layouts/DisplayLayout.astro). */
export const WALL_MARKER = 'data-customer-room="wall"';

export function isWallPage(html: string): boolean {
  return html.includes(WALL_MARKER);
}

/** The version in /version.json, or undefined when the text is not that file. */
export function parseVersion(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || !('version' in value)) return undefined;
    const { version } = value;
    return typeof version === 'string' && /^[\w.-]{1,64}$/.test(version) ? version : undefined;
  } catch {
    return undefined;
  }
}

export type ReloadCheck =
  | { verdict: 'wall'; version: string }
  /** The network is gone: only a service worker can bring the page back. */
  | { verdict: 'offline' }
  | { verdict: 'not the wall'; reason: string };

/** Fetches `page` and `version` (from the network, never a cache) and says what came back. */
export async function checkBeforeReload(
  fetchFresh: (url: string) => Promise<Response>,
  addresses: { page: string; version: string },
): Promise<ReloadCheck> {
  let page: Response;
  let version: Response;
  try {
    [page, version] = await Promise.all([
      fetchFresh(addresses.page),
      fetchFresh(addresses.version),
    ]);
  } catch {
    return { verdict: 'offline' };
  }
  if (!page.ok) return { verdict: 'not the wall', reason: `the page answered ${page.status}` };
  if (!version.ok) {
    return { verdict: 'not the wall', reason: `${addresses.version} answered ${version.status}` };
  }
  if (!isWallPage(await page.text())) {
    return {
      verdict: 'not the wall',
      reason: 'the page is not the wall (a portal or fallback page?)',
    };
  }
  const parsed = parseVersion(await version.text());
  if (!parsed)
    return { verdict: 'not the wall', reason: `${addresses.version} is not a version file` };
  return { verdict: 'wall', version: parsed };
}
