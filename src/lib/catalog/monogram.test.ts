import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../tests/support/contrast';
import { initials, MONOGRAM_COLOURS, monogramFor } from './monogram';

describe('initials', () => {
  it('takes the first letters of the first and last names', () => {
    expect(initials('Maria Alvarez')).toBe('MA');
    expect(initials('Walter Ade Okafor')).toBe('WO');
  });

  it('uses one letter for a single name', () => {
    expect(initials('Cher')).toBe('C');
  });

  it('treats a hyphenated first name as one word', () => {
    expect(initials('Jean-Luc Picard')).toBe('JP');
  });

  it('capitalises and ignores extra spaces', () => {
    expect(initials('  priya   raman ')).toBe('PR');
  });

  it('shows a question mark for an empty name', () => {
    expect(initials('')).toBe('?');
    expect(initials('   ')).toBe('?');
  });

  it('keeps accented letters', () => {
    expect(initials('Émile Øberg')).toBe('ÉØ');
  });
});

describe('monogram colours', () => {
  it.each(MONOGRAM_COLOURS)('%s carries white text at WCAG AA (4.5:1) or better', (colour) => {
    expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('gives the same persona the same colour every time', () => {
    const first = monogramFor('maria-alvarez', 'Maria Alvarez');
    const again = monogramFor('maria-alvarez', 'Maria Alvarez');
    expect(again).toEqual(first);
    expect(MONOGRAM_COLOURS).toContain(first.background);
    expect(first).toMatchObject({ initials: 'MA', foreground: '#ffffff' });
  });

  it('picks the colour from the slug, not the display name', () => {
    expect(monogramFor('walter-okafor', 'Walter Okafor').background).toBe(
      monogramFor('walter-okafor', 'Walt').background,
    );
  });

  it('spreads personas over several colours', () => {
    const slugs = [
      'charles-beaumont',
      'dana-whitfield',
      'jen-park',
      'marcus-bell',
      'priya-raman',
      'ruth-lindqvist',
      'walter-okafor',
    ];
    const colours = new Set(slugs.map((slug) => monogramFor(slug, slug).background));
    expect(colours.size).toBeGreaterThan(2);
  });
});
