/**
 * The wall's slides, shaped once from the catalog: only what a slide shows, as plain data the
 * display island receives. Items with `display: false` never become slides.
 */
import type { Catalog, Persona, PersonaLink, Quote, Story } from '../catalog/catalog';
import type { Replay } from '../calls/replay';
import { isoDay } from '../shared/dates';
import { KIND_FOLDERS } from '../catalog/vocabulary';
import type { Monogram } from '../catalog/monogram';
import type { Turn } from '../catalog/transcript';
import { slideSeconds, wordCount, type SecondsBounds } from './duration';
import type { SlideMeta } from './playlist';

export type Face =
  { kind: 'photo'; src: string; srcset: string } | ({ kind: 'monogram' } & Monogram);

/** Larger type for shorter text; the display still shrinks a slide that would not fit. */
export type TextSize = 'xl' | 'l' | 'm' | 's';

interface SlideCommon extends SlideMeta {
  /** The item's browse page. */
  url: string;
  /** Address of the QR code image for `url`, when the site has a public address. */
  qr?: string | undefined;
  seconds: number;
  size: TextSize;
  /** Person shown on the slide: the persona, or the one a quote or story is linked to. */
  personaName?: string | undefined;
  face?: Face | undefined;
}

export interface QuoteSlide extends SlideCommon {
  kind: 'quote';
  text: string;
  attribution?: string | undefined;
}

export interface PersonaSlide extends SlideCommon {
  kind: 'persona';
  name: string;
  summary: string;
  segment?: string | undefined;
  need?: string | undefined;
  quote?: string | undefined;
}

export interface StoryTurn {
  speaker: string;
  role: Turn['role'];
  text: string;
}

export interface StorySlide extends SlideCommon {
  kind: 'story';
  title: string;
  summary: string;
  turns: StoryTurn[];
  lesson: string;
  /** A timed call plays as a caption replay, for the clip's length: see lib/calls/replay.ts. */
  replay?: Replay | undefined;
}

export type Slide = QuoteSlide | PersonaSlide | StorySlide;

export interface SlideOptions {
  /** A persona's face, with its photo already processed for the screen. */
  faceOf: (persona: PersonaLink) => Face;
  /** The QR image address for a browse page, or undefined without a public site address. */
  qrFor: (url: string) => string | undefined;
  bounds?: SecondsBounds | undefined;
}

const MAX_TURNS = 4;
const MIN_TURNS = 2;
const TURN_WORDS = 70;
const PERSONA_QUOTE_WORDS = 40;

/** The opening of the conversation: two to four whole turns, as many as fit in ~70 words. */
export function keyTurns(turns: readonly Turn[]): StoryTurn[] {
  const chosen: StoryTurn[] = [];
  let words = 0;
  for (const { speaker, role, text } of turns) {
    const count = wordCount(text);
    if (chosen.length >= MAX_TURNS) break;
    if (chosen.length >= MIN_TURNS && words + count > TURN_WORDS) break;
    chosen.push({ speaker, role, text });
    words += count;
  }
  return chosen;
}

export function textSize(characters: number, steps: readonly [number, number, number]): TextSize {
  if (characters <= steps[0]) return 'xl';
  if (characters <= steps[1]) return 'l';
  if (characters <= steps[2]) return 'm';
  return 's';
}

const length = (...texts: (string | undefined)[]) =>
  texts.reduce((sum, text) => sum + (text?.length ?? 0), 0);

const words = (...texts: (string | undefined)[]) =>
  texts.reduce((sum, text) => sum + wordCount(text ?? ''), 0);

export function buildSlides(catalog: Catalog, options: SlideOptions): Slide[] {
  const { faceOf, qrFor, bounds } = options;
  const common = (
    item: Persona | Quote | Story,
    persona: PersonaLink | undefined,
    onScreen: (string | undefined)[],
    size: TextSize,
  ) => ({
    id: `${KIND_FOLDERS[item.kind]}/${item.slug}`,
    tags: item.tags.map((tag) => tag.slug),
    persona: persona?.slug,
    featured: item.kind === 'story' && item.featured,
    expires: 'expires' in item && item.expires ? isoDay(item.expires) : undefined,
    url: item.url,
    qr: qrFor(item.url),
    seconds: slideSeconds(words(...onScreen), bounds, item.seconds),
    size,
    personaName: persona?.name,
    face: persona && faceOf(persona),
  });

  const quotes = catalog.quotes
    .filter((quote) => quote.display)
    .map((quote): QuoteSlide => ({
      ...common(
        quote,
        quote.persona,
        [quote.text, quote.attribution],
        textSize(quote.text.length, [60, 130, 240]),
      ),
      kind: 'quote',
      channels: [],
      date: isoDay(quote.date),
      text: quote.text,
      attribution: quote.attribution,
    }));

  const personas = catalog.personas
    .filter((persona) => persona.display)
    .map((persona): PersonaSlide => {
      const quote = catalog
        .quotesBy(persona.slug)
        .filter((q) => q.display && wordCount(q.text) <= PERSONA_QUOTE_WORDS)
        .sort((a, b) => a.text.length - b.text.length)[0]?.text;
      const need = persona.needs[0];
      return {
        ...common(
          persona,
          persona,
          [persona.name, persona.summary, need, quote],
          textSize(length(persona.summary, need, quote), [160, 260, 360]),
        ),
        kind: 'persona',
        channels: persona.channels,
        name: persona.name,
        summary: persona.summary,
        segment: persona.segment,
        need,
        quote,
      };
    });

  const stories = catalog.stories
    .filter((story) => story.display)
    .map((story): StorySlide => {
      const turns = keyTurns(story.turns);
      const turnText = turns.map((turn) => turn.text);
      return {
        ...common(
          story,
          story.persona,
          [story.title, story.summary, story.lesson, ...turnText],
          textSize(length(story.summary, story.lesson, ...turnText), [320, 480, 640]),
        ),
        kind: 'story',
        channels: [story.channel],
        date: isoDay(story.date),
        title: story.title,
        summary: story.summary,
        turns,
        lesson: story.lesson,
        ...(story.replay && { replay: story.replay, seconds: story.replay.seconds }),
      };
    });

  return [...stories, ...quotes, ...personas];
}
