/**
 * Builds the site once with the real build script, serves it on loopback with the real preview
 * server, and hands the address to every browser test. Fails, never skips, without Chromium.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    siteDir: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUntilServing(url: string, server: ChildProcess) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null)
      throw new Error(`The preview server exited (${server.exitCode}).`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The preview server did not answer at ${url}.`);
}

export default async function setup(project: TestProject) {
  chromiumPath();
  const root = process.cwd();
  const workDir = mkdtempSync(path.join(tmpdir(), 'customer-room-e2e-'));
  const siteDir = path.join(workDir, 'site');
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // With the site's address known, the wall's slides carry QR codes to their browse pages.
  const build = spawnSync(process.execPath, ['scripts/build.mjs', siteDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: baseUrl },
  });
  if (build.status !== 0) {
    throw new Error(`The site did not build:\n${build.stdout}\n${build.stderr}`);
  }
  const server = spawn(process.execPath, ['scripts/serve.mjs', siteDir, '--port', String(port)], {
    cwd: root,
    stdio: 'ignore',
  });
  await waitUntilServing(`${baseUrl}/`, server);
  project.provide('baseUrl', baseUrl);
  project.provide('siteDir', siteDir);
  return () => {
    server.kill();
    rmSync(workDir, { recursive: true, force: true });
  };
}
