/**
 * A throw-away copy of the project (sharing node_modules) to build with changed content. Its
 * content/ is a copy of the folder the caller names (a test's fixture site, or the sample room for
 * the benchmarks), never the project's content/ implicitly: the CX team's edits there must not
 * change what a test builds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PROJECT_FILES = [
  'src',
  'public',
  'scripts',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'svelte.config.js',
];

/**
 * The environment for a build started from a test: Vitest (through Astro's getViteConfig) sets
 * SITE, MODE, PROD and friends in its own process, and a build must not inherit them. Nor
 * CONTENT_DIR (the tests' own fixture site): a copy builds its own content/ unless told otherwise.
 */
export function buildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([key]) =>
      !/^(SITE|MODE|DEV|PROD|SSR|ASSETS_PREFIX|BASE_URL|NODE_ENV|TEST|VITEST.*|CONTENT_DIR)$/.test(
        key,
      ),
  );
  return { ...Object.fromEntries(inherited), FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
}

export interface ProjectCopy {
  root: string;
  /** The copy's content/ folder. */
  contentDir: string;
  /** Runs the real build script; `outDir` defaults to dist/ inside the copy. */
  build(outDir?: string, env?: NodeJS.ProcessEnv): { status: number | null; output: string };
  remove(): void;
}

/** A copy of the project whose content/ is a copy of the folder `content`. */
export function copyProject(label: string, content: string): ProjectCopy {
  const root = mkdtempSync(path.join(tmpdir(), `customer-room-${label}-`));
  for (const entry of PROJECT_FILES) {
    cpSync(path.join(process.cwd(), entry), path.join(root, entry), { recursive: true });
  }
  const contentDir = path.join(root, 'content');
  cpSync(content, contentDir, { recursive: true });
  symlinkSync(path.join(process.cwd(), 'node_modules'), path.join(root, 'node_modules'));
  return {
    root,
    contentDir,
    build(outDir, env = {}) {
      const result = spawnSync(
        process.execPath,
        ['scripts/build.mjs', ...(outDir ? [outDir] : [])],
        {
          cwd: root,
          encoding: 'utf8',
          env: buildEnv(env),
        },
      );
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
