import { describe, expect, it } from 'vitest';
import {
  catalogOf,
  day,
  personaEntry,
  quoteEntry,
  storyEntry,
} from '../../../tests/support/catalog-fixtures';
import type { Turn } from '../catalog/transcript';
import { qrPath } from './qr';
import {
  buildSlides,
  keyTurns,
  textSize,
  type PersonaSlide,
  type Slide,
  type SlideOptions,
  type StorySlide,
} from './slides';

/** `n` words of filler text. */
const wordsOf = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

const turnsOf = (...texts: string[]) =>
  texts.map((text, i) => `**${i % 2 ? 'Agent' : 'Customer'}:** ${text}`).join('\n\n');

const walter = { id: 'walter-okafor' };
const dana = { id: 'dana-whitfield' };

const raw = {
  personas: [
    personaEntry('walter-okafor', {
      name: 'Walter Okafor',
      summary: 'Retired railway signalman, recently widowed.',
      segment: 'Retirees',
      needs: ['One person who follows through', 'Time to talk'],
      channels: ['phone', 'branch'],
      tags: ['Bereavement', 'follow-through'],
    }),
    personaEntry('dana-whitfield', { name: 'Dana Whitfield', channels: ['chat'], seconds: 25 }),
    personaEntry('marcus-bell', { name: 'Marcus Bell', display: false }),
  ],
  quotes: [
    quoteEntry('you-remembered', {
      body: 'You remembered my name and what happened last time.',
      persona: walter,
      attribution: 'Customer in his 70s',
      tags: ['follow-through'],
      date: day('2026-06-01'),
    }),
    quoteEntry('nobody-rushed-me', {
      body: 'Nobody rushed me.',
      persona: walter,
      date: day('2026-05-01'),
    }),
    quoteEntry('hi', { body: 'Hi.', persona: walter, display: false, date: day('2026-04-01') }),
    quoteEntry('long-dana', {
      body: wordsOf(45, 'long'),
      persona: dana,
      date: day('2026-03-01'),
    }),
    quoteEntry('unlinked', { body: wordsOf(30, 'said'), date: day('2026-02-01') }),
    quoteEntry('hidden', { body: 'Never on a wall.', display: false }),
  ],
  stories: [
    storyEntry('five-seconds-of-silence', {
      body: `Some prose first.\n\n${turnsOf('One.', 'Two.', 'Three.', 'Four.', 'Five.')}`,
      title: 'Five seconds of silence',
      persona: dana,
      featured: true,
      channel: 'chat',
      tags: ['Coaching'],
      date: day('2026-03-14'),
    }),
    storyEntry('the-man-who-called-back', {
      body: turnsOf(wordsOf(40, 'first'), wordsOf(40, 'second'), wordsOf(40, 'third')),
      persona: walter,
      date: day('2026-02-01'),
    }),
    storyEntry('written-down', { body: turnsOf('Short.'), seconds: 45, date: day('2026-01-01') }),
    storyEntry('not-for-walls', { body: turnsOf('Hello.'), display: false }),
  ],
};

const catalog = catalogOf(raw);
const options: SlideOptions = {
  faceOf: (link) => ({ kind: 'monogram', ...link.monogram }),
  qrFor: (url) => (url.startsWith('/stories/') ? qrPath(url) : undefined),
};
const slides = buildSlides(catalog, options);

const find = <K extends Slide['kind']>(kind: K, id: string, from: readonly Slide[] = slides) =>
  from.find((s): s is Extract<Slide, { kind: K }> => s.kind === kind && s.id === id);

const turn = (text: string, speaker = 'Customer'): Turn => ({
  kind: 'turn',
  speaker,
  role: speaker === 'Customer' ? 'customer' : 'agent',
  html: text,
  text,
});

