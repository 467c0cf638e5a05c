/**
 * The build version that tells wall screens to update covers the content the build reads: a new
 * item in a CONTENT_DIR site must be a new version, or screens keep playing the old build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceVersion } from '../../src/integrations/kiosk';

const work = mkdtempSync(path.join(tmpdir(), 'customer-room-version-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('sourceVersion', () => {
  it('changes when the content folder the build reads changes, wherever it is', () => {
    const root = path.join(work, 'project');
    const content = path.join(work, 'fixture-site');
    mkdirSync(path.join(root, 'src'), { recursive: true });
    mkdirSync(path.join(content, 'quotes'), { recursive: true });
    writeFileSync(path.join(root, 'src', 'page.ts'), 'export {};\n');
    const before = sourceVersion(root, content);
    expect(sourceVersion(root, content)).toBe(before);
    writeFileSync(path.join(content, 'quotes', 'new.md'), 'A new quote.\n');
    expect(sourceVersion(root, content)).not.toBe(before);
  });
});
