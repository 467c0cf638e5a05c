import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { personaSchema, quoteSchema, storySchema } from '../../src/content.config';
import { personaDefaults, quoteDefaults, storyDefaults } from '../support/catalog-fixtures';

/** Stands in for astro's image(): a processed image is this shape by the time the schema sees it. */
const image = () =>
  z.object({ src: z.string(), width: z.number(), height: z.number(), format: z.string() });
const persona = personaSchema({ image } as unknown as SchemaContext);

const validPersona = {
  name: 'Walter Okafor',
  summary: 'Retired railway signalman, recently widowed.',
  segment: 'Retirees',
  goals: ['Settle her affairs without fuss'],
  frustrations: ['Being passed from desk to desk'],
  needs: ['One person who follows through'],
  channels: ['phone', 'branch'],
  tags: ['bereavement'],
  display: true,
};

const validQuote = {
  persona: 'walter-okafor',
  attribution: 'Customer in his 70s',
  source: 'call',
  date: '2026-03-14',
  consent: 'anonymised',
  tags: ['bereavement'],
  display: true,
  expires: '2027-03-14',
};

const validStory = {
  title: 'Five seconds of silence',
  summary: 'A customer mentions her uncle’s death; the agent answers with a deadline.',
  lesson: 'Being professional includes being human.',
  persona: 'walter-okafor',
  date: '2026-03-14',
  channel: 'phone',
  consent: 'anonymised',
  tags: ['bereavement', 'coaching'],
  featured: true,
  display: true,
  expires: '2027-03-14',
  prompts: ['What would you have said after the pause?'],
};

interface Issue {
  path: PropertyKey[];
  message: string;
}

/** The issues a file's front matter raises; fails the test if it parses. */
function issuesOf(
  schema: { safeParse(data: unknown): { success: boolean; error?: { issues: Issue[] } } },
  data: unknown,
): Issue[] {
  const result = schema.safeParse(data);
  expect(result.success, 'expected the front matter to be rejected').toBe(false);
  return result.error?.issues ?? [];
}

/** The single issue raised at `path`. */
function issueAt(issues: Issue[], ...path: PropertyKey[]): Issue {
  const matching = issues.filter((issue) => issue.path.join('.') === path.join('.'));
  expect(matching, `issues: ${JSON.stringify(issues)}`).toHaveLength(1);
  return matching[0] as Issue;
}

describe('valid files', () => {
  it('accepts a persona file', () => {
    const photo = { src: '/walter.jpg', width: 400, height: 400, format: 'jpg' };
    expect(
      persona.parse({ ...validPersona, photo, photoAlt: 'Walter at his kitchen table' }),
    ).toEqual({
      ...validPersona,
      photo,
      photoAlt: 'Walter at his kitchen table',
      piiAllow: [],
    });
  });

  it('accepts a quote file, turning dates into days and the persona into a reference', () => {
    expect(quoteSchema.parse(validQuote)).toEqual({
      ...validQuote,
      persona: { id: 'walter-okafor', collection: 'personas' },
      date: new Date('2026-03-14T00:00:00Z'),
      expires: new Date('2027-03-14T00:00:00Z'),
      piiAllow: [],
    });
  });

  it('accepts a story file', () => {
    expect(storySchema.parse(validStory)).toEqual({
      ...validStory,
      persona: { id: 'walter-okafor', collection: 'personas' },
      date: new Date('2026-03-14T00:00:00Z'),
      expires: new Date('2027-03-14T00:00:00Z'),
      piiAllow: [],
    });
  });

  it('accepts a quote without a persona', () => {
    const { persona: _persona, ...anonymous } = validQuote;
    expect(quoteSchema.parse(anonymous).persona).toBeUndefined();
  });
});

