/** The benchmark's arithmetic and reporting (scripts/bench/report.ts), without building anything. */
import { describe, expect, it } from 'vitest';
import { statusBytes } from '../../scripts/bench/build-metrics.ts';
import {
  medianOfRuns,
  resultSection,
  searchTermsFrom,
  SECTION_END,
  SECTION_START,
  spliceSection,
  targetRows,
  throttledRows,
  throttledTargetRow,
  throttledWallTable,
  type BenchResult,
  type SizeResult,
  type ThrottledWallRow,
} from '../../scripts/bench/report.ts';

const MB = 1024 * 1024;

function sizeResult(label: string, buildSeconds: number, overrides: Partial<SizeResult> = {}) {
  const result: SizeResult = {
    label,
    items: Number(label),
    counts: { personas: 1, stories: 1, quotes: 1 },
    build: { seconds: buildSeconds, peakTreeBytes: 1000 * MB, peakProcessBytes: 800 * MB },
    site: {
      bytes: 10 * MB,
      files: 100,
      htmlPages: 1000,
      searchIndexBytes: MB,
      displayHtmlBytes: 6_000,
      displayDataBytes: 100_000,
      displayDataGzipBytes: 10_000,
      quotesHtmlBytes: 40_000,
      largestHtml: { page: '/quotes/index.html', bytes: 50_000 },
    },
    browser: {
      displayFirstSlideMs: 300,
      displayShownMs: 320,
      lcpMs: { home: 200, story: 200, stories: 300, quotes: 300 },
      quotesDomReadyMs: 250,
      quotesFirstFilterMs: 200,
      jsGzipBytes: { display: 40_000, home: 500, story: 500 },
      search: { coldMs: 150, warmMedianMs: 10, coldBytes: 200_000 },
    },
  };
  return { ...result, ...overrides };
}

const bench = (sizes: SizeResult[]): BenchResult => ({
  command: 'npm run bench',
  date: '2026-01-01 10:00 UTC',
  machine: {
    cores: 2,
    cpu: 'Test CPU',
    memoryBytes: 24 * 1024 * MB,
    node: 'v24.0.0',
    chromium: '150.0',
    os: 'Linux',
    load: [0.5, 0.7],
  },
  runs: 1,
  sizes,
  lighthouse: [{ page: '/', performance: 97, accessibility: 100, lcpMs: 400, failing: [] }],
  totalSeconds: 300,
});

describe('medianOfRuns', () => {
  it('takes the median of every number and keeps the rest from the first run', () => {
    const runs = [
      { label: 'a', build: { seconds: 3 }, list: [1] },
      { label: 'b', build: { seconds: 1 }, list: [2] },
      { label: 'c', build: { seconds: 2 }, list: [3] },
    ];
    expect(medianOfRuns(runs)).toEqual({ label: 'a', build: { seconds: 2 }, list: [1] });
    expect(medianOfRuns([4, 1, 3, 2])).toBe(2.5);
    expect(medianOfRuns([{ n: 5 }])).toEqual({ n: 5 });
  });
});

describe('searchTermsFrom', () => {
  it('picks distinct words of five letters or more that occur in the text', () => {
    const text = 'refund refund refund delivery delivery parcel the and it pension mortgage';
    const terms = searchTermsFrom([text], 3);
    expect(terms).toHaveLength(3);
    expect(new Set(terms).size).toBe(3);
    for (const term of terms) expect(text).toContain(term);
    expect(terms[0]).toBe('refund');
  });
});

describe('targetRows', () => {
  it('passes and misses each target against the numbers of issue 7', () => {
    const rows = targetRows(
      bench([
        sizeResult('500', 10),
        sizeResult('5000', 120, {
          browser: {
            ...sizeResult('x', 1).browser,
            search: { coldMs: 500, warmMedianMs: 50, coldBytes: 0 },
          },
        }),
      ]),
    );
    const verdict = (start: string) => rows.find((row) => row.target.startsWith(start))?.verdict;
    expect(verdict('5,000 items built')).toBe('miss');
    expect(verdict('Linear')).toBe('miss');
    expect(verdict('Build memory')).toBe('pass');
    expect(verdict('Search: later')).toBe('pass');
    expect(verdict('Search: first')).toBe('miss');
    expect(verdict('Display: first slide')).toBe('pass');
    expect(verdict('Lighthouse `/`')).toBe('miss');
  });

  it('says "not measured" for sizes that were not run', () => {
    const rows = targetRows(bench([sizeResult('100', 5)]));
    expect(rows.find((row) => row.target.startsWith('Linear'))?.verdict).toBe('not measured');
    expect(rows.find((row) => row.target.startsWith('5,000'))?.measured).toBe('—');
  });
});

