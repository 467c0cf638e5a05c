/** The guide's field reference is generated from the schemas; this fails when it is stale. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withCurrentFieldReference } from '../../src/data/authoring-guide';

const GUIDE = path.join(process.cwd(), 'docs', 'authoring.md');

describe('docs/authoring.md', () => {
  it('has the field reference the schemas describe today (run `npm run docs:fields` to update it)', async () => {
    const guide = readFileSync(GUIDE, 'utf8');
    expect(await withCurrentFieldReference(guide, GUIDE)).toBe(guide);
  });

  it('describes every kind of content file', () => {
    const guide = readFileSync(GUIDE, 'utf8');
    for (const files of [
      'personas/<slug>.md',
      'quotes/<slug>.md',
      'stories/<slug>.md',
      'playlists/<name>.yaml',
    ]) {
      expect(guide).toContain(`content/${files}`);
    }
  });
});
