/**
 * The content contract (docs/content-contract.md) as schemas: one per kind of file the
 * CX team writes. Every field says what it is for authors; unknown fields are errors, so a
 * typo such as `sumary:` fails the build instead of silently vanishing. `npm run validate` checks
 * files against these same schemas (src/data/authoring.ts), and docs/authoring.md's field
 * reference is generated from their `.describe()` texts, so write those for CX editors.
 */
import { defineCollection, reference } from 'astro:content';
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { contentLoader, playlistLoader } from './data/content-loader';
import { findOverlaps, isClockTime, WEEKDAYS } from './lib/display/schedule';
import { knownSlugs, REFERENCE_KINDS } from './lib/catalog/known-slugs';
import { parseCalendarDate } from './lib/shared/dates';
import { nearest } from './lib/shared/suggest';
import { slugify } from './lib/shared/slug';
import { parseLocalDateTime } from './lib/display/announcements';
import { parseRange, TIME_FORMAT_HINT } from './lib/calls/timecode';
import { AUDIO_EXTENSIONS } from './lib/calls/recording-types';
import { WALL_REPLAY_MAX_SECONDS } from './lib/calls/replay';
import {
  ANNOUNCEMENT_DEFAULT_EVERY,
  ANNOUNCEMENT_MAX_DAYS,
  ANNOUNCEMENT_MODES,
  ANNOUNCEMENT_TITLE_MAX,
  ANNOUNCEMENT_TONES,
  CHANNELS,
  CONSENTS,
  ITEM_KINDS,
  PERSONA_SUMMARY_MAX,
  PLAYLIST_ORDERS,
  SOURCES,
  STORY_SUMMARY_MAX,
} from './lib/catalog/vocabulary';

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

const seconds = z
  .number({ error: problem('must be a number of seconds, e.g. 20') })
  .int('must be a whole number of seconds')
  .min(3, 'must be at least 3 seconds')
  .max(300, 'must be at most 300 seconds')
  .optional()
  .describe(
    'How long the item stays on a wall screen, in seconds. Leave it out to follow the reading time.',
  );

const piiAllow = z
  .array(z.string())
  .default([])
  .describe(
    'Exact strings that look like personal data but are allowed, such as the company public help-line.',
  );

/**
 * A persona file's slug, in items and in playlist filters alike. `reference()` alone accepts any
 * string, so unknown slugs are caught here, against the files that exist when the file is checked
 * (see lib/catalog/known-slugs.ts).
 */
const personaSlug = z
  .string({ error: 'must be the slug of a persona file, e.g. maria-alvarez' })
  .superRefine((slug, context) => {
    const personaSlugs = knownSlugs('personas');
    if (personaSlugs.has(slug)) return;
    const guess = nearest(slug, personaSlugs);
    context.addIssue({
      code: 'custom',
      message:
        `no persona file content/personas/${slug}.md — ` +
        (guess ? `did you mean "${guess}"?` : `use one of: ${[...personaSlugs].join(', ')}`),
    });
  });

const personaReference = personaSlug
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

const itemReference = z
  .string({ error: 'must name a content file, e.g. stories/five-seconds-of-silence' })
  .superRefine((reference, context) => {
    const [kind, slug, ...rest] = reference.split('/');
    const folder = REFERENCE_KINDS.find((name) => name === kind);
    const slugs = folder && knownSlugs(folder);
    if (!slugs || !slug || rest.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `"${reference}" must be a folder and a file name, e.g. stories/five-seconds-of-silence or quotes/first-call`,
      });
    } else if (!slugs.has(slug)) {
      const guess = nearest(slug, slugs);
      context.addIssue({
        code: 'custom',
        message:
          `no file content/${kind}/${slug}.md` +
          (guess ? ` — did you mean "${kind}/${guess}"?` : ''),
      });
    }
  });

const NOT_EMPTY = 'must list at least one value — or leave the filter out to allow everything';

const playlistFilters = strict({
  kinds: z
    .array(oneOf(ITEM_KINDS))
    .min(1, NOT_EMPTY)
    .optional()
    .describe(`Which kinds of item play, any of: ${ITEM_KINDS.join(', ')}. Default: all.`),
  tags: z
    .array(shortText(40))
    .min(1, NOT_EMPTY)
    .optional()
    .describe('Only items carrying at least one of these tags.'),
  personas: z
    .array(personaSlug)
    .min(1, NOT_EMPTY)
    .optional()
    .describe('Only these personas, and the quotes and stories linked to them.'),
  channels: z
    .array(oneOf(CHANNELS))
    .min(1, NOT_EMPTY)
    .optional()
    .describe('Only stories on these channels and personas who use them (quotes have no channel).'),
  exclude: strict({
    tags: z.array(shortText(40)).optional().describe('Leave out items carrying any of these tags.'),
    personas: z.array(personaSlug).optional().describe('Leave out these personas and their items.'),
    items: z
      .array(itemReference)
      .optional()
      .describe('Leave out these files, e.g. [quotes/first-call].'),
  })
    .optional()
    .describe('What never plays in this playlist.'),
}).describe('Which items play. Every filter given must match; leave one out to allow everything.');

