/**
 * `npm run bench`: for each size, a throw-away copy of the project with generated content (or the
 * sample content), built with the real build script while its time and memory are measured, then
 * served on loopback with the project's preview server and measured in the system Chromium.
 * Lighthouse runs on the sample-content build, and the wall is measured again with the CPU
 * throttled at THROTTLED_SIZES. The tables go to the terminal and into docs/benchmarks.md's
 * generated section. `runThrottledWall` measures only the throttled wall (`--throttled-wall-only`).
 * scripts/bench.mjs is the command line.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { CHROMIUM_FLAGS, chromiumPath } from '../support/chromium.ts';
import { freePort, serveSite } from '../support/site-server.ts';
import { measureInBrowser, measureThrottledWall, WARM_QUERIES } from './browser-metrics.ts';
import { measureBuild, measureSite } from './build-metrics.ts';
import {
  countsFor,
  generateContent,
  writeContent,
  type ContentCounts,
} from './generate-content.ts';
import { runLighthouse } from './lighthouse.ts';
import {
  browserTable,
  buildTable,
  lighthouseTable,
  machineLine,
  medianOfRuns,
  resultSection,
  searchTermsFrom,
  spliceSection,
  targetRows,
  targetsTable,
  THROTTLED_SIZES,
  throttledRows,
  throttledTargetRow,
  throttledWallTable,
  type BenchResult,
  type Machine,
  type SizeResult,
  type ThrottledWallRow,
} from './report.ts';
import { benchWorkspace } from './workspace.ts';

export interface BenchOptions {
  /** "sample" and numbers of generated items. */
  sizes: string[];
  runs: number;
  lighthouse: boolean;
  seed: number;
  /** How the benchmark was started, for the record. */
  command: string;
  log: (line: string) => void;
}

export const DEFAULT_SIZES = ['sample', '100', '500', '1000', '5000'];

const LIGHTHOUSE_STORY = '/stories/five-seconds-of-silence/';

function contentTexts(contentRoot: string): string[] {
  return ['personas', 'quotes', 'stories'].flatMap((kind) => {
    const dir = path.join(contentRoot, kind);
    return readdirSync(dir)
      .filter((file) => file.endsWith('.md'))
      .map((file) => readFileSync(path.join(dir, file), 'utf8'));
  });
}

function sampleCounts(contentRoot: string): ContentCounts {
  const count = (kind: string) =>
    readdirSync(path.join(contentRoot, kind)).filter((file) => file.endsWith('.md')).length;
  return { personas: count('personas'), stories: count('stories'), quotes: count('quotes') };
}

interface Measured {
  size: SizeResult;
  lighthouse?: BenchResult['lighthouse'];
}

interface BuiltSite {
  url: string;
  contentRoot: string;
  storyUrl: string;
  counts: ContentCounts;
  items: number;
  build: SizeResult['build'];
  site: SizeResult['site'];
}

/**
 * Builds a throw-away copy of the project with the content of one size, serves it on loopback
 * while `use` measures it, then removes the copy.
 */
async function withBuiltSite<T>(
  label: string,
  options: BenchOptions,
  use: (built: BuiltSite) => Promise<T>,
): Promise<T> {
  const projectRoot = process.cwd();
  const sampleRoom = path.join(projectRoot, 'content');
  const copy = benchWorkspace(`bench-${label}`, sampleRoom, projectRoot);
  try {
    const contentRoot = path.join(copy.root, 'content');
    let counts: ContentCounts;
    let storyUrl: string;
    if (label === 'sample') {
      counts = sampleCounts(contentRoot);
      storyUrl = LIGHTHOUSE_STORY;
      if (!existsSync(path.join(contentRoot, 'stories', 'five-seconds-of-silence.md'))) {
        const [first] = readdirSync(path.join(contentRoot, 'stories')).sort();
        storyUrl = `/stories/${first?.replace(/\.md$/, '')}/`;
      }
    } else {
      const content = generateContent(Number(label), options.seed);
      writeContent(contentRoot, content, path.join(sampleRoom, 'personas'));
      counts = countsFor(Number(label));
      storyUrl = `/stories/${content.storySlugs[0]}/`;
    }
    const items = counts.personas + counts.stories + counts.quotes;
    const siteDir = path.join(copy.root, 'dist');
    options.log(`  ${label}: building ${items} items…`);
    const build = await measureBuild(copy.root, siteDir);
    const site = measureSite(siteDir);
    options.log(
      `  ${label}: built ${site.htmlPages} pages in ${build.seconds.toFixed(1)} s; measuring in Chromium…`,
    );
    const server = await serveSite(siteDir, await freePort());
    try {
      return await use({ url: server.url, contentRoot, storyUrl, counts, items, build, site });
    } finally {
      await server.stop();
    }
  } finally {
    copy.remove();
  }
}

