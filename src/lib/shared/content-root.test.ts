import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRoot } from './content-root';

describe('contentRoot', () => {
  it('is content/ in the project by default', () => {
    expect(contentRoot({}, '/site')).toBe(path.resolve('/site/content'));
  });

  it('is the folder CONTENT_DIR names, relative to the project or absolute', () => {
    expect(contentRoot({ CONTENT_DIR: 'tests/fixtures/basic' }, '/site')).toBe(
      path.resolve('/site/tests/fixtures/basic'),
    );
    expect(contentRoot({ CONTENT_DIR: '/srv/room' }, '/site')).toBe('/srv/room');
  });
});