const secondsBounds = strict({
  min: z.number().int().min(3).max(300).describe('Shortest time a slide stays up, in seconds.'),
  max: z.number().int().min(3).max(600).describe('Longest time a slide stays up, in seconds.'),
})
  .refine((bounds) => bounds.min <= bounds.max, {
    message: 'min must not be larger than max',
    path: ['max'],
  })
  .describe('Bounds for slide durations in this playlist. Default: 8 to 30 seconds.');

const clockTime = z
  .string({ error: problem('must be a time as HH:MM in quotes, e.g. "06:30"') })
  .refine(isClockTime, 'must be a time as HH:MM (24-hour), e.g. "06:30" or "22:00"');

const dayPart = strict({
  name: shortText(60).optional().describe('What this part of the week is, e.g. Night shift.'),
  days: z
    .array(oneOf(WEEKDAYS))
    .min(1, 'must list at least one day')
    .describe(`Days this part starts on, any of: ${WEEKDAYS.join(', ')}.`),
  from: clockTime.describe('Start time on the screen clock, "HH:MM".'),
  to: clockTime.describe('End time, "HH:MM"; earlier than from means the next morning.'),
  filters: playlistFilters,
}).refine((part) => part.from !== part.to, {
  message: 'from and to are the same time — a day-part must last at least a minute',
  path: ['to'],
});

export const playlistSchema = strict({
  name: shortText(60).describe('The playlist name shown on the screens page.'),
  description: shortText(200)
    .optional()
    .describe('What this playlist is for, for whoever sets up a screen.'),
  filters: playlistFilters.default({}),
  order: oneOf(PLAYLIST_ORDERS)
    .default('shuffle')
    .describe(
      'shuffle: a fresh order each day and screen; newest: newest first; as-listed: the order of items, then the rest.',
    ),
  items: z
    .array(itemReference)
    .default([])
    .describe('With order as-listed: the files to play first, in this order.'),
  seconds: secondsBounds.optional(),
  schedule: z
    .array(dayPart)
    .default([])
    .describe('Day-parts with their own filters; outside them the playlist filters apply.'),
}).superRefine((playlist, context) => {
  for (const overlap of findOverlaps(playlist.schedule ?? [])) {
    context.addIssue({
      code: 'custom',
      path: ['schedule', overlap.second],
      message: `overlaps day-part ${overlap.first + 1} (from ${overlap.at}) — make one end before the other starts`,
    });
  }
}, alwaysCheck);

export const personaSchema = ({ image }: SchemaContext) =>
  strict({
    name: shortText(80).describe('The persona name as shown on cards and walls.'),
    summary: shortText(PERSONA_SUMMARY_MAX).describe(
      `Who they are in one sentence, at most ${PERSONA_SUMMARY_MAX} characters.`,
    ),
    photo: image()
      .optional()
      .describe(
        'A portrait file next to the markdown, e.g. ./maria-alvarez.jpg (jpg, png, webp or avif; not svg). Without one, a monogram is drawn.',
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
    seconds,
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
  seconds,
  piiAllow,
}).superRefine(expiresAfterDate, alwaysCheck);

const timeRange = (example: string) =>
  z
    .string({ error: problem(`must be a time range in quotes, e.g. "${example}"`) })
    .refine(
      (text) => parseRange(text) !== undefined,
      `must be a range from start to end, e.g. "${example}" — ${TIME_FORMAT_HINT}`,
    );

const recordingFields = {
  audio: z
    .string({ error: problem('must be a file name such as ./five-seconds-of-silence.m4a') })
    .optional()
    .describe(
      `The call recording: a file beside the story, e.g. ./five-seconds-of-silence.m4a (${AUDIO_EXTENSIONS.join(', ')}; at most 15 MB). Needs consent: obtained. Put turn times in the speaker labels, e.g. **Customer [0:12]:**.`,
    ),
  redactions: z
    .array(timeRange('0:41-0:44'), { error: 'must be a list, e.g. ["0:41-0:44"]' })
    .optional()
    .describe(
      'Parts of the recording silenced with `npm run redact`, e.g. ["0:41-0:44"]; the command fills this in.',
    ),
  wallExcerpt: timeRange('0:30-1:15')
    .refine((text) => {
      const range = parseRange(text);
      return !range || range.end - range.start <= WALL_REPLAY_MAX_SECONDS;
    }, `must be at most ${WALL_REPLAY_MAX_SECONDS} seconds long — shorten the range`)
    .optional()
    .describe(
      `What the wall replays of a call longer than ${WALL_REPLAY_MAX_SECONDS} s, e.g. "0:30-1:15". Without it, the wall replays the first ${WALL_REPLAY_MAX_SECONDS} s.`,
    ),
};

/** A voice is personal data: anonymised text is not enough for a recording. */
const recordingNeedsConsent = (
  story: { audio?: unknown; consent?: unknown },
  context: z.core.$RefinementCtx,
) => {
  if (story.audio !== undefined && story.consent !== 'obtained') {
    context.addIssue({
      code: 'custom',
      path: ['consent'],
      message:
        'must be obtained when the story has audio — a voice is personal data; get the customer’s consent, or remove the audio field',
    });
  }
};

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
  ...recordingFields,
  seconds,
  piiAllow,
})
  .superRefine(expiresAfterDate, alwaysCheck)
  .superRefine(recordingNeedsConsent, alwaysCheck);

