/**
 * A browser test file's own site: a copy of the project with a fixture as its content/ (and cold
 * caches, so Astro's content cache cannot hand it another site's items), built with the real
 * build script and served on loopback for the file's tests, then stopped and removed.
 */
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { benchWorkspace } from '../../scripts/bench/workspace';
import type { ProjectCopy } from '../../scripts/support/project-copy';
import { freePort, serveSite, type SiteServer } from '../../scripts/support/site-server';

export interface FixtureSite {
  /** The address it is served at. */
  url(): string;
}

/**
 * Call at the top of a test file. `prepare` runs in the copy before the build (to write generated
 * content, say); the build must succeed.
 */
export function useFixtureSite(
  label: string,
  content: string,
  prepare: (copy: ProjectCopy) => void = () => undefined,
): FixtureSite {
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
