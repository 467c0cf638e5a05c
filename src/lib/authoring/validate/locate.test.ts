import { describe, expect, it } from 'vitest';
import { fieldAtLine, locate, scanYaml } from './locate';

// As in a markdown file, the YAML starts on line 2 (after the opening ---).
const FRONT_MATTER = scanYaml(
  [
    'name: Maria',
    '# a comment',
    'channels: [phone, pigeon]',
    'goals:',
    '  - Keep the house',
    '  - Get it right once',
    'summary: >',
    '  Folded text',
    '  over two lines.',
    '"quoted key": 1',
  ].join('\n'),
  2,
);

const PLAYLIST = scanYaml(
  [
    'name: Call floor',
    'filters:',
    '  kinds: [story]',
    '  exclude:',
    '    tags: [fraud]',
    'schedule:',
    '  - name: Morning',
    '    days: [mon]',
    '    from: "07:30"',
    '  - name: Night',
    '    from: "22:00"',
    '    filters:',
    '      tagz: [x]',
    'items:',
    '- stories/a',
    '- stories/b',
  ].join('\n'),
);

describe('locate', () => {
  it.each<[PropertyKey[], number | undefined, boolean]>([
    [['name'], 2, true],
    [['channels'], 4, true],
    [['channels', 1], 4, true],
    [['goals', 1], 7, true],
    [['summary'], 8, true],
    [['quoted key'], 11, true],
    [['segment'], undefined, false],
    [[], undefined, false],
  ])('finds %j in front matter on line %s', (path, line, exact) => {
    expect(locate(FRONT_MATTER, path)).toEqual({ line, exact });
  });

  it.each<[PropertyKey[], number | undefined, boolean]>([
    [['filters', 'kinds', 0], 3, true],
    [['filters', 'exclude', 'tags'], 5, true],
    [['schedule', 0, 'from'], 9, true],
    [['schedule', 1, 'name'], 10, true],
    [['schedule', 1, 'from'], 11, true],
    [['schedule', 1, 'filters', 'tagz'], 13, true],
    // A field the day-part does not have: the day-part's own line.
    [['schedule', 1, 'days'], 10, false],
    [['items', 1], 16, true],
    [['seconds', 'max'], undefined, false],
  ])('finds %j in a playlist on line %s', (path, line, exact) => {
    expect(locate(PLAYLIST, path)).toEqual({ line, exact });
  });
});

describe('fieldAtLine', () => {
  it('names the top-level field a line belongs to', () => {
    expect(fieldAtLine(FRONT_MATTER, 6)).toBe('goals');
    expect(fieldAtLine(FRONT_MATTER, 9)).toBe('summary');
    expect(fieldAtLine(PLAYLIST, 13)).toBe('schedule');
    expect(fieldAtLine(FRONT_MATTER, 1)).toBeUndefined();
  });
});