describe('buildSlides', () => {
  it('makes a slide of every item that may be shown, stories first, then quotes, then personas', () => {
    expect(slides.map((s) => s.id)).toEqual([
      'stories/five-seconds-of-silence',
      'stories/the-man-who-called-back',
      'stories/written-down',
      'quotes/you-remembered',
      'quotes/nobody-rushed-me',
      'quotes/long-dana',
      'quotes/unlinked',
      'personas/dana-whitfield',
      'personas/walter-okafor',
    ]);
  });

  it('never puts an item marked display: false on the wall', () => {
    const ids = slides.map((s) => s.id);
    for (const hidden of [
      'personas/marcus-bell',
      'quotes/hi',
      'quotes/hidden',
      'stories/not-for-walls',
    ]) {
      expect(ids).not.toContain(hidden);
    }
  });

  it('carries what filters look at: tags as slugs, the persona, channels and the date', () => {
    expect(find('persona', 'personas/walter-okafor')).toMatchObject({
      tags: ['bereavement', 'follow-through'],
      persona: 'walter-okafor',
      channels: ['phone', 'branch'],
      featured: false,
    });
    expect(find('persona', 'personas/walter-okafor')?.date).toBeUndefined();
    expect(find('story', 'stories/five-seconds-of-silence')).toMatchObject({
      tags: ['coaching'],
      persona: 'dana-whitfield',
      channels: ['chat'],
      featured: true,
      date: '2026-03-14',
    });
    expect(find('quote', 'quotes/you-remembered')).toMatchObject({
      tags: ['follow-through'],
      persona: 'walter-okafor',
      channels: [],
      featured: false,
      date: '2026-06-01',
    });
    expect(find('quote', 'quotes/unlinked')?.persona).toBeUndefined();
  });

  it('shows the linked persona’s name and face on quotes and stories', () => {
    const quoteSlide = find('quote', 'quotes/you-remembered');
    expect(quoteSlide).toMatchObject({
      personaName: 'Walter Okafor',
      face: { kind: 'monogram', initials: 'WO' },
      attribution: 'Customer in his 70s',
      text: 'You remembered my name and what happened last time.',
      url: '/quotes/#you-remembered',
    });
    expect(find('quote', 'quotes/unlinked')).toMatchObject({
      personaName: undefined,
      face: undefined,
    });
  });

  it('puts a QR code only on slides whose page has one', () => {
    expect(find('story', 'stories/written-down')?.qr).toBe('/display/qr/stories-written-down.svg');
    expect(find('quote', 'quotes/you-remembered')?.qr).toBeUndefined();
    const noSite = buildSlides(catalog, { ...options, qrFor: () => undefined });
    expect(noSite.every((s) => s.qr === undefined)).toBe(true);
  });

  describe('persona slides', () => {
    it('show the persona with their first need and their shortest quote', () => {
      const walterSlide = find('persona', 'personas/walter-okafor');
      expect(walterSlide).toMatchObject<Partial<PersonaSlide>>({
        name: 'Walter Okafor',
        summary: 'Retired railway signalman, recently widowed.',
        segment: 'Retirees',
        need: 'One person who follows through',
        quote: 'Nobody rushed me.',
        url: '/personas/walter-okafor/',
        personaName: 'Walter Okafor',
      });
    });

    it('never quote something marked display: false', () => {
      // "Hi." is Walter's shortest quote, but it may not appear on a wall.
      expect(find('persona', 'personas/walter-okafor')?.quote).not.toBe('Hi.');
    });

    it('leave out a quote longer than 40 words, and a need when there is none', () => {
      const danaSlide = find('persona', 'personas/dana-whitfield');
      expect(danaSlide?.quote).toBeUndefined();
      expect(danaSlide?.need).toBeUndefined();
    });

    it('take a quote of exactly 40 words', () => {
      const forty = buildSlides(
        catalogOf({
          ...raw,
          quotes: [quoteEntry('forty', { body: wordsOf(40, 'yes'), persona: dana })],
        }),
        options,
      );
      expect(find('persona', 'personas/dana-whitfield', forty)?.quote).toBe(wordsOf(40, 'yes'));
    });
  });

  describe('story slides', () => {
    it('carry the opening turns of the conversation, whole', () => {
      const slide = find('story', 'stories/five-seconds-of-silence');
      expect(slide).toMatchObject<Partial<StorySlide>>({
        title: 'Five seconds of silence',
        summary: 'A summary.',
        lesson: 'A lesson.',
        url: '/stories/five-seconds-of-silence/',
      });
      expect(slide?.turns).toEqual([
        { speaker: 'Customer', role: 'customer', text: 'One.' },
        { speaker: 'Agent', role: 'agent', text: 'Two.' },
        { speaker: 'Customer', role: 'customer', text: 'Three.' },
        { speaker: 'Agent', role: 'agent', text: 'Four.' },
      ]);
    });

    it('keep two long turns rather than cut one short', () => {
      const slide = find('story', 'stories/the-man-who-called-back');
      expect(slide?.turns.map((t) => t.text)).toEqual([
        wordsOf(40, 'first'),
        wordsOf(40, 'second'),
      ]);
    });
  });

  describe('seconds', () => {
    it('follow the reading time of what is on the slide', () => {
      // 8 words of quote and 4 of attribution: 4 + 12 × 0.4 = 8.8 s.
      expect(find('quote', 'quotes/you-remembered')?.seconds).toBe(9);
      // 30 words: 4 + 12 = 16 s.
      expect(find('quote', 'quotes/unlinked')?.seconds).toBe(16);
    });

    it('stay within the bounds', () => {
      expect(find('quote', 'quotes/nobody-rushed-me')?.seconds).toBe(8);
      expect(find('story', 'stories/the-man-who-called-back')?.seconds).toBe(30);
    });

    it('follow the playlist’s bounds', () => {
      const coachingRoom = buildSlides(catalog, { ...options, bounds: { min: 12, max: 45 } });
      expect(find('quote', 'quotes/nobody-rushed-me', coachingRoom)?.seconds).toBe(12);
      expect(find('quote', 'quotes/unlinked', coachingRoom)?.seconds).toBe(16);
      // Six words of title, summary and lesson, and two turns of 40: 4 + 86 × 0.4 = 38.4 s.
      expect(find('story', 'stories/the-man-who-called-back', coachingRoom)?.seconds).toBe(38);
    });

    it("let the item's own seconds win", () => {
      expect(find('story', 'stories/written-down')?.seconds).toBe(45);
      expect(find('persona', 'personas/dana-whitfield')?.seconds).toBe(25);
      const bounded = buildSlides(catalog, { ...options, bounds: { min: 30, max: 40 } });
      expect(find('persona', 'personas/dana-whitfield', bounded)?.seconds).toBe(25);
      const withOwnTime = buildSlides(
        { ...catalog, quotes: catalog.quotes.map((q) => ({ ...q, seconds: 5 })) },
        options,
      );
      expect(find('quote', 'quotes/unlinked', withOwnTime)?.seconds).toBe(5);
    });
  });

  describe('text size', () => {
    it('sets short quotes large and long ones smaller', () => {
      const sized = (text: string) =>
        find(
          'quote',
          'quotes/q',
          buildSlides(catalogOf({ ...raw, quotes: [quoteEntry('q', { body: text })] }), options),
        )?.size;
      expect(sized('a'.repeat(60))).toBe('xl');
      expect(sized('a'.repeat(61))).toBe('l');
      expect(sized('a'.repeat(130))).toBe('l');
      expect(sized('a'.repeat(131))).toBe('m');
      expect(sized('a'.repeat(240))).toBe('m');
      expect(sized('a'.repeat(241))).toBe('s');
    });

    it('sizes a story by everything it shows', () => {
      expect(find('story', 'stories/five-seconds-of-silence')?.size).toBe('xl');
      const long = buildSlides(
        catalogOf({
          ...raw,
          stories: [
            storyEntry('long', {
              body: turnsOf('a'.repeat(300), 'b'.repeat(300)),
              lesson: 'c'.repeat(100),
            }),
          ],
        }),
        options,
      );
      expect(find('story', 'stories/long', long)?.size).toBe('s');
    });
  });
});

