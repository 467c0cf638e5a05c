import { describe, expect, it } from 'vitest';
import { currentSection, NAV_LINKS } from './navigation';

describe('currentSection', () => {
  it('marks the section a page sits under', () => {
    expect(currentSection('/stories/five-seconds-of-silence/')?.label).toBe('Stories');
    expect(currentSection('/personas/walter-okafor/')?.label).toBe('Personas');
    expect(currentSection('/quotes/')?.label).toBe('Quotes');
    expect(currentSection('/screens/')?.label).toBe('Display');
  });

  it('works without a trailing slash', () => {
    expect(currentSection('/stories')?.href).toBe('/stories/');
  });

  it('marks no section on the home page or pages outside the menu', () => {
    expect(currentSection('/')).toBeUndefined();
    expect(currentSection('/tags/bereavement/')).toBeUndefined();
  });

  it('does not confuse a section with a path that only starts with its name', () => {
    expect(currentSection('/stories-archive/')).toBeUndefined();
  });

  it('lists the four header sections in order', () => {
    expect(NAV_LINKS.map(({ label }) => label)).toEqual([
      'Personas',
      'Stories',
      'Quotes',
      'Display',
    ]);
  });
});
