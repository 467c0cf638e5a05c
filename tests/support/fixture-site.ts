/**
 * Test sites, built with the real build script as the publish workflow runs it:
 * - `buildSite`: any content folder and settings into a folder of its own;
 * - `buildFixtureSite`: one of tests/fixtures/, optionally with a few more files (a new deploy);
 * - `useFixtureSite`: a test file's own served site, built in a copy of the project with cold
 *   caches, for a site whose content a test generates or reads from the copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { benchWorkspace } from '../../scripts/bench/workspace';
import { buildEnv, type ProjectCopy } from '../../scripts/support/project-copy';
import { freePort, serveSite, type SiteServer } from '../../scripts/support/site-server';

/** Builds the site into `out` with `env` (CONTENT_DIR, BASE_PATH, SITE_URL…); throws if it fails. */
export function buildSite(out: string, env: NodeJS.ProcessEnv): void {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', out], {
    cwd: process.cwd(),
    encoding: 'utf8',
    env: buildEnv(env),
  });
  if (build.status !== 0) {
    const content = env['CONTENT_DIR'] ?? 'content/';
    throw new Error(`The site from ${content} did not build:\n${build.stdout}\n${build.stderr}`);
  }
}

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
  buildSite(dir, { CONTENT_DIR: content });
  return { dir, remove: () => rmSync(workDir, { recursive: true, force: true }) };
}

export interface ServedSite {
  /** The address it is served at. */
  url(): string;
}

/**
 * Call at the top of a test file: a copy of the project with `content` as its content/, built
 * and served on loopback for the file's tests, then stopped and removed. `prepare` runs in the
 * copy before the build (to write generated content, say); the build must succeed.
 */
export function useFixtureSite(
  label: string,
  content: string,
  prepare: (copy: ProjectCopy) => void = () => undefined,
): ServedSite {
  let copy: ProjectCopy | undefined;
  let server: SiteServer | undefined;
  beforeAll(async () => {
    copy = benchWorkspace(label, content);
    prepare(copy);
    const siteDir = path.join(copy.root, 'dist');
    const build = copy.build(siteDir);
    if (build.status !== 0) throw new Error(`The ${label} site did not build:\n${build.output}`);
    server = await serveSite(siteDir, await freePort());
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    copy?.remove();
  });
  return {
    url() {
      if (!server) throw new Error(`the ${label} site is not being served`);
      return server.url;
    },
  };
}
