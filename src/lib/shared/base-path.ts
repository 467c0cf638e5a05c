/**
 * The path the site is served under: `/` at the root of a domain, `/customer-room/` for a GitHub
 * Pages project site (`https://<org>.github.io/customer-room/`) or an intranet folder. Set with
 * BASE_PATH when building; astro.config.mjs hands it to Astro's `base`, so the site's own code
 * reads it as `import.meta.env.BASE_URL` (see site-path.ts).
 */

/** Why a BASE_PATH cannot be used, said so that whoever set it knows what to set instead. */
export class BasePathError extends Error {
  override name = 'BasePathError';
}

// Letters, digits and `- . _ ~` (RFC 3986's unreserved characters): what a folder name in an
// address can hold without encoding, on every host.
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

const ADVICE =
  'Set BASE_PATH to the path the site is served under, such as /customer-room/ (or leave it unset for the root of a domain).';

/**
 * `customer-room`, `/customer-room` and `/customer-room/` → `/customer-room/`; unset, empty or
 * `/` → `/`. Throws a BasePathError for anything that is not a plain path.
 */
export function normaliseBasePath(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
    throw new BasePathError(
      `BASE_PATH="${value}" is an address, not a path. ${ADVICE} The address itself goes in SITE_URL.`,
    );
  }
  const segments = value.split('/').filter((segment) => segment !== '');
  for (const segment of segments) {
    if (segment === '.' || segment === '..') {
      throw new BasePathError(`BASE_PATH="${value}" holds "${segment}". ${ADVICE}`);
    }
    if (!SEGMENT.test(segment)) {
      const wrong = [...new Set(segment.replace(/[A-Za-z0-9._~-]/g, ''))]
        .map((character) => (character === ' ' ? 'a space' : `"${character}"`))
        .join(', ');
      throw new BasePathError(
        `BASE_PATH="${value}" holds ${wrong}, which cannot be in a path: use letters, digits, "-", ".", "_" and "~". ${ADVICE}`,
      );
    }
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** `/stories/x/` under `/customer-room/` → `/customer-room/stories/x/`. */
export function withBase(base: string, sitePath: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${sitePath.replace(/^\/+/, '')}`;
}

/** `/customer-room/stories/x/` → `/stories/x/`: where a page sits in the built folder. */
export function withoutBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(root) ? `/${path.slice(root.length)}` : path;
}

/** The file a build records its base path in (src/integrations/kiosk.ts writes it). */
export const BUILD_INFO_FILE = 'version.json';

/**
 * The base path a build was made for, from its version.json: `npm run preview` and the tests
 * serve it there. `/` for a build that does not say (older builds) or a file that cannot be read.
 */
export function builtBasePath(versionJson: string | undefined): string {
  try {
    const { base } = JSON.parse(versionJson ?? '') as { base?: unknown };
    return typeof base === 'string' ? normaliseBasePath(base) : '/';
  } catch {
    return '/';
  }
}
