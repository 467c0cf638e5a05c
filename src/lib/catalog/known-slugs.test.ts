import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownSlugs, slugsIn, withKnownSlugs } from './known-slugs';

describe('slugsIn', () => {
  it('lists the markdown files of a folder, and nothing for a folder that is not there', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'customer-room-slugs-'));
    try {
      mkdirSync(path.join(root, 'personas'));
      for (const file of ['maria.md', 'maria.jpg', 'Walter Okafor.md']) {
        writeFileSync(path.join(root, 'personas', file), '');
      }
      expect(slugsIn(root, 'personas')).toEqual(new Set(['maria', 'Walter Okafor']));
      expect(slugsIn(root, 'stories')).toEqual(new Set());
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('knownSlugs', () => {
  it('reads the content folder on disk by default (CONTENT_DIR: the room fixture in tests)', () => {
    expect(knownSlugs('personas').has('walter-okafor')).toBe(true);
  });

  it('uses the files being validated inside withKnownSlugs, and the disk again after', () => {
    const known = {
      personas: new Set(['only-me']),
      quotes: new Set<string>(),
      stories: new Set<string>(),
      playlists: new Set<string>(),
    };
    const inside = withKnownSlugs(known, () => [...knownSlugs('personas')]);
    expect(inside).toEqual(['only-me']);
    expect(knownSlugs('personas').has('walter-okafor')).toBe(true);
  });

  it('restores the disk even when the check throws', () => {
    const known = {
      personas: new Set<string>(),
      quotes: new Set<string>(),
      stories: new Set<string>(),
      playlists: new Set<string>(),
    };
    expect(() =>
      withKnownSlugs(known, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(knownSlugs('personas').size).toBeGreaterThan(0);
  });
});
