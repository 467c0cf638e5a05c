/**
 * What the editor's preview shows of a quote or a story being edited, read with the site's own
 * rules (markdown, transcript turns, labels, dates), so the preview is the page a reader will see.
 * The view that puts this into the site's markup is src/components/admin/previews.ts.
 */
import type { PersonaLink, Quote } from '../catalog/catalog';
import { renderMarkdown } from '../catalog/markdown';
import { monogramFor } from '../catalog/monogram';
import { toTag, type Tag } from '../catalog/tags';
import { parseStoryBody, type StorySegment } from '../catalog/transcript';
import { CHANNEL_LABELS, SOURCE_LABELS } from '../catalog/vocabulary';
import { formatDate, parseCalendarDate } from '../shared/dates';

/** A story body with prose, a turn of each kind of speaker and a stage note: the preview's stencil. */
export const PREVIEW_SAMPLE_STORY = [
  'Prose.',
  '**Customer:** Customer turn.',
  '**Agent:** Agent turn.',
  '**Coach:** Other turn.',
  '*(a pause)*',
].join('\n\n');

/** The quote the page renders once as the stencil of the quote preview. */
export function previewSampleQuote(persona: PersonaLink | undefined): Quote {
  return {
    kind: 'quote',
    slug: 'preview',
    url: '#',
    text: 'Quote.',
    html: '<p>Quote.</p>',
    persona: persona ?? {
      slug: 'preview',
      name: 'Persona',
      url: '#',
      monogram: monogramFor('preview', 'Persona'),
    },
    attribution: 'Attribution',
    source: 'call',
    date: new Date(Date.UTC(2026, 0, 1)),
    consent: 'obtained',
    tags: [toTag('tag')],
    display: true,
  };
}

type EntryData = Readonly<Record<string, unknown>>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const labelled = <Key extends string>(labels: Record<Key, string>, value: unknown) =>
  (labels as Record<string, string | undefined>)[text(value)] ?? text(value);
const dated = (value: unknown) => {
  const date = parseCalendarDate(text(value));
  return date ? formatDate(date) : text(value);
};
const tagsOf = (value: unknown): Tag[] =>
  list(value)
    .map(toTag)
    .filter((tag) => tag.slug);

export interface QuotePreview {
  html: string;
  persona?: string | undefined;
  attribution: string;
  /** `Call · 14 March 2026`, as a quote card says it. */
  sourceLine: string;
  tags: Tag[];
}

export function quotePreview(
  data: EntryData,
  personaNames: Readonly<Record<string, string>>,
): QuotePreview {
  const slug = text(data.persona);
  return {
    html: renderMarkdown(text(data.body)),
    persona: slug ? (personaNames[slug] ?? slug) : undefined,
    attribution: text(data.attribution),
    sourceLine: [labelled(SOURCE_LABELS, data.source), dated(data.date)]
      .filter(Boolean)
      .join(' · '),
    tags: tagsOf(data.tags),
  };
}

export interface StoryPreview {
  title: string;
  summary: string;
  lesson: string;
  meta: string;
  segments: StorySegment[];
  tags: Tag[];
}

export function storyPreview(data: EntryData): StoryPreview {
  return {
    title: text(data.title),
    summary: text(data.summary),
    lesson: text(data.lesson),
    meta: [dated(data.date), labelled(CHANNEL_LABELS, data.channel)].filter(Boolean).join(' · '),
    segments: parseStoryBody(text(data.body)),
    tags: tagsOf(data.tags),
  };
}
