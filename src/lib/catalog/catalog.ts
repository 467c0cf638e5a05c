/**
 * The published items: what every consumer (browse pages, the wall, search) reads. Built once
 * from the raw collection entries: expired items are dropped, references resolved, bodies
 * rendered and transcripts parsed, lists sorted. Nothing downstream filters or parses again.
 */
import type { ImageMetadata } from 'astro';
import type { Channel, Consent, Source } from './vocabulary';
import { liveEntries } from './expiry';
import { LIST_PAGE_SIZE, pageOfIndex } from '../lists/list-pages';
import { markdownToText, renderMarkdown } from './markdown';
import { monogramFor, type Monogram } from './monogram';
import { relatedStories } from './related';
import { routes } from './routes';
import { indexByTag, toTag, type Tag, type TagIndexEntry } from './tags';
import {
  dialogLines,
  parseStoryBody,
  transcriptTurns,
  type StorySegment,
  type Turn,
} from './transcript';
import { AUDIO_TYPES, isAudioExtension } from '../calls/recording-types';
import { buildReplay, isTimed, type Replay } from '../calls/replay';

/** A collection entry as the content layer hands it over (see src/content.config.ts). */
export interface Entry<Data> {
  id: string;
  data: Data;
  body?: string | undefined;
}

type Reference = { id: string } | undefined;

export interface PersonaData {
  name: string;
  summary: string;
  photo?: ImageMetadata | undefined;
  photoAlt?: string | undefined;
  segment?: string | undefined;
  goals: string[];
  frustrations: string[];
  needs: string[];
  channels: Channel[];
  tags: string[];
  display: boolean;
  seconds?: number | undefined;
}

export interface QuoteData {
  persona?: Reference;
  attribution?: string | undefined;
  source: Source;
  date: Date;
  consent: Consent;
  tags: string[];
  display: boolean;
  expires?: Date | undefined;
  seconds?: number | undefined;
}

export interface StoryData {
  title: string;
  summary: string;
  lesson: string;
  persona?: Reference;
  date: Date;
  channel: Channel;
  consent: Consent;
  tags: string[];
  featured: boolean;
  display: boolean;
  expires?: Date | undefined;
  prompts: string[];
  seconds?: number | undefined;
  audio?: string | undefined;
  redactions?: string[] | undefined;
  wallExcerpt?: string | undefined;
}

/** What a card or a byline needs to show a persona. */
export interface PersonaLink {
  slug: string;
  name: string;
  url: string;
  photo?: { image: ImageMetadata; alt: string } | undefined;
  monogram: Monogram;
}

export interface Persona extends PersonaLink {
  kind: 'persona';
  summary: string;
  segment?: string | undefined;
  goals: string[];
  frustrations: string[];
  needs: string[];
  channels: Channel[];
  tags: Tag[];
  display: boolean;
  /** How long the wall shows it, when its author set that. */
  seconds?: number | undefined;
  html: string;
}

export interface Quote {
  kind: 'quote';
  slug: string;
  url: string;
  text: string;
  html: string;
  persona?: PersonaLink | undefined;
  attribution?: string | undefined;
  source: Source;
  date: Date;
  consent: Consent;
  tags: Tag[];
  display: boolean;
  expires?: Date | undefined;
  seconds?: number | undefined;
}

export interface Story {
  kind: 'story';
  slug: string;
  url: string;
  title: string;
  summary: string;
  lesson: string;
  persona?: PersonaLink | undefined;
  date: Date;
  channel: Channel;
  consent: Consent;
  tags: Tag[];
  featured: boolean;
  display: boolean;
  expires?: Date | undefined;
  prompts: string[];
  seconds?: number | undefined;
  segments: StorySegment[];
  turns: Turn[];
  /** The call recording, when the story has one. */
  recording?: Recording | undefined;
  /** Whether every turn has a start time: the transcript follows the recording and the wall replays it. */
  timed: boolean;
  /** What the wall replays of a timed story. */
  replay?: Replay | undefined;
}

export interface Recording {
  url: string;
  /** Its MIME type, for <audio>'s <source type>. */
  type: string;
  /** Length in seconds. */
  duration: number;
  /** The file on disk, for the build to copy. */
  source: string;
  /** The address of the story's captions (WebVTT), when its turns are timed. */
  captionsUrl?: string | undefined;
}

/** A recording as the build opened it: where it is and how long it lasts. */
export interface RecordingFile {
  source: string;
  duration: number;
}

export type Item = Persona | Quote | Story;

export interface Catalog {
  personas: Persona[];
  /** Newest first. */
  stories: Story[];
  /** Newest first. */
  quotes: Quote[];
  persona(slug: string): Persona | undefined;
  quotesBy(personaSlug: string): Quote[];
  storiesBy(personaSlug: string): Story[];
  relatedTo(story: Story): Story[];
  tags: TagIndexEntry<Item>[];
}