describe('missing required fields', () => {
  it('says which persona field is missing and to add it', () => {
    const { name: _name, ...withoutName } = validPersona;
    expect(issueAt(issuesOf(persona, withoutName), 'name').message).toContain('is missing');
  });

  it('says a quote date is missing and how to write it', () => {
    const { date: _date, ...withoutDate } = validQuote;
    const { message } = issueAt(issuesOf(quoteSchema, withoutDate), 'date');
    expect(message).toContain('is missing');
    expect(message).toContain('YYYY-MM-DD');
  });

  it('reports every missing story field at once', () => {
    const issues = issuesOf(storySchema, {});
    for (const field of ['title', 'summary', 'lesson', 'date', 'channel', 'consent']) {
      expect(issueAt(issues, field).message, field).toContain('missing');
    }
  });
});

describe('unknown fields', () => {
  it('suggests the field a misspelt story field was meant to be', () => {
    const { summary, ...rest } = validStory;
    const { message } = issueAt(issuesOf(storySchema, { ...rest, sumary: summary }));
    expect(message).toContain('unknown field "sumary"');
    expect(message).toContain('did you mean "summary"');
  });

  it('suggests the persona field too', () => {
    const { summary, ...rest } = validPersona;
    expect(issueAt(issuesOf(persona, { ...rest, sumary: summary })).message).toContain(
      'did you mean "summary"',
    );
  });

  it('lists the allowed fields when nothing is close', () => {
    const { message } = issueAt(issuesOf(quoteSchema, { ...validQuote, mood: 'grateful' }));
    expect(message).toContain('unknown field "mood"');
    expect(message).toContain('allowed fields: persona, attribution, source, date, consent');
  });
});

describe('values outside the allowed list', () => {
  it('lists the allowed channels for a story', () => {
    const { message } = issueAt(
      issuesOf(storySchema, { ...validStory, channel: 'fax' }),
      'channel',
    );
    expect(message).toBe('must be one of: phone, chat, email, branch, social, app');
  });

  it('lists the allowed sources and consents for a quote', () => {
    const issues = issuesOf(quoteSchema, { ...validQuote, source: 'rumour', consent: 'yes' });
    expect(issueAt(issues, 'source').message).toContain(
      'call, chat, email, survey, review, social, interview',
    );
    expect(issueAt(issues, 'consent').message).toContain('obtained, anonymised, public');
  });

  it('points at the wrong entry in a persona channel list', () => {
    const { message } = issueAt(
      issuesOf(persona, { ...validPersona, channels: ['phone', 'pigeon'] }),
      'channels',
      1,
    );
    expect(message).toContain('must be one of: phone, chat');
  });
});

describe('dates', () => {
  it('rejects a day that does not exist', () => {
    const { message } = issueAt(
      issuesOf(quoteSchema, { ...validQuote, date: '2026-02-30' }),
      'date',
    );
    expect(message).toContain('"2026-02-30" is not a real calendar date');
    expect(message).toContain('YYYY-MM-DD');
  });

  it('rejects 29 February outside a leap year in a story', () => {
    issueAt(issuesOf(storySchema, { ...validStory, date: '2025-02-29' }), 'date');
  });

  it('rejects an expiry date before the date', () => {
    const { message } = issueAt(
      issuesOf(quoteSchema, { ...validQuote, expires: '2026-01-01' }),
      'expires',
    );
    expect(message).toContain('must be after `date`');
  });

  it('rejects an expiry on the same day as the story', () => {
    const { message } = issueAt(
      issuesOf(storySchema, { ...validStory, expires: validStory.date }),
      'expires',
    );
    expect(message).toContain('must be after `date`');
  });

  it('rejects an impossible expiry date', () => {
    const { message } = issueAt(
      issuesOf(storySchema, { ...validStory, expires: '2027-02-30' }),
      'expires',
    );
    expect(message).toContain('is not a real calendar date');
  });
});

describe('persona references', () => {
  it('suggests the persona a misspelt slug was meant to be', () => {
    const { message } = issueAt(
      issuesOf(quoteSchema, { ...validQuote, persona: 'walter-okafr' }),
      'persona',
    );
    expect(message).toContain('no persona file content/personas/walter-okafr.md');
    expect(message).toContain('did you mean "walter-okafor"');
  });

  it('lists the personas when nothing is close', () => {
    const { message } = issueAt(
      issuesOf(storySchema, { ...validStory, persona: 'zzzzzzzzzzzz' }),
      'persona',
    );
    expect(message).toContain('use one of:');
    expect(message).toContain('walter-okafor');
  });
});

