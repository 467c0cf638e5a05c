import { describe, expect, it } from 'vitest';
import type { FieldInfo } from './contract-fields';
import { isNewKind, newContentFile, slugForTitle } from './scaffold';

const field = (key: string, extra: Partial<FieldInfo> = {}): FieldInfo => ({
  name: key,
  key,
  depth: 0,
  required: false,
  description: `About ${key}.`,
  value: 'text',
  list: false,
  ...extra,
});

const FIELDS = [
  field('title', { required: true }),
  field('summary', { required: true }),
  field('persona'),
  field('date', { required: true }),
  field('tags', { list: true, default: [] }),
  field('display', { default: true }),
  field('seconds.min', { depth: 1 }),
];

const TODAY = new Date('2026-03-14T15:00:00Z');

describe('newContentFile', () => {
  it('writes every top-level field under a comment, with the title and today filled in', () => {
    const file = newContentFile({
      kind: 'story',
      title: 'Five seconds of silence',
      fields: FIELDS,
      today: TODAY,
    });
    expect(file.path).toBe('stories/five-seconds-of-silence.md');
    expect(file.text).toBe(
      [
        '---',
        '# Required. About title.',
        'title: Five seconds of silence',
        '# Required. About summary.',
        'summary:',
        '# Optional. About persona.',
        'persona:',
        '# Required. About date.',
        'date: 2026-03-14',
        '# Optional. About tags.',
        'tags: []',
        '# Optional. About display.',
        'display: true',
        '# Below the closing --- line: what happened, in a few paragraphs, then the conversation as paragraphs that each start with a bold speaker: **Customer:** … **Agent:** …',
        '---',
        '',
      ].join('\n'),
    );
    expect(file.toFill).toEqual(['summary']);
  });

  it('quotes a title YAML would otherwise misread', () => {
    for (const title of ['Broken: yes', 'true', '2026', '#1 call', '"Quoted"']) {
      const { text } = newContentFile({
        kind: 'persona',
        title,
        fields: [field('name')],
        today: TODAY,
      });
      expect(text).toContain(`name: ${JSON.stringify(title)}\n`);
    }
  });

  it('only names the file for a quote, which has no title field', () => {
    const file = newContentFile({
      kind: 'quote',
      title: 'Nobody rushed me',
      fields: FIELDS,
      today: TODAY,
    });
    expect(file.path).toBe('quotes/nobody-rushed-me.md');
    expect(file.text).toContain('\ntitle:\n');
    expect(file.toFill).toEqual(['title', 'summary']);
  });
});

describe('slugForTitle', () => {
  it('folds a title into a file name, cut at a word when very long', () => {
    expect(slugForTitle('Café: Small Gestures!')).toBe('cafe-small-gestures');
    const slug = slugForTitle(
      'You were the first person who did not make me say it twice, ever, in ten years',
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('you-were-the-first-person-who-did-not-make-me-say-it-twice');
  });
});

describe('isNewKind', () => {
  it('accepts the three kinds of file and nothing else', () => {
    expect(['persona', 'quote', 'story', 'playlist', 'toString'].map(isNewKind)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