/** A moment on the screen's clock, kept as written (`2026-12-03T08:00`): each screen reads it. */
const localDateTime = (what: string) =>
  z.unknown().transform((value, context) => {
    if (typeof value === 'string' && parseLocalDateTime(value)) return value.trim();
    const expected = `write ${what} as YYYY-MM-DDTHH:MM, the screen's own time with no zone, e.g. 2026-12-03T08:00`;
    context.addIssue({
      code: 'custom',
      message:
        value === undefined
          ? `is missing — ${expected}`
          : `${JSON.stringify(value)} is not a local date and time — ${expected}`,
    });
    return z.NEVER;
  });

const playlistName = z
  .string({ error: 'must be the name of a playlist file, e.g. call-floor' })
  .superRefine((name, context) => {
    const playlists = knownSlugs('playlists');
    if (playlists.has(name)) return;
    const guess = nearest(name, playlists);
    context.addIssue({
      code: 'custom',
      message:
        `no playlist content/playlists/${name}.yaml — ` +
        (guess
          ? `did you mean "${guess}"?`
          : playlists.size > 0
            ? `use one of: ${[...playlists].join(', ')}`
            : 'leave screens out to play on every screen'),
    });
  });

const DAY_MS = 24 * 60 * 60 * 1000;

export const announcementSchema = strict({
  title: shortText(ANNOUNCEMENT_TITLE_MAX).describe(
    `The headline on the wall, at most ${ANNOUNCEMENT_TITLE_MAX} characters.`,
  ),
  from: localDateTime('the start').describe(
    "When it starts, on each screen's own clock, as YYYY-MM-DDTHH:MM, e.g. 2026-12-03T08:00.",
  ),
  until: localDateTime('the end').describe(
    `When it ends, as YYYY-MM-DDTHH:MM: after from, at most ${ANNOUNCEMENT_MAX_DAYS} days later. After it the announcement is gone, and the next build leaves it out.`,
  ),
  mode: oneOf(ANNOUNCEMENT_MODES)
    .default('interleave')
    .describe(
      'takeover: replaces the rotation while it is on (several take turns); interleave: plays between slides. Default interleave.',
    ),
  every: z
    .number({ error: problem('must be a whole number of slides, e.g. 4') })
    .int('must be a whole number of slides')
    .min(1, 'must be at least 1')
    .max(50, 'must be at most 50 — or the announcement hardly plays')
    .optional()
    .describe(
      `Interleave only: plays after every this many slides. Default ${ANNOUNCEMENT_DEFAULT_EVERY}.`,
    ),
  screens: z
    .array(playlistName, { error: 'must be a list of playlist names, e.g. [call-floor]' })
    .default([])
    .describe(
      'The playlists it plays on: names of files in content/playlists/ without .yaml. Leave it out for every screen.',
    ),
  tone: oneOf(ANNOUNCEMENT_TONES)
    .default('info')
    .describe(
      'Sets the colours: info (news), urgent (act on it now; also a banner on the home page), celebrate (good news). Default info.',
    ),
  piiAllow,
}).superRefine((announcement, context) => {
  const from = typeof announcement.from === 'string' ? parseLocalDateTime(announcement.from) : null;
  const until =
    typeof announcement.until === 'string' ? parseLocalDateTime(announcement.until) : null;
  if (from && until && until <= from) {
    context.addIssue({
      code: 'custom',
      path: ['until'],
      message: 'must be after `from` — set the end later than the start',
    });
  } else if (from && until && until.getTime() - from.getTime() > ANNOUNCEMENT_MAX_DAYS * DAY_MS) {
    context.addIssue({
      code: 'custom',
      path: ['until'],
      message: `is more than ${ANNOUNCEMENT_MAX_DAYS} days after \`from\` — shorten the window, or write a new announcement for later`,
    });
  }
  if (announcement.mode === 'takeover' && announcement.every !== undefined) {
    context.addIssue({
      code: 'custom',
      path: ['every'],
      message:
        'is for interleave only: a takeover fills the screen all the time — remove every, or set mode: interleave',
    });
  }
}, alwaysCheck);

export const collections = {
  personas: defineCollection({ loader: contentLoader('personas'), schema: personaSchema }),
  quotes: defineCollection({ loader: contentLoader('quotes'), schema: quoteSchema }),
  stories: defineCollection({ loader: contentLoader('stories'), schema: storySchema }),
  playlists: defineCollection({ loader: playlistLoader(), schema: playlistSchema }),
  announcements: defineCollection({
    loader: contentLoader('announcements'),
    schema: announcementSchema,
  }),
};
