/**
 * The form editor (Sveltia CMS, at /admin/) adds its own styles while it runs, which the site's
 * strict policy would refuse, leaving the editor unusable. Its page goes without the site's
 * `<meta>` policy; a host that sends the strict header exempts /admin/ (docs/kiosk.md).
 */
const POLICY_META = /<meta http-equiv="content-security-policy"[^>]*>/gi;

export function withoutPolicyMeta(html: string): string {
  return html.replace(POLICY_META, '');
}
