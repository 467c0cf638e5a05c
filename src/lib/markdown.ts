/**
 * Markdown to HTML for every body the CX team writes. Raw HTML in markdown is dropped, never
 * rendered: a transcript pasted from a ticketing tool cannot inject markup or script.
 */
import type { Nodes as MdastNodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'mdast-util-to-string';

export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown);
}

/** HTML for a list of markdown nodes (block or inline). */
export function nodesToHtml(nodes: readonly RootContent[]): string {
  const root: Root = { type: 'root', children: [...nodes] };
  return toHtml(toHast(root));
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
