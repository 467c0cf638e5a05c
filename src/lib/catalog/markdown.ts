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

function dropUnsafeUrls(node: HastNodes): HastNodes {
  if (node.type === 'element') {
    node.properties = Object.fromEntries(
      Object.entries(node.properties).filter(
        ([key, value]) => !URL_PROPERTIES.has(key) || typeof value !== 'string' || isSafeUrl(value),
      ),
    );
  }
  if ('children' in node) node.children.forEach(dropUnsafeUrls);
  return node;
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