export interface RawContent {
  personas: readonly Entry<PersonaData>[];
  quotes: readonly Entry<QuoteData>[];
  stories: readonly Entry<StoryData>[];
}

const newestFirst = (a: { date: Date; slug: string }, b: { date: Date; slug: string }) =>
  b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);

function toPersona({ id, data, body }: Entry<PersonaData>): Persona {
  return {
    kind: 'persona',
    slug: id,
    url: routes.persona(id),
    name: data.name,
    summary: data.summary,
    photo: data.photo ? { image: data.photo, alt: data.photoAlt ?? '' } : undefined,
    monogram: monogramFor(id, data.name),
    segment: data.segment,
    goals: data.goals,
    frustrations: data.frustrations,
    needs: data.needs,
    channels: data.channels,
    tags: data.tags.map(toTag),
    display: data.display,
    seconds: data.seconds,
    html: renderMarkdown(body ?? ''),
  };
}

function linkTo({ slug, name, url, photo, monogram }: Persona): PersonaLink {
  return { slug, name, url, photo, monogram };
}

function toRecording(slug: string, file: RecordingFile | undefined, timed: boolean) {
  if (!file) return undefined;
  const name = file.source.split(/[\\/]/).pop() ?? '';
  const extension = name.slice(name.lastIndexOf('.')).toLowerCase();
  return {
    url: routes.recording(slug, name),
    type: isAudioExtension(extension) ? AUDIO_TYPES[extension] : 'audio/mp4',
    duration: file.duration,
    source: file.source,
    captionsUrl: timed ? routes.captions(slug) : undefined,
  };
}

/** `recordings`: each story's recording as the build opened it, by the story's slug. */
export function buildCatalog(
  raw: RawContent,
  now: Date,
  recordings: ReadonlyMap<string, RecordingFile> = new Map(),
): Catalog {
  const personas = raw.personas.map(toPersona).sort((a, b) => a.name.localeCompare(b.name));
  const personaBySlug = new Map(personas.map((persona) => [persona.slug, persona]));
  const personaLink = (reference: Reference) => {
    const persona = reference && personaBySlug.get(reference.id);
    return persona && linkTo(persona);
  };

  const quotes: Quote[] = liveEntries(raw.quotes, now)
    .map(({ id, data, body }) => ({
      kind: 'quote' as const,
      slug: id,
      url: '',
      text: markdownToText(body ?? ''),
      html: renderMarkdown(body ?? ''),
      persona: personaLink(data.persona),
      attribution: data.attribution,
      source: data.source,
      date: data.date,
      consent: data.consent,
      tags: data.tags.map(toTag),
      display: data.display,
      expires: data.expires,
      seconds: data.seconds,
    }))
    .sort(newestFirst)
    // A quote's link is its anchor on the page of the quote wall that shows it.
    .map((quote, index) => ({
      ...quote,
      url: routes.quote(quote.slug, pageOfIndex(index, LIST_PAGE_SIZE.quotes)),
    }));

  const stories: Story[] = liveEntries(raw.stories, now)
    .map(({ id, data, body }) => {
      const segments = parseStoryBody(body ?? '');
      const lines = dialogLines(segments);
      const timed = isTimed(lines);
      const recording = toRecording(id, recordings.get(id), timed);
      return {
        kind: 'story' as const,
        slug: id,
        url: routes.story(id),
        title: data.title,
        summary: data.summary,
        lesson: data.lesson,
        persona: personaLink(data.persona),
        date: data.date,
        channel: data.channel,
        consent: data.consent,
        tags: data.tags.map(toTag),
        featured: data.featured,
        display: data.display,
        expires: data.expires,
        prompts: data.prompts,
        seconds: data.seconds,
        segments,
        turns: transcriptTurns(segments),
        recording,
        timed,
        replay: buildReplay(lines, recording?.duration, data.wallExcerpt),
      };
    })
    .sort(newestFirst);

  return {
    personas,
    stories,
    quotes,
    persona: (slug) => personaBySlug.get(slug),
    quotesBy: (slug) => quotes.filter((quote) => quote.persona?.slug === slug),
    storiesBy: (slug) => stories.filter((story) => story.persona?.slug === slug),
    relatedTo: (story) => relatedStories(story, stories),
    tags: indexByTag<Item>([...personas, ...stories, ...quotes]),
  };
}

/** Splits a mixed list (a tag's items) by kind, keeping each kind's order. */
export function byKind(items: readonly Item[]) {
  return {
    personas: items.filter((item): item is Persona => item.kind === 'persona'),
    stories: items.filter((item): item is Story => item.kind === 'story'),
    quotes: items.filter((item): item is Quote => item.kind === 'quote'),
  };
}
