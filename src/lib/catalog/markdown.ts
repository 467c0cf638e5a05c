/**
 * Markdown to HTML for every body the CX team writes. Raw HTML in markdown is dropped, never
 * rendered: a transcript pasted from a ticketing tool cannot inject markup or script.
 */
import type { Nodes as HastNodes } from 'hast';
import type { Nodes as MdastNodes, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'mdast-util-to-string';

export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown);
}

/** Relative URLs and http(s), mailto and tel links only: `[x](javascript:…)` must not run script. */
function isSafeUrl(url: string): boolean {
  const colon = url.indexOf(':');
  const pathStart = url.search(/[/?#]/);
  if (colon === -1 || (pathStart !== -1 && pathStart < colon)) return true;
  return /^(?:https?|mailto|tel):/i.test(url);
}

const URL_PROPERTIES = new Set(['href', 'src']);

/** `https:`, `http:` or protocol-relative `//`: an address on another site. */
export function isOffSite(url: string): boolean {
  return /^(?:https?:)?\/\//i.test(url.trim());
}

/**
 * Drops unsafe addresses, and images from other sites (the site loads nothing from elsewhere;
 * validate refuses them first). A link to another site opens without telling it where from.
 */
function dropUnsafeUrls(node: HastNodes): HastNodes {
  if (node.type === 'element') {
    node.properties = Object.fromEntries(
      Object.entries(node.properties).filter(
        ([key, value]) =>
          !URL_PROPERTIES.has(key) ||
          typeof value !== 'string' ||
          (isSafeUrl(value) && !(key === 'src' && isOffSite(value))),
      ),
    );
    const href = node.properties['href'];
    if (node.tagName === 'a' && typeof href === 'string' && isOffSite(href)) {
      node.properties['rel'] = ['noreferrer'];
    }
  }
  if ('children' in node) node.children.forEach(dropUnsafeUrls);
  return node;
}

/** Every image of a markdown body that points at another site, with its line in the body. */
export function remoteImages(root: Root): { url: string; line: number }[] {
  const definitions = new Map<string, string>();
  const found: { url: string; line: number }[] = [];
  const images: { url?: string; identifier?: string; line: number }[] = [];
  const visit = (node: MdastNodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if (node.type === 'image') images.push({ url: node.url, line });
    if (node.type === 'imageReference') images.push({ identifier: node.identifier, line });
    if ('children' in node) node.children.forEach(visit);
  };
  visit(root);
  for (const image of images) {
    const url = image.url ?? definitions.get(image.identifier ?? '') ?? '';
    if (isOffSite(url)) found.push({ url, line: image.line });
  }
  return found;
}

/** HTML for a list of markdown block nodes. */
export function nodesToHtml(nodes: readonly RootContent[]): string {
  const root: Root = { type: 'root', children: [...nodes] };
  return toHtml(dropUnsafeUrls(toHast(root)));
}

/** HTML for inline markdown nodes, without the line breaks a list of blocks gets between items. */
export function inlineToHtml(nodes: readonly PhrasingContent[]): string {
  const paragraph = dropUnsafeUrls(toHast({ type: 'paragraph', children: [...nodes] }));
  return toHtml('children' in paragraph ? paragraph.children : []);
}

export function renderMarkdown(markdown: string): string {
  return nodesToHtml(parseMarkdown(markdown).children);
}

/** The readable text of markdown, without markup: for excerpts, alt text and reading time. */
export function markdownToText(markdown: string): string {
  return nodesToText(parseMarkdown(markdown).children);
}

export function nodesToText(nodes: readonly MdastNodes[]): string {
  return nodes
    .map((node) => toString(node, { includeHtml: false }))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
