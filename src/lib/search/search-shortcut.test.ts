import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from './search-shortcut';

describe('isSearchShortcut', () => {
  const key = (
    k: string,
    mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
  ) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  });

  it('takes a plain slash', () => {
    expect(isSearchShortcut(key('/'), false)).toBe(true);
  });

  it('leaves the slash to a person typing, and leaves other keys alone', () => {
    expect(isSearchShortcut(key('/'), true)).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('?'), false)).toBe(false);
  });
});
