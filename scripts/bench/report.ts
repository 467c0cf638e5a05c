/**
 * The benchmark's numbers as people read them: medians over runs, the tables, the targets of
 * issue 7 with pass or miss, and docs/benchmarks.md's generated section. Pure functions only:
 * tests/unit/bench-report.test.ts checks them without building anything.
 */
import type { BrowserMetrics, ThrottledWallMetrics } from './browser-metrics.ts';
import type { BuildMetrics, SiteMetrics } from './build-metrics.ts';
import type { ContentCounts } from './generate-content.ts';
import type { LighthouseScores } from './lighthouse.ts';

export interface SizeResult {
  /** "sample" for the project's own content, else the number of generated items. */
  label: string;
  items: number;
  counts: ContentCounts;
  build: BuildMetrics;
  site: SiteMetrics;
  browser: BrowserMetrics;
  /** The wall with the CPU throttled (THROTTLED_SIZES only). */
  throttledWall?: ThrottledWallMetrics;
}

/** The sizes at which the wall is also measured with the CPU throttled, as on a Pi-class screen. */
export const THROTTLED_SIZES = ['1000', '5000'];

/** One size's throttled wall, as `--throttled-wall-only` measures it without the rest. */
export interface ThrottledWallRow {
  label: string;
  wall: ThrottledWallMetrics;
}

export interface Machine {
  cores: number;
  cpu: string;
  memoryBytes: number;
  node: string;
  chromium: string;
  os: string;
  /** The 1-minute load average when the run started and ended: other work skews the timings. */
  load: [number, number];
}

export interface BenchResult {
  /** How the benchmark was started, e.g. `npm run bench -- --runs 3`. */
  command: string;
  date: string;
  machine: Machine;
  runs: number;
  sizes: SizeResult[];
  lighthouse: LighthouseScores[] | { error: string } | undefined;
  totalSeconds: number;
}

/** The median of each number across runs of the same shape; other values from the first run. */
export function medianOfRuns<T>(runs: readonly T[]): T {
  const [first] = runs;
  if (runs.length <= 1 || first === undefined) return first as T;
  if (typeof first === 'number') {
    const sorted = (runs as readonly number[])
      .filter((n) => !Number.isNaN(n))
      .sort((a, b) => a - b);
    if (sorted.length === 0) return Number.NaN as T;
    const middle = Math.floor(sorted.length / 2);
    const value =
      sorted.length % 2
        ? sorted[middle]
        : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
    return value as T;
  }
  if (typeof first === 'object' && first !== null && !Array.isArray(first)) {
    const merged: Record<string, unknown> = {};
    for (const key of Object.keys(first)) {
      merged[key] = medianOfRuns(runs.map((run) => (run as Record<string, unknown>)[key]));
    }
    return merged as T;
  }
  return first;
}

const STOPWORDS = new Set(
  'about after again because before being could every first their there these thing those through under until where which while would should really things right still other'.split(
    ' ',
  ),
);

/**
 * Words to search for: words of five letters or more that occur in the content, spread over
 * the frequency ranking (common and rarer ones), in a fixed order for a given text.
 */
export function searchTermsFrom(texts: readonly string[], count: number): string[] {
  const frequency = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/[a-z]{5,}/g) ?? []) {
      if (!STOPWORDS.has(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }
  const ranked = [...frequency]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([word]) => word)
    .slice(0, count * 4);
  const step = Math.max(1, Math.floor(ranked.length / count));
  const terms: string[] = [];
  for (let i = 0; i < ranked.length && terms.length < count; i += step) {
    terms.push(ranked[i] as string);
  }
  return terms;
}

const KB = 1024;
const MB = 1024 * 1024;
const GB = 1024 * MB;

const fixed = (value: number, digits: number) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-GB', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })
    : '—';
const ms = (value: number) => `${fixed(value, 0)} ms`;
const kb = (bytes: number) => `${fixed(bytes / KB, 1)} kB`;
const mb = (bytes: number) => `${fixed(bytes / MB, 1)} MB`;
const size = (bytes: number) => (bytes >= MB ? mb(bytes) : kb(bytes));

