import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { playlistSchema } from '../../src/content.config';
import { readYaml } from '../../src/lib/shared/front-matter';
import { ROOM } from '../support/fixture-sites';

interface Issue {
  path: PropertyKey[];
  message: string;
}

/** The issues a playlist file raises; fails the test if it parses. */
function issuesOf(data: unknown): Issue[] {
  const result = playlistSchema.safeParse(data);
  expect(result.success, 'expected the playlist to be rejected').toBe(false);
  return result.error?.issues ?? [];
}

/** The single issue raised at `path`. */
function issueAt(issues: Issue[], ...at: PropertyKey[]): Issue {
  const matching = issues.filter((issue) => issue.path.join('.') === at.join('.'));
  expect(matching, `issues: ${JSON.stringify(issues)}`).toHaveLength(1);
  return matching[0] as Issue;
}

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'];
const everyDay = [...weekdays, 'sat', 'sun'];

const callFloor = {
  name: 'Call floor',
  description: 'Mornings open with the stories that matter most.',
  order: 'shuffle',
  filters: { exclude: { personas: ['marcus-bell'], items: ['quotes/posted-in-anger'] } },
  schedule: [
    {
      name: 'Morning huddle',
      days: weekdays,
      from: '07:30',
      to: '09:30',
      filters: { kinds: ['story', 'persona'] },
    },
    {
      name: 'Night shift',
      days: everyDay,
      from: '22:00',
      to: '06:00',
      filters: { tags: ['fraud', 'patience'], personas: ['walter-okafor', 'dana-whitfield'] },
    },
  ],
};

const part = (days: string[], from: string, to: string) => ({ days, from, to, filters: {} });

describe('valid playlists', () => {
  it('accepts a playlist with filters and day-parts', () => {
    expect(playlistSchema.parse(callFloor)).toEqual({ ...callFloor, items: [] });
  });

  it('accepts an as-listed playlist naming real files, with its own seconds', () => {
    const bereavement = {
      name: 'Bereavement team',
      order: 'as-listed',
      items: ['stories/five-seconds-of-silence', 'stories/the-man-who-called-back'],
      filters: { tags: ['bereavement'], channels: ['phone', 'branch'] },
      seconds: { min: 12, max: 45 },
    };
    expect(playlistSchema.parse(bereavement)).toEqual({ ...bereavement, schedule: [] });
  });

  it('fills in the defaults: every item, shuffled, all week', () => {
    expect(playlistSchema.parse({ name: 'Everything' })).toEqual({
      name: 'Everything',
      filters: {},
      order: 'shuffle',
      items: [],
      schedule: [],
    });
  });

  it('accepts day-parts that end exactly when the next begins', () => {
    const schedule = [part(['fri'], '22:00', '06:00'), part(['sat'], '06:00', '09:00')];
    expect(playlistSchema.safeParse({ name: 'Weekend', schedule }).success).toBe(true);
  });

  it('accepts every playlist file of the room fixture', () => {
    const folder = path.join(ROOM, 'playlists');
    const files = readdirSync(folder).filter((file) => file.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const data = readYaml(readFileSync(path.join(folder, file), 'utf8'), file);
      const result = playlistSchema.safeParse(data);
      expect(result.error?.issues ?? [], file).toEqual([]);
    }
  });
});

