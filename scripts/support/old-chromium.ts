/**
 * Real old Chromium engines for the old-engine tests, from npm packages that carry the binary
 * inside the tarball (the serverless Chromium builds of 2020), so nothing is downloaded at
 * install: `chromium-85` is chrome-aws-lambda 5.2.1 (Chromium 85.0.4182.0, as on Samsung Tizen
 * 2022), `chromium-87` is chrome-aws-lambda 5.4.0 (87.0.4272.0, as on LG webOS 22 and
 * BrightSign OS 9). The brotli-packed binary is unpacked once into node_modules/.cache/.
 * On Debian it needs libnss3 and libexpat1 (.ci/run installs them).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

export const OLD_ENGINES = { 85: 'chromium-85', 87: 'chromium-87' } as const;
export type OldEngine = keyof typeof OLD_ENGINES;

/** The unpacked binary of an old engine, unpacking it on first use. */
export function oldChromiumPath(engine: OldEngine, root = process.cwd()): string {
  const packageName = OLD_ENGINES[engine];
  const bin = path.join(
    path.dirname(
      createRequire(path.join(root, 'package.json')).resolve(`${packageName}/package.json`),
    ),
    'bin',
  );
  const out = path.join(root, 'node_modules', '.cache', `customer-room-${packageName}`);
  const executable = path.join(out, 'chromium');
  if (existsSync(executable)) return executable;

  // Unpacked beside, then moved into place: two test runs never see half a binary.
  const partial = `${out}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  // Chromium looks for its software GL in swiftshader/ beside the binary.
  mkdirSync(path.join(partial, 'swiftshader'), { recursive: true });
  const unpack = (file: string) => brotliDecompressSync(readFileSync(path.join(bin, file)));
  writeFileSync(path.join(partial, 'chromium'), unpack('chromium.br'), { mode: 0o755 });
  const tar = path.join(partial, 'swiftshader.tar');
  writeFileSync(tar, unpack('swiftshader.tar.br'));
  execFileSync('tar', ['xf', tar, '--no-same-owner', '-C', path.join(partial, 'swiftshader')]);
  rmSync(tar);
  try {
    renameSync(partial, out);
  } catch {
    // Another run got there first.
    rmSync(partial, { recursive: true, force: true });
  }
  return executable;
}
