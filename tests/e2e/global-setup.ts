/**
 * Builds the room fixture site (tests/fixtures/room, never content/) once with the real build script, serves it on loopback with the real preview
 * server, and hands the address to every browser test. Fails, never skips, without Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/fixture-site';
import { freePort, serveSite } from '../../scripts/support/site-server';
import { chromiumPath } from '../../scripts/support/chromium';
import { ROOM } from '../support/fixture-sites';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  chromiumPath();
  const workDir = mkdtempSync(path.join(tmpdir(), 'customer-room-e2e-'));
  const siteDir = path.join(workDir, 'site');
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // With the site's address known, the wall's slides carry QR codes to their browse pages.
  buildSite(siteDir, { SITE_URL: baseUrl, CONTENT_DIR: ROOM });
  const server = await serveSite(siteDir, port);
  project.provide('baseUrl', baseUrl);
  project.provide('siteDir', siteDir);
  return async () => {
    await server.stop();
    rmSync(workDir, { recursive: true, force: true });
  };
}
