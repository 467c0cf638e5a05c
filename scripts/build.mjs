// Builds the site into <out>.next/ and swaps it into <out>/ only when the whole build
// succeeded: a broken content file fails the build and leaves the last good site in place.
// The content is validated first (scripts/validate.mjs, the same check as `npm run validate`):
// a file with an error, personal data or a broken reference never reaches Astro.
// The search index is built after Astro has exited (scripts/search-index.mjs): Pagefind's indexer
// and Astro never hold their memory at the same time.
// BASE_PATH=/customer-room/ builds the site to be served under that path (see README.md).
// Usage: node scripts/build.mjs [outDir]   (default: dist)
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importProjectModule } from './project-module.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(root, process.argv[2] ?? 'dist');
const next = `${out}.next`;
const previous = `${out}.previous`;

function stop(status, reason, advice = 'Fix the file named above, then run the build again.') {
  rmSync(next, { recursive: true, force: true });
  const kept = existsSync(out)
    ? `${path.relative(root, out)}/ still holds the last good build.`
    : '';
  console.error(`\n${reason}: nothing was published. ${kept}`);
  console.error(advice);
  process.exit(status ?? 1);
}

const run = (script, args, env = {}) =>
  spawnSync(process.execPath, [script, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });

// A base path that cannot be used stops the build before anything runs, saying what to set.
const { BasePathError, normaliseBasePath } = await importProjectModule(
  'src/lib/shared/base-path.ts',
);
let base;
try {
  base = normaliseBasePath(process.env.BASE_PATH);
} catch (error) {
  if (!(error instanceof BasePathError)) throw error;
  console.error(error.message);
  stop(1, 'BASE_PATH cannot be used', 'Fix BASE_PATH, then run the build again.');
}

console.log('Checking the content…');
const validation = run(path.join(root, 'scripts', 'validate.mjs'), [], { CR_BUILDING: '1' });
if (validation.status !== 0) stop(validation.status, 'The content check found errors');

rmSync(next, { recursive: true, force: true });
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const build = run(astro, ['build'], { CR_OUT_DIR: next, ASTRO_TELEMETRY_DISABLED: '1' });
if (build.status !== 0) stop(build.status, 'The build failed');

console.log('\nBuilding the search index…');
const search = run(path.join(root, 'scripts', 'search-index.mjs'), [next]);
if (search.status !== 0) {
  stop(
    search.status,
    'The search index failed',
    'This is a problem in the site code, not in your content: tell the developers.',
  );
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(next, out);
rmSync(previous, { recursive: true, force: true });
const servedAt = base === '/' ? '' : `, to be served under ${base}`;
console.log(`\nBuilt ${path.relative(root, out) || out}/${servedAt}`);