const throttled = (firstSlideMs: number) => ({
  cpuThrottling: 4,
  rotations: 100,
  firstSlideMs,
  heapStartBytes: 12.5 * MB,
  heapBytes: 14.25 * MB,
});

describe('the throttled wall', () => {
  it('tables the sizes that were throttled, with the heap after the rotations', () => {
    const rows = throttledRows([
      sizeResult('500', 10),
      sizeResult('1000', 20, { throttledWall: throttled(1234.4) }),
      sizeResult('5000', 40, { throttledWall: throttled(2345.6) }),
    ]);
    expect(rows.map((row) => row.label)).toEqual(['1000', '5000']);
    const lines = throttledWallTable(rows).split('\n');
    expect(lines[0]).toBe(
      '| Items | CPU throttling | First slide painted | JS heap at the first slide | JS heap after the rotations (→) |',
    );
    expect(lines[2]).toBe('| 1000 | 4× | 1,234 ms | 12.5 MB | 14.3 MB (100) |');
    expect(lines).toHaveLength(4);
    expect(throttledWallTable([])).toMatch(/^Not measured/);
  });

  it('passes the Pi-class target at 2 s or less at 5,000 items, and says when it was not run', () => {
    const at = (ms: number): ThrottledWallRow[] => [{ label: '5000', wall: throttled(ms) }];
    expect(throttledTargetRow(at(2000))).toMatchObject({ measured: '2,000 ms', verdict: 'pass' });
    expect(throttledTargetRow(at(2001)).verdict).toBe('miss');
    expect(throttledTargetRow(at(2001)).target).toContain('4× CPU throttling');
    expect(throttledTargetRow(at(Number.NaN))).toMatchObject({
      measured: '—',
      verdict: 'not measured',
    });
    expect(throttledTargetRow([{ label: '1000', wall: throttled(500) }]).verdict).toBe(
      'not measured',
    );
    const rows = targetRows(bench([sizeResult('5000', 40, { throttledWall: throttled(2500) })]));
    expect(rows.find((row) => row.target.startsWith('Pi-class'))?.verdict).toBe('miss');
  });
});

describe('docs/benchmarks.md', () => {
  it('replaces only the generated section and keeps the notes around it', () => {
    const section = resultSection(bench([sizeResult('100', 5)]));
    expect(section.startsWith(SECTION_START)).toBe(true);
    expect(section.endsWith(SECTION_END)).toBe(true);
    expect(section).toContain('2 cores (Test CPU)');
    expect(section).toContain('### The wall on a Pi-class screen');
    const first = spliceSection('# Benchmarks\n\nNotes before.\n', section);
    expect(first).toContain('Notes before.');
    const edited = `${first}\n## Notes after\n`;
    const again = spliceSection(edited, resultSection(bench([sizeResult('100', 6)])));
    expect(again).toContain('Notes before.');
    expect(again).toContain('## Notes after');
    expect(again.split(SECTION_START)).toHaveLength(2);
    expect(again).toContain('6.0 s');
  });
});

describe('statusBytes', () => {
  it('reads a memory field of /proc/<pid>/status in bytes', () => {
    const status = 'Name:\tnode\nVmHWM:\t  123456 kB\nVmRSS:\t   65432 kB\n';
    expect(statusBytes(status, 'VmHWM')).toBe(123456 * 1024);
    expect(statusBytes(status, 'VmRSS')).toBe(65432 * 1024);
    expect(statusBytes('', 'VmRSS')).toBe(0);
  });
});
