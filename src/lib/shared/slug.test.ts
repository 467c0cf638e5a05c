import { describe, expect, it } from 'vitest';
import { fileNameProblem, isSlug, slugify } from './slug';

describe('isSlug', () => {
  it('accepts lower-case words, digits and single dashes', () => {
    expect(isSlug('maria-alvarez')).toBe(true);
    expect(isSlug('two-am-and-the-charges-kept-coming')).toBe(true);
    expect(isSlug('24x7')).toBe(true);
  });

  it('rejects capitals, spaces, underscores, accents and stray dashes', () => {
    for (const name of [
      'Maria-Alvarez',
      'maria alvarez',
      'maria_alvarez',
      'café',
      '-maria',
      'maria-',
      'maria--alvarez',
      '',
    ]) {
      expect(isSlug(name), name).toBe(false);
    }
  });
});

describe('slugify', () => {
  it('turns a title into a slug', () => {
    expect(slugify('Small Gestures!')).toBe('small-gestures');
    expect(slugify('  Five seconds of silence  ')).toBe('five-seconds-of-silence');
  });

  it('folds accents to plain letters', () => {
    expect(slugify('Café')).toBe('cafe');
    expect(slugify('Ruth Lindqvist Åström')).toBe('ruth-lindqvist-astrom');
    expect(slugify('Crème brûlée')).toBe('creme-brulee');
  });

  it('collapses runs of punctuation into one dash and trims dashes at the ends', () => {
    expect(slugify('--What’s riding on it?--')).toBe('what-s-riding-on-it');
    expect(slugify('a & b / c')).toBe('a-b-c');
  });

  it('always produces a valid slug or nothing', () => {
    for (const text of ['Small Gestures!', 'Café au lait', 'follow_through', '???']) {
      const slug = slugify(text);
      expect(slug === '' || isSlug(slug), `${text} → ${slug}`).toBe(true);
    }
    expect(slugify('???')).toBe('');
  });
});

describe('fileNameProblem', () => {
  it('accepts a slug and names the file to rename anything else to', () => {
    expect(fileNameProblem('nobody-rushed-me', '.md')).toBeUndefined();
    expect(fileNameProblem('Nobody_Rushed_Me', '.md')).toBe(
      'must be lower-case letters, digits and dashes — rename the file to nobody-rushed-me.md',
    );
    expect(fileNameProblem('!!!', '.yaml')).toMatch(/rename it to a few lower-case words/);
  });
});
