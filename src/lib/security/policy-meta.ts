/**
 * The form editor's page policy. Sveltia CMS (at /admin/) adds its own styles while it runs,
 * which the site's strict policy refuses (its fields were never visible), and once someone signs
 * in it talks to the git host's API. Its page keeps the site's policy with two changes: inline
 * styles, and the git host's API as the one other address it may connect to. Fonts, scripts and
 * everything else still come only from the site.
 */
const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The git host's API the editor signs in to, as an origin (docs/authoring.md). */
export function gitHostApi(backend: string, apiRoot?: string): string {
  if (apiRoot && URL.canParse(apiRoot)) return new URL(apiRoot).origin;
  return backend === 'gitlab' ? 'https://gitlab.com' : 'https://api.github.com';
}

export function withEditorPolicy(html: string, api: string): string {
  return html.replace(POLICY_META, (_, start: string, policy: string, end: string) => {
    const directives = policy
      .split(';')
      .map((directive) => directive.trim())
      .filter(Boolean)
      .filter((directive) => !/^(style-src|connect-src)\b/.test(directive));
    directives.push("style-src 'self' 'unsafe-inline'", `connect-src 'self' ${api}`);
    return `${start}${directives.join('; ')}${end}`;
  });
}