describe('summary length', () => {
  it('allows a persona summary of 160 characters and rejects 161', () => {
    expect(persona.safeParse({ ...validPersona, summary: 'a'.repeat(160) }).success).toBe(true);
    const { message } = issueAt(
      issuesOf(persona, { ...validPersona, summary: 'a'.repeat(161) }),
      'summary',
    );
    expect(message).toBe('must be at most 160 characters — shorten it');
  });

  it('allows a story summary of 200 characters and rejects 201', () => {
    expect(storySchema.safeParse({ ...validStory, summary: 'a'.repeat(200) }).success).toBe(true);
    const { message } = issueAt(
      issuesOf(storySchema, { ...validStory, summary: 'a'.repeat(201) }),
      'summary',
    );
    expect(message).toBe('must be at most 200 characters — shorten it');
  });
});

describe('photos', () => {
  it('requires photoAlt when a persona has a photo', () => {
    const photo = { src: '/walter.jpg', width: 400, height: 400, format: 'jpg' };
    const { message } = issueAt(issuesOf(persona, { ...validPersona, photo }), 'photoAlt');
    expect(message).toContain('is required when photo is set');
  });

  it('does not require photoAlt without a photo', () => {
    expect(persona.safeParse(validPersona).success).toBe(true);
  });
});

describe('normalising and defaults', () => {
  it('folds tags to slugs and removes duplicates', () => {
    const { tags } = storySchema.parse({
      ...validStory,
      tags: ['Small Gestures', 'small-gestures', 'Café', ' Coaching '],
    });
    expect(tags).toEqual(['small-gestures', 'cafe', 'coaching']);
  });

  it('fills in the defaults a minimal story leaves out', () => {
    const { title, summary, lesson, date, channel, consent } = validStory;
    expect(storySchema.parse({ title, summary, lesson, date, channel, consent })).toEqual({
      title,
      summary,
      lesson,
      date: new Date('2026-03-14T00:00:00Z'),
      channel,
      consent,
      ...storyDefaults(),
      piiAllow: [],
    });
  });

  it('fills in the defaults a minimal persona leaves out', () => {
    expect(persona.parse({ name: 'Maria Alvarez', summary: 'Recently widowed.' })).toEqual({
      name: 'Maria Alvarez',
      summary: 'Recently widowed.',
      ...personaDefaults(),
      piiAllow: [],
    });
  });

  it('fills in the defaults a minimal quote leaves out', () => {
    const parsed = quoteSchema.parse({ source: 'survey', date: '2026-03-14', consent: 'public' });
    expect(parsed).toMatchObject({ ...quoteDefaults(), piiAllow: [] });
    expect(parsed.expires).toBeUndefined();
  });

  it('rejects display written as text', () => {
    const { message } = issueAt(
      issuesOf(quoteSchema, { ...validQuote, display: 'yes' }),
      'display',
    );
    expect(message).toBe('must be true or false');
  });

  it('trims text and rejects blank required text', () => {
    expect(storySchema.parse({ ...validStory, title: '  Padded  ' }).title).toBe('Padded');
    expect(issueAt(issuesOf(storySchema, { ...validStory, lesson: '   ' }), 'lesson').message).toBe(
      'must not be empty',
    );
  });
});

describe('several problems in one file', () => {
  it('reports a bad channel and an expiry before the date together', () => {
    const issues = issuesOf(storySchema, { ...validStory, channel: 'fax', expires: '2020-01-01' });
    expect(issueAt(issues, 'channel').message).toContain('must be one of');
    expect(issueAt(issues, 'expires').message).toContain('must be after');
  });

  it('reports a missing photoAlt alongside a missing name', () => {
    const { name: _name, ...withoutName } = validPersona;
    const issues = issuesOf(persona, { ...withoutName, photo: 'x.jpg', photoAlt: undefined });
    expect(issueAt(issues, 'name').message).toContain('is missing');
    expect(issueAt(issues, 'photoAlt').message).toContain('required when photo is set');
  });
});