async function measureSize(
  label: string,
  options: BenchOptions,
  browser: Browser,
  withLighthouse: boolean,
): Promise<Measured> {
  return withBuiltSite(label, options, async (built) => {
    const { url, storyUrl, counts, items, build, site } = built;
    const searchTerms = searchTermsFrom(contentTexts(built.contentRoot), WARM_QUERIES + 1);
    const measuredInBrowser = await measureInBrowser(browser, url, { storyUrl, searchTerms });
    const size: SizeResult = { label, items, counts, build, site, browser: measuredInBrowser };
    if (THROTTLED_SIZES.includes(label)) {
      options.log(`  ${label}: the wall with the CPU throttled…`);
      size.throttledWall = await measureThrottledWall(browser, url);
    }
    if (!withLighthouse) return { size };
    options.log(`  ${label}: Lighthouse on /, ${storyUrl} and /display/…`);
    try {
      return { size, lighthouse: await runLighthouse(url, ['/', storyUrl, '/display/']) };
    } catch (error) {
      return {
        size,
        lighthouse: { error: error instanceof Error ? error.message : String(error) },
      };
    }
  });
}

const launch = () =>
  chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });

function machine(browser: Browser, loadAtStart: number): Machine {
  return {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryBytes: os.totalmem(),
    node: process.version,
    chromium: browser.version(),
    os: `${os.type()} ${os.release()}`,
    load: [loadAtStart, os.loadavg()[0] ?? Number.NaN],
  };
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const began = performance.now();
  const loadAtStart = os.loadavg()[0] ?? Number.NaN;
  const browser = await launch();
  const runs: SizeResult[][] = [];
  let lighthouse: BenchResult['lighthouse'];
  try {
    for (let run = 1; run <= options.runs; run++) {
      options.log(`Run ${run} of ${options.runs}`);
      const sizes: SizeResult[] = [];
      for (const label of options.sizes) {
        // Lighthouse once, on the sample content (else on the smallest size), in the first run.
        const lighthouseHere =
          options.lighthouse &&
          run === 1 &&
          label === (options.sizes.includes('sample') ? 'sample' : options.sizes[0]);
        const measured = await measureSize(label, options, browser, lighthouseHere);
        sizes.push(measured.size);
        if (measured.lighthouse) lighthouse = measured.lighthouse;
      }
      runs.push(sizes);
    }
    const sizes = options.sizes.map((_, index) =>
      medianOfRuns(runs.map((run) => run[index] as SizeResult)),
    );
    return {
      command: options.command,
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      machine: machine(browser, loadAtStart),
      runs: options.runs,
      sizes,
      lighthouse,
      totalSeconds: (performance.now() - began) / 1000,
    };
  } finally {
    await browser.close();
  }
}

export interface ThrottledWallResult {
  command: string;
  date: string;
  machine: Machine;
  runs: number;
  rows: ThrottledWallRow[];
  totalSeconds: number;
}

/**
 * `--throttled-wall-only`: builds each size and measures only the wall with the CPU throttled
 * (its first slide and its heap after the rotations), the median of `runs` runs.
 */
export async function runThrottledWall(options: BenchOptions): Promise<ThrottledWallResult> {
  const began = performance.now();
  const loadAtStart = os.loadavg()[0] ?? Number.NaN;
  const browser = await launch();
  try {
    const runs: ThrottledWallRow[][] = [];
    for (let run = 1; run <= options.runs; run++) {
      options.log(`Run ${run} of ${options.runs}`);
      const rows: ThrottledWallRow[] = [];
      for (const label of options.sizes) {
        rows.push(
          await withBuiltSite(label, options, async ({ url }) => ({
            label,
            wall: await measureThrottledWall(browser, url),
          })),
        );
      }
      runs.push(rows);
    }
    return {
      command: options.command,
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      machine: machine(browser, loadAtStart),
      runs: options.runs,
      rows: options.sizes.map((_, index) =>
        medianOfRuns(runs.map((run) => run[index] as ThrottledWallRow)),
      ),
      totalSeconds: (performance.now() - began) / 1000,
    };
  } finally {
    await browser.close();
  }
}

/** `--throttled-wall-only`'s table and target as the terminal shows them. */
export function printableThrottledWall(result: ThrottledWallResult): string {
  return [
    `${result.date}: ${machineLine(result.machine)}`,
    `\`${result.command}\`: ${result.runs === 1 ? 'one run' : `the median of ${result.runs} runs`}`,
    '',
    'The wall on a Pi-class screen',
    throttledWallTable(result.rows),
    '',
    targetsTable([throttledTargetRow(result.rows)]),
    '',
    `Total: ${(result.totalSeconds / 60).toFixed(1)} minutes`,
  ].join('\n');
}

/** The tables as the terminal shows them. */
export function printable(result: BenchResult): string {
  return [
    'Targets',
    targetsTable(targetRows(result)),
    '',
    'Build',
    buildTable(result.sizes),
    '',
    'In Chromium',
    browserTable(result.sizes),
    '',
    'The wall on a Pi-class screen',
    throttledWallTable(throttledRows(result.sizes)),
    '',
    'Lighthouse',
    lighthouseTable(result.lighthouse),
    '',
    `Total: ${(result.totalSeconds / 60).toFixed(1)} minutes`,
  ].join('\n');
}

/** Writes the results into `doc`'s generated section, formatted as `npm run check` expects. */
export async function writeDoc(doc: string, result: BenchResult): Promise<void> {
  const existing = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Benchmarks\n';
  const text = spliceSection(existing, resultSection(result));
  const config = (await resolveConfig(doc)) ?? {};
  writeFileSync(doc, await format(text, { ...config, filepath: doc }));
}
