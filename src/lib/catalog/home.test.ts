import { describe, expect, it } from 'vitest';
import {
  catalogOf,
  personaEntry,
  quoteEntry,
  storyEntry,
} from '../../../tests/support/catalog-fixtures';
import type { Entry, QuoteData, StoryData } from './catalog';
import { HOME_QUOTES, HOME_STORIES, homeSections } from './home';

/** Day `n` of 2026: a higher day is newer. */
const dayOf2026 = (n: number) => new Date(Date.UTC(2026, 0, n));

const story = (id: string, day: number, featured = false) =>
  storyEntry(id, { date: dayOf2026(day), featured });

const quote = (id: string, day: number, personaId?: string) =>
  quoteEntry(id, { date: dayOf2026(day), persona: personaId ? { id: personaId } : undefined });

const personas = ['ana', 'ben', 'cy', 'di', 'ed', 'flo', 'gus'].map((id) => personaEntry(id));
const home = (stories: Entry<StoryData>[], quotes: Entry<QuoteData>[] = []) =>
  homeSections(catalogOf({ personas, stories, quotes }));
const slugs = (items: readonly { slug: string }[]) => items.map(({ slug }) => slug);

describe('homeSections lead stories', () => {
  it('puts featured stories first, newest first, then fills with the newest others', () => {
    const { leadStories } = home([
      story('plain-newest', 30),
      story('featured-old', 1, true),
      story('plain-2', 20),
      story('featured-new', 10, true),
      story('plain-3', 15),
      story('plain-4', 5),
    ]);
    expect(HOME_STORIES).toBe(4);
    expect(slugs(leadStories)).toEqual(['featured-new', 'featured-old', 'plain-newest', 'plain-2']);
  });

  it('shows every featured story even when there are more than fit', () => {
    const featured = [1, 2, 3, 4, 5].map((day) => story(`featured-${day}`, day, true));
    const { leadStories } = home([story('plain', 30), ...featured]);
    expect(slugs(leadStories)).toEqual([
      'featured-5',
      'featured-4',
      'featured-3',
      'featured-2',
      'featured-1',
    ]);
  });

  it('shows the newest stories when none is featured', () => {
    const { leadStories } = home([story('a', 1), story('b', 2)]);
    expect(slugs(leadStories)).toEqual(['b', 'a']);
  });
});

describe('homeSections quotes', () => {
  it('shows one quote per persona before repeating a voice', () => {
    const { quotes } = home(
      [],
      [
        quote('ana-1', 30, 'ana'),
        quote('ana-2', 29, 'ana'),
        quote('ana-3', 28, 'ana'),
        quote('ben-1', 27, 'ben'),
        quote('ben-2', 26, 'ben'),
        quote('cy-1', 25, 'cy'),
        quote('anonymous-1', 24),
        quote('anonymous-2', 23),
      ],
    );
    expect(HOME_QUOTES).toBe(6);
    // Five distinct voices (three personas, two anonymous quotes), then the newest repeat.
    expect(slugs(quotes)).toEqual([
      'ana-1',
      'ben-1',
      'cy-1',
      'anonymous-1',
      'anonymous-2',
      'ana-2',
    ]);
  });

  it('stops at six quotes when there are enough voices', () => {
    const voices = ['ana', 'ben', 'cy', 'di', 'ed', 'flo', 'gus'];
    const { quotes } = home(
      [],
      voices.map((voice, index) => quote(voice, 30 - index, voice)),
    );
    expect(slugs(quotes)).toEqual(['ana', 'ben', 'cy', 'di', 'ed', 'flo']);
  });

  it('shows all quotes when there are fewer than six', () => {
    const { quotes } = home([], [quote('only', 1, 'ana'), quote('second', 2, 'ana')]);
    expect(slugs(quotes)).toEqual(['second', 'only']);
  });
});
