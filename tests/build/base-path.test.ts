/**
 * A BASE_PATH that cannot be a path stops the build before anything runs, saying what to set,
 * and leaves the last good build alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../../scripts/support/project-copy';

const workDir = mkdtempSync(path.join(tmpdir(), 'customer-room-bad-base-'));

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('a BASE_PATH with characters a path cannot hold', () => {
  it('stops the build, says what to set, and keeps the last good build', () => {
    const out = path.join(workDir, 'dist');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'the last good build');
    const build = spawnSync(process.execPath, ['scripts/build.mjs', out], {
      cwd: process.cwd(),
      encoding: 'utf8',
      env: buildEnv({ BASE_PATH: '/customer room?/', CONTENT_DIR: 'tests/fixtures/base-path' }),
    });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status).toBe(1);
    expect(output).toContain('BASE_PATH="/customer room?/" holds a space, "?"');
    expect(output).toContain('Set BASE_PATH to the path the site is served under');
    expect(output).toContain('BASE_PATH cannot be used: nothing was published.');
    // It stopped before the content check and Astro, not because of them.
    expect(output).not.toContain('Checking the content');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the last good build');
    expect(existsSync(`${out}.next`)).toBe(false);
  });
});
