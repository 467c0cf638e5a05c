/**
 * The form editor's page policy. Sveltia CMS (at /admin/) adds its components' styles while it
 * runs, which the site's strict policy refuses (its fields were never visible), and once someone
 * signs in it talks to the git host's API. Its page keeps the site's policy with these additions:
 * the hash of every style the editor's bundle adds (src/lib/security/injected-styles.ts; never
 * 'unsafe-inline'), the git host's API as the one other address it may connect to, and `blob:`
 * addresses, the editor's own copies in memory: a photo just picked or read from the repository
 * (shown, and read back to be saved), the preview's frame and the site's styles handed to it.
 * Fonts, scripts and everything else still come only from the site.
 */
const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The git host's API the editor signs in to, as an origin (docs/authoring.md). */
export function gitHostApi(backend: string, apiRoot?: string): string {
  if (apiRoot && URL.canParse(apiRoot)) return new URL(apiRoot).origin;
  // Sveltia's defaults for each backend when no API root is set.
  if (backend === 'gitlab') return 'https://gitlab.com';
  if (backend === 'gitea') return 'https://gitea.com';
  return 'https://api.github.com';
}

export interface EditorAllowances {
  /** The git host's API origin. */
  api: string;
  /** CSP hashes of the `<style>` elements the editor adds. */
  styleHashes: readonly string[];
  /** CSP hashes of the style attributes in its markup (allowed under 'unsafe-hashes'). */
  attributeHashes: readonly string[];
}

export function withEditorPolicy(
  html: string,
  { api, styleHashes, attributeHashes }: EditorAllowances,
): string {
  return html.replace(POLICY_META, (_, start: string, policy: string, end: string) => {
    const directives = policy
      .split(';')
      .map((directive) => directive.trim())
      .filter(Boolean);
    const siteStyles = directives.find((directive) => /^style-src\b/.test(directive));
    const styles = [
      ...(siteStyles ?? "style-src 'self'").split(/\s+/),
      'blob:',
      ...styleHashes,
      ...(attributeHashes.length > 0 ? ["'unsafe-hashes'", ...attributeHashes] : []),
    ];
    return `${start}${[
      ...directives.filter(
        (directive) => !/^(style-src|connect-src|img-src|frame-src)\b/.test(directive),
      ),
      [...new Set(styles)].join(' '),
      // Sveltia reads its own logo (a data: address) and photos (blob:) with fetch(); nothing
      // leaves the machine.
      `connect-src 'self' data: blob: ${api}`,
      "img-src 'self' data: blob:",
      "frame-src 'self' blob:",
    ].join('; ')}${end}`;
  });
}
