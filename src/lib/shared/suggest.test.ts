import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from './suggest';

const FIELDS = ['title', 'summary', 'lesson', 'persona', 'date', 'channel', 'consent', 'tags'];

describe('editDistance', () => {
  it('counts the single-letter edits between two words', () => {
    expect(editDistance('summary', 'summary')).toBe(0);
    expect(editDistance('sumary', 'summary')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'tags')).toBe(4);
  });
});

describe('nearest', () => {
  it('suggests the field a typo was meant to be', () => {
    expect(nearest('sumary', FIELDS)).toBe('summary');
    expect(nearest('chanel', FIELDS)).toBe('channel');
    expect(nearest('walter-okafr', ['maria-alvarez', 'walter-okafor'])).toBe('walter-okafor');
  });

  it('ignores capitals when comparing', () => {
    expect(nearest('Summary', FIELDS)).toBe('summary');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(nearest('photograph', FIELDS)).toBeUndefined();
    expect(nearest('xylophone', FIELDS)).toBeUndefined();
  });

  it('suggests nothing when there are no candidates', () => {
    expect(nearest('summary', [])).toBeUndefined();
  });
});
