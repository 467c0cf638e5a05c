// Builds the site into <out>.next/ and swaps it into <out>/ only when the whole build
// succeeded: a broken content file fails the build and leaves the last good site in place.
// Usage: node scripts/build.mjs [outDir]   (default: dist)
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(root, process.argv[2] ?? 'dist');
const next = `${out}.next`;
const previous = `${out}.previous`;

rmSync(next, { recursive: true, force: true });
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CR_OUT_DIR: next, ASTRO_TELEMETRY_DISABLED: '1' },
});

if (build.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  const kept = existsSync(out)
    ? `${path.relative(root, out)}/ still holds the last good build.`
    : '';
  console.error(`\nThe build failed: nothing was published. ${kept}`);
  console.error('Fix the file named above, then run the build again.');
  process.exit(build.status ?? 1);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(next, out);
rmSync(previous, { recursive: true, force: true });
console.log(`\nBuilt ${path.relative(root, out) || out}/`);