describe('references', () => {
  it('suggests the persona a misspelt filter slug was meant to be', () => {
    const { message } = issueAt(
      issuesOf({ name: 'x', filters: { personas: ['dana-whitfield', 'walter-okafr'] } }),
      'filters',
      'personas',
      1,
    );
    expect(message).toContain('no persona file content/personas/walter-okafr.md');
    expect(message).toContain('did you mean "walter-okafor"');
  });

  it('checks personas in exclusions and in day-parts too', () => {
    const issues = issuesOf({
      name: 'x',
      filters: { exclude: { personas: ['marcus-bel'] } },
      schedule: [{ ...part(['mon'], '07:00', '08:00'), filters: { personas: ['priya-ramen'] } }],
    });
    expect(issueAt(issues, 'filters', 'exclude', 'personas', 0).message).toContain(
      'did you mean "marcus-bell"',
    );
    expect(issueAt(issues, 'schedule', 0, 'filters', 'personas', 0).message).toContain(
      'did you mean "priya-raman"',
    );
  });

  it('rejects an item that names no file', () => {
    const { message } = issueAt(issuesOf({ name: 'x', items: ['stories/nope'] }), 'items', 0);
    expect(message).toBe('no file content/stories/nope.md');
  });

  it('suggests the file a misspelt item was meant to be', () => {
    const { message } = issueAt(
      issuesOf({ name: 'x', items: ['stories/five-second-of-silence'] }),
      'items',
      0,
    );
    expect(message).toContain('no file content/stories/five-second-of-silence.md');
    expect(message).toContain('did you mean "stories/five-seconds-of-silence"');
  });

  it('checks excluded items the same way', () => {
    const { message } = issueAt(
      issuesOf({ name: 'x', filters: { exclude: { items: ['quotes/posted-in-angre'] } } }),
      'filters',
      'exclude',
      'items',
      0,
    );
    expect(message).toContain('did you mean "quotes/posted-in-anger"');
  });

  it('explains how to name an item without its folder', () => {
    const { message } = issueAt(
      issuesOf({ name: 'x', items: ['five-seconds-of-silence'] }),
      'items',
      0,
    );
    expect(message).toContain('must be a folder and a file name, e.g. stories/');
  });
});

describe('values outside the allowed list', () => {
  it('lists the orders a playlist can play in', () => {
    const { message } = issueAt(issuesOf({ name: 'x', order: 'random' }), 'order');
    expect(message).toBe('must be one of: shuffle, newest, as-listed');
  });

  it('lists the kinds and channels a filter can name', () => {
    const issues = issuesOf({ name: 'x', filters: { kinds: ['video'], channels: ['fax'] } });
    expect(issueAt(issues, 'filters', 'kinds', 0).message).toBe(
      'must be one of: persona, quote, story',
    );
    expect(issueAt(issues, 'filters', 'channels', 0).message).toContain('phone, chat, email');
  });

  it('lists the days a day-part can start on', () => {
    const { message } = issueAt(
      issuesOf({ name: 'x', schedule: [part(['monday'], '07:00', '08:00')] }),
      'schedule',
      0,
      'days',
      0,
    );
    expect(message).toBe('must be one of: mon, tue, wed, thu, fri, sat, sun');
  });
});

describe('day-part times', () => {
  it('rejects a time that is not on the 24-hour clock', () => {
    const { message } = issueAt(
      issuesOf({ name: 'x', schedule: [part(['mon'], '25:00', '06:00')] }),
      'schedule',
      0,
      'from',
    );
    expect(message).toContain('must be a time as HH:MM (24-hour)');
  });

  it('reports a bad time together with the other problems of the file', () => {
    const issues = issuesOf({
      name: 'x',
      order: 'random',
      schedule: [
        part(['mon'], '25:00', '06:00'),
        part(['fri'], '22:00', '06:00'),
        part(['sat'], '05:00', '07:00'),
      ],
    });
    expect(issueAt(issues, 'schedule', 0, 'from').message).toContain('HH:MM');
    expect(issueAt(issues, 'order').message).toContain('must be one of');
    expect(issueAt(issues, 'schedule', 2).message).toContain('overlaps day-part 2');
  });

  it('says a time written without quotes or padding is not a time', () => {
    const issues = issuesOf({ name: 'x', schedule: [part(['mon'], '7:30', '09:00')] });
    expect(issueAt(issues, 'schedule', 0, 'from').message).toContain('e.g. "06:30"');
  });

  it('rejects a day-part that starts and ends at the same time', () => {
    const { message } = issueAt(
      issuesOf({ name: 'x', schedule: [part(['mon'], '09:00', '09:00')] }),
      'schedule',
      0,
      'to',
    );
    expect(message).toContain('from and to are the same time');
  });

  it('needs at least one day', () => {
    const { message } = issueAt(
      issuesOf({ name: 'x', schedule: [part([], '07:00', '08:00')] }),
      'schedule',
      0,
      'days',
    );
    expect(message).toBe('must list at least one day');
  });
});