describe('keyTurns', () => {
  it('keeps at most four turns', () => {
    const turns = ['a', 'b', 'c', 'd', 'e', 'f'].map((t) => turn(t));
    expect(keyTurns(turns).map((t) => t.text)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('stops before the turn that would take it past about 70 words', () => {
    const turns = [20, 20, 20, 20].map((n) => turn(wordsOf(n)));
    expect(keyTurns(turns)).toHaveLength(3); // 60 words; a fourth would make 80
    expect(keyTurns([30, 30, 10, 5].map((n) => turn(wordsOf(n))))).toHaveLength(3); // exactly 70
  });

  it('keeps two turns however long they are', () => {
    expect(keyTurns([60, 60, 1].map((n) => turn(wordsOf(n))))).toHaveLength(2);
  });

  it('keeps what there is when there are fewer than two turns', () => {
    expect(keyTurns([turn('Only one.')])).toEqual([
      { speaker: 'Customer', role: 'customer', text: 'Only one.' },
    ]);
    expect(keyTurns([])).toEqual([]);
  });

  it('keeps each turn whole, with speaker and role', () => {
    expect(keyTurns([turn(wordsOf(50)), turn('Sure.', 'Agent')])).toEqual([
      { speaker: 'Customer', role: 'customer', text: wordsOf(50) },
      { speaker: 'Agent', role: 'agent', text: 'Sure.' },
    ]);
  });
});

describe('textSize', () => {
  it('steps down at each limit', () => {
    const steps = [10, 20, 30] as const;
    expect([0, 10, 11, 20, 21, 30, 31].map((n) => textSize(n, steps))).toEqual([
      'xl',
      'xl',
      'l',
      'l',
      'm',
      'm',
      's',
    ]);
  });
});
