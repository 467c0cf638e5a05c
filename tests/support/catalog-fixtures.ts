/**
 * Collection entries for unit tests, shaped as the content layer hands them to buildCatalog:
 * each builder fills in plain values for the required fields, so a test names only what it is
 * about. `body` goes in with the fields: `storyEntry('callback', { tags: ['x'], body: '…' })`.
 */
import {
  buildCatalog,
  type Catalog,
  type Entry,
  type PersonaData,
  type QuoteData,
  type RawContent,
  type StoryData,
} from '../../src/lib/catalog/catalog';

/** The build time catalogOf uses unless given another. */
export const NOW = new Date('2026-03-14T09:00:00Z');

/** Midnight UTC of an ISO day, as the schemas turn `date: 2026-03-14` into a Date. */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The value, or a failed test when a fixture is missing (instead of a `!`). */
export function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing test fixture');
  return value;
}

// What the schemas fill in when a file leaves a field out; tests/unit/schema.test.ts checks that
// they still do, so entries built here look like real ones. Functions: every entry gets its own
// arrays.
export const personaDefaults = () => ({
  goals: [],
  frustrations: [],
  needs: [],
  channels: [],
  tags: [],
  display: true,
});
export const quoteDefaults = () => ({ tags: [], display: true });
export const storyDefaults = () => ({ tags: [], featured: false, display: true, prompts: [] });

type Fields<Data> = Partial<Data> & { body?: string };

/** A persona named after its id unless `name` says otherwise. */
export function personaEntry(
  id: string,
  { body = '', ...data }: Fields<PersonaData> = {},
): Entry<PersonaData> {
  return { id, body, data: { name: id, summary: 'Someone.', ...personaDefaults(), ...data } };
}

/** A quote from a call on 2026-03-14, anonymised. */
export function quoteEntry(
  id: string,
  { body = 'Words.', ...data }: Fields<QuoteData> = {},
): Entry<QuoteData> {
  return {
    id,
    body,
    data: {
      source: 'call',
      date: day('2026-03-14'),
      consent: 'anonymised',
      ...quoteDefaults(),
      ...data,
    },
  };
}

/** A phone story of 2026-03-14, anonymised, with a two-word title, summary and lesson. */
export function storyEntry(
  id: string,
  { body = '', ...data }: Fields<StoryData> = {},
): Entry<StoryData> {
  return {
    id,
    body,
    data: {
      title: 'A title',
      summary: 'A summary.',
      lesson: 'A lesson.',
      date: day('2026-03-14'),
      channel: 'phone',
      consent: 'anonymised',
      ...storyDefaults(),
      ...data,
    },
  };
}

/** The catalog of these entries, built at `now`; a kind left out has none. */
export function catalogOf(
  { personas = [], quotes = [], stories = [] }: Partial<RawContent>,
  now: Date = NOW,
): Catalog {
  return buildCatalog({ personas, quotes, stories }, now);
}
