/**
 * Lighthouse (the project's `lighthouse` package, desktop preset) against the system Chromium:
 * Chromium is started here, headless, with a DevTools port on loopback, and Lighthouse drives
 * it through that port. Reports the performance and accessibility scores (0–100) of each page.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumPath, CHROMIUM_FLAGS } from '../support/chromium.ts';

export interface LighthouseScores {
  page: string;
  performance: number;
  accessibility: number;
  /** Largest contentful paint as Lighthouse simulates it (desktop throttling), in ms. */
  lcpMs: number;
  /** The audits that cost accessibility points, by id. */
  failing: string[];
}

async function startChromium() {
  const profile = mkdtempSync(path.join(tmpdir(), 'customer-room-lighthouse-'));
  const chromium = spawn(
    chromiumPath(),
    [
      ...CHROMIUM_FLAGS,
      '--headless=new',
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium gave no DevTools port:\n${seen}`)),
      30_000,
    );
    chromium.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    chromium.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before Lighthouse could use it:\n${seen}`));
    });
  });
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          rmSync(profile, { recursive: true, force: true });
          resolve();
        };
        if (chromium.exitCode !== null) return done();
        chromium.once('exit', done);
        chromium.kill();
      }),
  };
}

export async function runLighthouse(
  baseUrl: string,
  pages: readonly string[],
): Promise<LighthouseScores[]> {
  const chromium = await startChromium();
  try {
    const scores: LighthouseScores[] = [];
    for (const page of pages) {
      const result = await lighthouse(
        new URL(page, baseUrl).href,
        {
          port: chromium.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        },
        desktopConfig,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? Number.NaN) * 100);
      scores.push({
        page,
        performance: score('performance'),
        accessibility: score('accessibility'),
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
        failing: (categories.accessibility?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id),
      });
    }
    return scores;
  } finally {
    await chromium.stop();
  }
}
