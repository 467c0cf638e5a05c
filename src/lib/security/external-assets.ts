/**
 * Astro writes a few things into every page that a strict Content-Security-Policy set by the host
 * (`script-src 'self'; style-src 'self'`, no hashes) refuses: the island runtime and its
 * `astro-island{display:contents}` style. Astro has no switch to emit them as files, so after the
 * build each inline script and style becomes a file of its own (named by its content, so every
 * page shares one) and the page loads it with `<script src>` or `<link rel="stylesheet">`.
 * A classic external script without async/defer runs in the same place in the page as the inline
 * one did, so the order the islands rely on is kept.
 */
import { createHash } from 'node:crypto';

export interface ExternalAsset {
  /** The file's path under the site root, e.g. `_astro/inline.1a2b3c4d5e.js`. */
  file: string;
  text: string;
}

export interface ExternalizedPage {
  html: string;
  assets: ExternalAsset[];
}

/** Types a browser executes; JSON data blocks (`application/json`) are data, not code. */
const EXECUTABLE = /^(|text\/javascript|module|application\/javascript)$/i;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style>/gi;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(
    attributes,
  );
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

function assetFor(text: string, extension: 'js' | 'css', directory: string): ExternalAsset {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
  return { file: `${directory}/inline.${hash}.${extension}`, text };
}

/** Moves a page's inline scripts and styles into files under `directory` (e.g. `_astro`). */
export function externalizeInline(
  html: string,
  directory = '_astro',
  base = '/',
): ExternalizedPage {
  const assets = new Map<string, ExternalAsset>();
  const keep = (asset: ExternalAsset) => {
    assets.set(asset.file, asset);
    return `${base}${asset.file}`;
  };
  const withScripts = html.replace(SCRIPT, (whole, attributes: string, body: string) => {
    if (attribute(attributes, 'src') !== undefined || !body.trim()) return whole;
    const type = attribute(attributes, 'type') ?? '';
    if (!EXECUTABLE.test(type.trim())) return whole;
    const src = keep(assetFor(body, 'js', directory));
    return type
      ? `<script type="${type}" src="${src}"></script>`
      : `<script src="${src}"></script>`;
  });
  const withStyles = withScripts.replace(STYLE, (_whole, attributes: string, body: string) => {
    const media = attribute(attributes, 'media');
    const href = keep(assetFor(body, 'css', directory));
    return `<link rel="stylesheet" href="${href}"${media ? ` media="${media}"` : ''}>`;
  });
  return { html: withStyles, assets: [...assets.values()] };
}
