/**
 * The content contract (../shared/content-contract.md) as schemas: one per kind of file the
 * CX team writes. Every field says what it is for authors; unknown fields are errors, so a
 * typo such as `sumary:` fails the build instead of silently vanishing.
 */
import { defineCollection, reference } from 'astro:content';
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { contentLoader, contentSlugs } from './data/content-loader';
import { parseCalendarDate } from './lib/dates';
import { nearest } from './lib/suggest';
import { slugify } from './lib/slug';
import {
  CHANNELS,
  CONSENTS,
  PERSONA_SUMMARY_MAX,
  SOURCES,
  STORY_SUMMARY_MAX,
} from './lib/vocabulary';

/** Turns zod's wording into what an author can act on: the field and the fix. */
function strict<Shape extends z.ZodRawShape>(shape: Shape) {
  const fields = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) => {
          const guess = nearest(key, fields);
          const hint = guess ? `did you mean "${guess}"?` : `allowed fields: ${fields.join(', ')}`;
          return `unknown field "${key}" — ${hint}`;
        })
        .join('; ');
    },
  });
}

/** zod's error for a missing field is "expected string, received undefined": say "missing" instead. */
const problem = (expected: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `is missing — add it (${expected})` : expected;

const calendarDate = (what: string) =>
  z
    .unknown()
    .transform((value, context) => {
      const date = typeof value === 'string' ? parseCalendarDate(value) : null;
      if (date) return date;
      const expected = `write ${what} as YYYY-MM-DD, e.g. 2026-03-14`;
      context.addIssue({
        code: 'custom',
        message:
          value === undefined
            ? `is missing — ${expected}`
            : `${JSON.stringify(value)} is not a real calendar date — ${expected}`,
      });
      return z.NEVER;
    })
    .describe(`${what[0]?.toUpperCase()}${what.slice(1)}, as YYYY-MM-DD.`);

const oneOf = <const Values extends readonly [string, ...string[]]>(values: Values) =>
  z.enum(values, { error: problem(`must be one of: ${values.join(', ')}`) });

const shortText = (max: number) =>
  z
    .string({ error: problem('must be text') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters — shorten it`);

const shortList = z
  .array(shortText(120), { error: 'must be a list, e.g. [First, Second]' })
  .default([]);

const tags = z
  .array(shortText(40), { error: 'must be a list, e.g. [bereavement, coaching]' })
  .default([])
  .transform((values) => [...new Set(values.map(slugify).filter(Boolean))])
  .describe(
    'Topics that group items across kinds, e.g. [bereavement, coaching]. Each tag gets a page; spelling is folded to lower-case-with-dashes.',
  );

const display = z
  .boolean({ error: problem('must be true or false') })
  .default(true)
  .describe('Whether the item may appear on the wall screens. Default true.');

const expires = calendarDate('the expiry date')
  .optional()
  .describe(
    'Last day the item is shown, as YYYY-MM-DD. After it the item is neither built nor linked. Must be after `date`.',
  );

const piiAllow = z
  .array(z.string())
  .default([])
  .describe(
    'Exact strings that look like personal data but are allowed, such as the company public help-line.',
  );

const personaSlugs = contentSlugs('personas');

/** A persona file's slug. `reference()` alone accepts any string, so unknown slugs are caught here. */
const personaReference = z
  .string({ error: 'must be the slug of a persona file, e.g. maria-alvarez' })
  .superRefine((slug, context) => {
    if (personaSlugs.has(slug)) return;
    const guess = nearest(slug, personaSlugs);
    context.addIssue({
      code: 'custom',
      message:
        `no persona file content/personas/${slug}.md — ` +
        (guess ? `did you mean "${guess}"?` : `use one of: ${[...personaSlugs].join(', ')}`),
    });
  })
  .pipe(reference('personas'))
  .optional()
  .describe('The persona this is about: the file name of a persona without .md.');

/**
 * Cross-field checks run even when another field of the same file is wrong, so one build
 * reports every problem of a file, not the first.
 */
const alwaysCheck = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === 'object' && payload.value !== null,
};

const expiresAfterDate = (
  item: { date: unknown; expires?: unknown },
  context: z.core.$RefinementCtx,
) => {
  if (item.expires instanceof Date && item.date instanceof Date && item.expires <= item.date) {
    context.addIssue({
      code: 'custom',
      path: ['expires'],
      message: 'must be after `date` — set a later expiry or remove the field',
    });
  }
};

export const personaSchema = ({ image }: SchemaContext) =>
  strict({
    name: shortText(80).describe('The persona name as shown on cards and walls.'),
    summary: shortText(PERSONA_SUMMARY_MAX).describe(
      `Who they are in one sentence, at most ${PERSONA_SUMMARY_MAX} characters.`,
    ),
    photo: image()
      .optional()
      .describe(
        'A portrait file next to the markdown, e.g. ./maria-alvarez.jpg (jpg, png, webp, avif, svg). Without one, a monogram is drawn.',
      ),
    photoAlt: shortText(200)
      .optional()
      .describe('What the photo shows, for people who cannot see it. Required when photo is set.'),
    segment: shortText(60).optional().describe('The customer segment, e.g. Retirees.'),
    goals: shortList.describe('What they want to achieve: a list of short phrases.'),
    frustrations: shortList.describe('What gets in their way: a list of short phrases.'),
    needs: shortList.describe('What they need from us: a list of short phrases.'),
    channels: z
      .array(oneOf(CHANNELS))
      .default([])
      .describe(`How they reach us, any of: ${CHANNELS.join(', ')}.`),
    tags,
    display,
    piiAllow,
  }).superRefine((persona, context) => {
    if (persona.photo && !persona.photoAlt) {
      context.addIssue({
        code: 'custom',
        path: ['photoAlt'],
        message: 'is required when photo is set — describe the picture in a sentence',
      });
    }
  }, alwaysCheck);

export const quoteSchema = strict({
  persona: personaReference,
  attribution: shortText(120)
    .optional()
    .describe('Who said it, without a real name, e.g. "Customer in her 70s, Ohio".'),
  source: oneOf(SOURCES).describe(`Where it was said, one of: ${SOURCES.join(', ')}.`),
  date: calendarDate('the day it was said'),
  consent: oneOf(CONSENTS).describe(
    `How we may use it, one of: ${CONSENTS.join(', ')} (obtained: the customer agreed; anonymised: details changed; public: already public, e.g. a review).`,
  ),
  tags,
  display,
  expires,
  piiAllow,
}).superRefine(expiresAfterDate, alwaysCheck);

export const storySchema = strict({
  title: shortText(100).describe('The story title.'),
  summary: shortText(STORY_SUMMARY_MAX).describe(
    `The hook shown on the wall, at most ${STORY_SUMMARY_MAX} characters.`,
  ),
  lesson: shortText(200).describe('The one-line takeaway.'),
  persona: personaReference,
  date: calendarDate('the day of the call'),
  channel: oneOf(CHANNELS).describe(`How the customer reached us, one of: ${CHANNELS.join(', ')}.`),
  consent: oneOf(CONSENTS).describe(`How we may use it, one of: ${CONSENTS.join(', ')}.`),
  tags,
  featured: z
    .boolean({ error: problem('must be true or false') })
    .default(false)
    .describe('Featured stories lead the home page and play more often on the wall.'),
  display,
  expires,
  prompts: shortList.describe('Coaching questions for listening sessions.'),
  piiAllow,
}).superRefine(expiresAfterDate, alwaysCheck);

export const collections = {
  personas: defineCollection({ loader: contentLoader('personas'), schema: personaSchema }),
  quotes: defineCollection({ loader: contentLoader('quotes'), schema: quoteSchema }),
  stories: defineCollection({ loader: contentLoader('stories'), schema: storySchema }),
};