/** Seconds per 1,000 built pages. */
export const secondsPerThousand = (result: SizeResult) =>
  (result.build.seconds / result.site.htmlPages) * 1000;

function table(header: string[], rows: string[][]): string {
  const lines = [header, header.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export function buildTable(sizes: readonly SizeResult[]): string {
  return table(
    [
      'Items',
      'Personas · stories · quotes',
      'Pages',
      'Build',
      's / 1,000 pages',
      'Peak RSS (all processes)',
      'Largest process',
      '`dist/`',
      'Files',
      'Search index',
      '`/display/` page · index (gzip)',
      '`/quotes/` HTML',
      'Largest page',
    ],
    sizes.map((result) => [
      result.label,
      `${result.counts.personas} · ${result.counts.stories} · ${result.counts.quotes}`,
      fixed(result.site.htmlPages, 0),
      `${fixed(result.build.seconds, 1)} s`,
      `${fixed(secondsPerThousand(result), 1)} s`,
      mb(result.build.peakTreeBytes),
      mb(result.build.peakProcessBytes),
      mb(result.site.bytes),
      fixed(result.site.files, 0),
      size(result.site.searchIndexBytes),
      `${size(result.site.displayHtmlBytes)} · ${size(result.site.displayDataBytes)} (${size(result.site.displayDataGzipBytes)})`,
      size(result.site.quotesHtmlBytes),
      `${result.site.largestHtml.page} ${size(result.site.largestHtml.bytes)}`,
    ]),
  );
}

export function browserTable(sizes: readonly SizeResult[]): string {
  return table(
    [
      'Items',
      'First slide painted',
      'First slide shown',
      'LCP `/`',
      'LCP story',
      'LCP `/stories/`',
      'LCP `/quotes/`',
      '`/quotes/` DOM ready',
      '`/quotes/` first filter',
      'JS `/display/`',
      'JS `/`',
      'JS story',
      'Search: first query',
      'Search: later (median of 20)',
      'First query fetched',
    ],
    sizes.map(({ label, browser }) => [
      label,
      ms(browser.displayFirstSlideMs),
      ms(browser.displayShownMs),
      ms(browser.lcpMs.home),
      ms(browser.lcpMs.story),
      ms(browser.lcpMs.stories),
      ms(browser.lcpMs.quotes),
      ms(browser.quotesDomReadyMs),
      ms(browser.quotesFirstFilterMs),
      kb(browser.jsGzipBytes.display),
      kb(browser.jsGzipBytes.home),
      kb(browser.jsGzipBytes.story),
      ms(browser.search.coldMs),
      ms(browser.search.warmMedianMs),
      kb(browser.search.coldBytes),
    ]),
  );
}

/** The throttled wall of each size that has one. */
export function throttledRows(sizes: readonly SizeResult[]): ThrottledWallRow[] {
  return sizes.flatMap(({ label, throttledWall }) =>
    throttledWall ? [{ label, wall: throttledWall }] : [],
  );
}

export function throttledWallTable(rows: readonly ThrottledWallRow[]): string {
  if (rows.length === 0) {
    return `Not measured (the wall is throttled at ${THROTTLED_SIZES.join(' and ')} items only).`;
  }
  return table(
    [
      'Items',
      'CPU throttling',
      'First slide painted',
      'JS heap at the first slide',
      'JS heap after the rotations (→)',
    ],
    rows.map(({ label, wall }) => [
      label,
      `${wall.cpuThrottling}×`,
      ms(wall.firstSlideMs),
      mb(wall.heapStartBytes),
      `${mb(wall.heapBytes)} (${wall.rotations})`,
    ]),
  );
}

export function lighthouseTable(scores: BenchResult['lighthouse']): string {
  if (!scores) return 'Lighthouse was not run (`--no-lighthouse`).';
  if ('error' in scores) return `Lighthouse could not run: ${scores.error}`;
  return table(
    ['Page', 'Performance', 'Accessibility', 'LCP (simulated)', 'Accessibility audits failed'],
    scores.map((score) => [
      `\`${score.page}\``,
      String(score.performance),
      String(score.accessibility),
      ms(score.lcpMs),
      score.failing.join(', ') || 'none',
    ]),
  );
}

export type Verdict = 'pass' | 'miss' | 'not measured';

export interface TargetRow {
  target: string;
  measured: string;
  verdict: Verdict;
}

const verdict = (ok: boolean | undefined): Verdict =>
  ok === undefined ? 'not measured' : ok ? 'pass' : 'miss';

/** The Pi-class target: the first slide within 2 s at 5,000 items with the CPU throttled. */
export function throttledTargetRow(rows: readonly ThrottledWallRow[]): TargetRow {
  const wall = rows.find((row) => row.label === '5000')?.wall;
  const big = wall?.firstSlideMs;
  const measured = big === undefined || Number.isNaN(big) ? undefined : ms(big);
  return {
    target: `Pi-class wall: first slide painted within 2 s at 5,000 items (${wall?.cpuThrottling ?? 4}× CPU throttling)`,
    measured: measured ?? '—',
    verdict: measured === undefined ? 'not measured' : verdict(big !== undefined && big <= 2000),
  };
}

/** Each target of issue 7 (and the Pi-class one of issue 11) with what was measured. */
export function targetRows(result: Pick<BenchResult, 'sizes' | 'lighthouse'>): TargetRow[] {
  const at = (label: string) => result.sizes.find((size) => size.label === label);
  const big = at('5000');
  const half = at('500');
  const rows: TargetRow[] = [];
  const add = (target: string, measured: string | undefined, ok: boolean | undefined) =>
    rows.push({
      target,
      measured: measured ?? '—',
      verdict: measured ? verdict(ok) : 'not measured',
    });

  add(
    '5,000 items built in at most 60 s (2 cores)',
    big && `${fixed(big.build.seconds, 1)} s`,
    big && big.build.seconds <= 60,
  );
  const ratio = big && half ? big.build.seconds / half.build.seconds : undefined;
  add(
    'Linear: the 5,000-item build at most 11× the 500-item build',
    ratio === undefined ? undefined : `${fixed(ratio, 2)}×`,
    ratio === undefined ? undefined : ratio <= 11,
  );
  add(
    'Build memory under 1.5 GB at 5,000 items (all build processes together)',
    big && `${mb(big.build.peakTreeBytes)} (largest process ${mb(big.build.peakProcessBytes)})`,
    big && big.build.peakTreeBytes < 1.5 * GB,
  );
  add(
    'Search: later queries at most 100 ms median at 5,000 items',
    big && ms(big.browser.search.warmMedianMs),
    big && big.browser.search.warmMedianMs <= 100,
  );
  add(
    'Search: first query at most 400 ms at 5,000 items',
    big && ms(big.browser.search.coldMs),
    big && big.browser.search.coldMs <= 400,
  );
  const worst = (pick: (size: SizeResult) => number) =>
    result.sizes.length > 0 ? Math.max(...result.sizes.map(pick)) : undefined;
  const slide = worst((size) => size.browser.displayFirstSlideMs);
  add(
    'Display: first slide painted within 1 s on loopback (every size)',
    slide === undefined ? undefined : `${ms(slide)} at worst`,
    slide === undefined ? undefined : slide <= 1000,
  );
  rows.push(throttledTargetRow(throttledRows(result.sizes)));
  const browse = worst((size) => Math.max(size.browser.lcpMs.home, size.browser.lcpMs.story));
  add(
    'Browse pages (`/`, a story) painted within 0.8 s (LCP, every size)',
    browse === undefined ? undefined : `${ms(browse)} at worst`,
    browse === undefined ? undefined : browse <= 800,
  );
  const lists = worst((size) => Math.max(size.browser.lcpMs.stories, size.browser.lcpMs.quotes));
  const parsed = worst((size) => size.browser.quotesDomReadyMs);
  add(
    'Browse lists `/stories/`, `/quotes/` painted within 0.8 s (LCP, every size)',
    lists === undefined
      ? undefined
      : `${ms(lists)} at worst (\`/quotes/\` DOM ready: ${ms(parsed ?? Number.NaN)})`,
    lists === undefined ? undefined : lists <= 800,
  );
  const displayJs = worst((size) => size.browser.jsGzipBytes.display);
  add(
    '`/display/` at most 60 kB gzipped JavaScript (also asserted in `npm test`)',
    displayJs === undefined ? undefined : `${kb(displayJs)} at most`,
    displayJs === undefined ? undefined : displayJs <= 60 * KB,
  );
  const browseJs = worst((size) =>
    Math.max(size.browser.jsGzipBytes.home, size.browser.jsGzipBytes.story),
  );
  add(
    'Browse pages at most 30 kB gzipped JavaScript before search (also asserted in `npm test`)',
    browseJs === undefined ? undefined : `${kb(browseJs)} at most`,
    browseJs === undefined ? undefined : browseJs <= 30 * KB,
  );
  const scores =
    result.lighthouse && !('error' in result.lighthouse) ? result.lighthouse : undefined;
  for (const score of scores ?? []) {
    add(
      `Lighthouse \`${score.page}\`: performance ≥ 98, accessibility 100 (desktop)`,
      `${score.performance} / ${score.accessibility}`,
      score.performance >= 98 && score.accessibility === 100,
    );
  }
  if (!scores)
    add('Lighthouse: performance ≥ 98, accessibility 100 (desktop)', undefined, undefined);
  return rows;
}

export function targetsTable(rows: readonly TargetRow[]): string {
  return table(
    ['Target', 'Measured', ''],
    rows.map((row) => [
      row.target,
      row.measured,
      row.verdict === 'pass' ? '✅ pass' : row.verdict === 'miss' ? '❌ miss' : row.verdict,
    ]),
  );
}

export function machineLine(machine: Machine): string {
  return [
    `${machine.cores} cores (${machine.cpu})`,
    `${fixed(machine.memoryBytes / GB, 1)} GB memory`,
    machine.os,
    `load average ${fixed(machine.load[0], 1)} at the start, ${fixed(machine.load[1], 1)} at the end`,
    `Node ${machine.node}`,
    `Chromium ${machine.chromium}`,
  ].join(' · ');
}

export const SECTION_START =
  '<!-- bench:start (written by `npm run bench`; edit outside these markers) -->';
export const SECTION_END = '<!-- bench:end -->';

/** The generated part of docs/benchmarks.md. */
export function resultSection(result: BenchResult): string {
  return [
    SECTION_START,
    '',
    `Run on ${result.date}: ${machineLine(result.machine)}.`,
    `\`${result.command}\`: ${result.runs === 1 ? 'one run' : `the median of ${result.runs} runs (Lighthouse in the first)`}; the whole benchmark took ${fixed(result.totalSeconds / 60, 1)} minutes.`,
    '',
    '### Targets',
    '',
    targetsTable(targetRows(result)),
    '',
    '### Build',
    '',
    buildTable(result.sizes),
    '',
    '### In Chromium (loopback, empty cache; paint times are the median of 5 loads)',
    '',
    browserTable(result.sizes),
    '',
    '### The wall on a Pi-class screen (CPU throttled; first slide the median of 5 loads)',
    '',
    throttledWallTable(throttledRows(result.sizes)),
    '',
    '### Lighthouse (sample content, desktop preset)',
    '',
    lighthouseTable(result.lighthouse),
    '',
    SECTION_END,
  ].join('\n');
}

/** Replaces the generated section of a document (or appends one), keeping everything else. */
export function spliceSection(document: string, section: string): string {
  const start = document.indexOf(SECTION_START);
  const end = document.indexOf(SECTION_END);
  if (start === -1 || end === -1 || end < start) {
    return `${document.trimEnd()}\n\n${section}\n`;
  }
  return `${document.slice(0, start)}${section}${document.slice(end + SECTION_END.length)}`;
}
