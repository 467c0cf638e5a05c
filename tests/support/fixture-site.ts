/** Builds one of the fixture sites under tests/fixtures/ with the real build script. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildEnv } from '../../scripts/support/project-copy';

export interface FixtureSite {
  dir: string;
  remove(): void;
}

/**
 * Builds tests/fixtures/<name>/ into a temporary folder. `extraFiles` (paths inside the content
 * folder) are added to a copy of the fixture first: the same site with one more item is a new
 * deploy with a new version.
 */
export function buildFixtureSite(
  name: string,
  extraFiles: Record<string, string> = {},
): FixtureSite {
  const workDir = mkdtempSync(path.join(tmpdir(), `customer-room-${name}-`));
  const dir = path.join(workDir, 'site');
  let content = path.join('tests', 'fixtures', name);
  if (Object.keys(extraFiles).length > 0) {
    const copy = path.join(workDir, 'content');
    cpSync(content, copy, { recursive: true });
    for (const [file, text] of Object.entries(extraFiles)) {
      writeFileSync(path.join(copy, file), text);
    }
    content = copy;
  }
  const build = spawnSync(process.execPath, ['scripts/build.mjs', dir], {
    cwd: process.cwd(),
    encoding: 'utf8',
    env: buildEnv({ CONTENT_DIR: content }),
  });
  if (build.status !== 0) {
    throw new Error(`The fixture site ${name} did not build:\n${build.stdout}\n${build.stderr}`);
  }
  return { dir, remove: () => rmSync(workDir, { recursive: true, force: true }) };
}
