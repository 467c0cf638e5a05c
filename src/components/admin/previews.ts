/**
 * The editor's preview of a quote and a story: the site's own markup, copied from the stencils
 * src/pages/admin/index.astro renders (a QuoteCard, a StoryBody), filled with the entry being
 * edited. What to show comes from lib/authoring/editor-preview.ts; this only writes it into HTML.
 */
import type { StorySegment } from '../../lib/catalog/transcript';
import type { Tag } from '../../lib/catalog/tags';
import {
  quotePreview,
  storyPreview,
  type QuotePreview,
  type StoryPreview,
} from '../../lib/authoring/editor-preview';

function stencil(id: string): Element | undefined {
  const template = document.getElementById(id);
  if (!(template instanceof HTMLTemplateElement)) return undefined;
  const element = template.content.firstElementChild?.cloneNode(true);
  return element instanceof Element ? element : undefined;
}

function setText(element: Element | null, value: string) {
  if (!element) return;
  if (value) element.textContent = value;
  else element.remove();
}

function fillTags(list: Element | null, tags: readonly Tag[]) {
  const sample = list?.querySelector('li');
  if (!list || !sample) return;
  list.replaceChildren(
    ...tags.map((tag) => {
      const item = sample.cloneNode(true) as Element;
      const link = item.querySelector('a');
      if (link) link.textContent = `#${tag.label}`;
      return item;
    }),
  );
  if (tags.length === 0) list.remove();
}

export function quoteHtml(preview: QuotePreview): string {
  const card = stencil('preview-quote');
  if (!card) return preview.html;
  const quote = card.querySelector('blockquote');
  if (quote) quote.innerHTML = preview.html;
  const who = card.querySelector('.who');
  if (who && preview.persona) {
    // The stencil's face is another persona's: the name alone says who it is.
    who.replaceChildren(who.ownerDocument.createElement('span'));
    setText(who.lastElementChild, preview.persona);
  } else who?.remove();
  setText(card.querySelector('.attribution'), preview.attribution);
  setText(card.querySelector('.source'), preview.sourceLine);
  fillTags(card.querySelector('.tags'), preview.tags);
  return card.outerHTML;
}

function segmentElement(body: Element, segment: StorySegment): Element | undefined {
  if (segment.kind === 'prose') {
    const prose = body.querySelector('.prose')?.cloneNode(true) as Element | undefined;
    if (prose) prose.innerHTML = segment.html;
    return prose;
  }
  const transcript = body.querySelector('.transcript')?.cloneNode(true) as Element | undefined;
  const list = transcript?.querySelector('ol');
  if (!transcript || !list) return transcript;
  const samples = {
    customer: list.querySelector('.turn--customer'),
    agent: list.querySelector('.turn--agent'),
    other: list.querySelector('.turn--other'),
    note: list.querySelector('.note'),
  };
  list.replaceChildren(
    ...segment.lines.flatMap((line) => {
      const sample = line.kind === 'turn' ? samples[line.role] : samples.note;
      const item = sample?.cloneNode(true) as Element | undefined;
      if (!item) return [];
      if (line.kind === 'turn') {
        setText(item.querySelector('.speaker'), line.speaker);
        const said = item.querySelector('.said');
        if (said) said.innerHTML = line.html;
      } else if (line.kind === 'pause') {
        setText(item.querySelector('em'), `(${line.seconds} seconds of silence)`);
      } else setText(item.querySelector('em'), line.text);
      return [item];
    }),
  );
  return transcript;
}

export function storyHtml(preview: StoryPreview): string {
  const body = stencil('preview-story');
  const document = body?.ownerDocument;
  if (!body || !document) return '';
  const page = document.createElement('article');
  page.className = 'container story';
  const line = (tag: string, className: string, value: string) => {
    const element = document.createElement(tag);
    element.className = className;
    element.textContent = value;
    if (value) page.append(element);
  };
  line('p', 'eyebrow', preview.meta);
  line('h1', '', preview.title);
  line('p', 'lead', preview.summary);
  line('p', 'lesson', preview.lesson ? `The lesson: ${preview.lesson}` : '');
  const story = body.cloneNode(false) as Element;
  story.append(...preview.segments.flatMap((segment) => segmentElement(body, segment) ?? []));
  page.append(story);
  return page.outerHTML;
}

/** The bits of Sveltia's preview props this uses: the entry's data as plain values. */
interface PreviewProps {
  entry: { getIn(path: string[]): { toJS(): Record<string, unknown> } | undefined };
}
type CreateElement = (type: string, props: Record<string, unknown>) => unknown;

const dataOf = (props: PreviewProps) => props.entry.getIn(['data'])?.toJS() ?? {};

/** The preview templates, by collection name, as Sveltia's registerPreviewTemplate takes them. */
export function previewTemplates(
  createElement: CreateElement,
  personaNames: Readonly<Record<string, string>>,
) {
  const html = (markup: string) =>
    createElement('div', { dangerouslySetInnerHTML: { __html: markup } });
  return {
    quotes: (props: PreviewProps) => html(quoteHtml(quotePreview(dataOf(props), personaNames))),
    stories: (props: PreviewProps) => html(storyHtml(storyPreview(dataOf(props)))),
  };
}
