/**
 * The form editor's page policy. Sveltia CMS (at /admin/) adds its own styles while it runs,
 * which the site's strict policy refuses (its fields were never visible), and once someone signs
 * in it talks to the git host's API. Its page keeps the site's policy with three changes: inline
 * styles, the git host's API as the one other address it may connect to, and `blob:` addresses,
 * which are the editor's own copies in memory: a photo just picked or read from the repository
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

export function withEditorPolicy(html: string, api: string): string {
  return html.replace(POLICY_META, (_, start: string, policy: string, end: string) => {
    const directives = policy
      .split(';')
      .map((directive) => directive.trim())
      .filter(Boolean)
      .filter((directive) => !/^(style-src|connect-src|img-src|frame-src)\b/.test(directive));
    directives.push(
      "img-src 'self' data: blob:",
      "style-src 'self' 'unsafe-inline' blob:",
      "frame-src 'self' blob:",
      `connect-src 'self' blob: ${api}`,
    );
    return `${start}${directives.join('; ')}${end}`;
  });
}
