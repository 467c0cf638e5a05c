/**
 * Sveltia CMS's stylesheet names its three fonts (Source Sans 3, Noto Mono, Material Symbols
 * Outlined) on the Fontsource CDN, so an editor page would ask a CDN for them as soon as its
 * styles apply. Its npm package ships the very same files (npm/assets/), which the editor's
 * bundle already copies under /admin/editor/assets/: this points the stylesheet at those copies,
 * so the page asks nothing of any other site.
 */

/** A Fontsource CDN font address: the font's id (`:vf` for variable) and version, then the file. */
const CDN_FONT =
  /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\w.-]+\/([\w-]+)\.woff2/g;

/** What a CDN font address was turned into, or why it could not be. */
export interface FontRewrite {
  code: string;
  rewritten: { from: string; to: string }[];
  /** CDN addresses no shipped file matches: the build must stop on these. */
  missing: string[];
}

const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

/**
 * `code` with every Fontsource CDN font address replaced by `publicBase` + the shipped file of the
 * same font and subset: `…/fonts/noto-mono@5.3.0/latin-400-normal.woff2` becomes
 * `/admin/editor/assets/noto-mono-latin-400-normal-<hash>.woff2`. `shippedFiles` are the bundle's
 * file names (`assets/…woff2`), `publicBase` the address the bundle is served from.
 */
export function localFontUrls(
  code: string,
  shippedFiles: readonly string[],
  publicBase: string,
): FontRewrite {
  const rewritten: FontRewrite['rewritten'] = [];
  const missing: string[] = [];
  const fonts = shippedFiles.filter((file) => file.endsWith('.woff2'));
  const result = code.replace(CDN_FONT, (from, font: string, subset: string) => {
    const stem = `${font}-${subset}`;
    const file = fonts.find((name) => {
      const base = baseName(name);
      return base === `${stem}.woff2` || base.startsWith(`${stem}-`);
    });
    if (!file) {
      if (!missing.includes(from)) missing.push(from);
      return from;
    }
    const to = `${publicBase.replace(/\/?$/, '/')}${file}`;
    rewritten.push({ from, to });
    return to;
  });
  return { code: result, rewritten, missing };
}