describe('overlapping day-parts', () => {
  it('points at the later of two overlapping parts and says when they meet', () => {
    const { message } = issueAt(
      issuesOf({
        name: 'x',
        schedule: [part(weekdays, '07:30', '09:30'), part(['wed'], '09:00', '10:00')],
      }),
      'schedule',
      1,
    );
    expect(message).toBe(
      'overlaps day-part 1 (from wed 09:00) — make one end before the other starts',
    );
  });

  it('catches a night part that runs past midnight into the next morning’s part', () => {
    const { message } = issueAt(
      issuesOf({
        name: 'x',
        schedule: [part(['fri'], '22:00', '06:00'), part(['sat'], '05:00', '07:00')],
      }),
      'schedule',
      1,
    );
    expect(message).toContain('overlaps day-part 1 (from sat 05:00)');
  });

  it('catches a Sunday night part that runs into Monday morning’s', () => {
    const { message } = issueAt(
      issuesOf({
        name: 'x',
        schedule: [part(['mon'], '00:30', '03:00'), part(['sun'], '23:00', '01:00')],
      }),
      'schedule',
      1,
    );
    expect(message).toContain('overlaps day-part 1 (from mon 00:30)');
  });

  it('reports every overlapping part, not only the first', () => {
    const issues = issuesOf({
      name: 'x',
      schedule: [
        part(everyDay, '22:00', '06:00'),
        part(['tue'], '05:00', '08:00'),
        part(['sat'], '23:00', '23:30'),
      ],
    });
    expect(issueAt(issues, 'schedule', 1).message).toContain('from tue 05:00');
    expect(issueAt(issues, 'schedule', 2).message).toContain('from sat 23:00');
  });
});

describe('seconds bounds', () => {
  it('rejects a minimum larger than the maximum', () => {
    const { message } = issueAt(
      issuesOf({ name: 'x', seconds: { min: 40, max: 20 } }),
      'seconds',
      'max',
    );
    expect(message).toBe('min must not be larger than max');
  });

  it('accepts equal bounds, which give every slide the same time', () => {
    expect(playlistSchema.safeParse({ name: 'x', seconds: { min: 20, max: 20 } }).success).toBe(
      true,
    );
  });

  it('rejects a bound under three seconds', () => {
    issueAt(issuesOf({ name: 'x', seconds: { min: 1, max: 20 } }), 'seconds', 'min');
  });
});

describe('unknown fields', () => {
  it('suggests the field a misspelt playlist field was meant to be', () => {
    const { message } = issueAt(issuesOf({ name: 'x', shedule: [] }));
    expect(message).toBe('unknown field "shedule" — did you mean "schedule"?');
  });

  it('suggests the filter a misspelt filter was meant to be', () => {
    const { message } = issueAt(issuesOf({ name: 'x', filters: { tag: ['fraud'] } }), 'filters');
    expect(message).toContain('unknown field "tag" — did you mean "tags"?');
  });

  it('lists the fields a day-part has when nothing is close', () => {
    const { message } = issueAt(
      issuesOf({ name: 'x', schedule: [{ ...part(['mon'], '07:00', '08:00'), colour: 'red' }] }),
      'schedule',
      0,
    );
    expect(message).toContain('unknown field "colour"');
    expect(message).toContain('allowed fields: name, days, from, to, filters');
  });

  it('says a missing name is missing', () => {
    expect(issueAt(issuesOf({}), 'name').message).toContain('is missing');
  });
});
