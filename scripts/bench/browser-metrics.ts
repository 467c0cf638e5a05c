/**
 * What a screen or a desk sees of one benchmark build, measured in the system Chromium on
 * loopback: when the wall's first slide is painted, when browse pages paint their largest
 * content, how much JavaScript pages ship, and how fast Pagefind answers; and the wall on a
 * Pi-class screen (the CPU slowed down CPU_THROTTLING times): its first slide, and its heap after
 * WALL_ROTATIONS rotations.
 *
 * Every page load gets a new browser context (an empty cache, no service worker), as on a
 * screen's first visit. Paint times are the median of PAINT_SAMPLES loads.
 */
import type { Browser, Page, Response } from 'playwright-core';
import { scriptBytesOnLoad } from '../support/script-bytes.ts';
import { rotateByKey, sampleWall } from '../support/soak.ts';

export const PAINT_SAMPLES = 5;
export const WARM_QUERIES = 20;
/** How many times slower than this machine's the CPU of a Pi-class screen is taken to be. */
export const CPU_THROTTLING = 4;
/** Rotations (→) before the throttled wall's heap is read. */
export const WALL_ROTATIONS = 100;

export interface BrowserMetrics {
  /** Navigation start to the first frame painted after `.swiper-slide-active article` exists. */
  displayFirstSlideMs: number;
  /** Navigation start to the frame after the first slide is fitted and shown (`data-shown`). */
  displayShownMs: number;
  /** Largest contentful paint of browse pages: home, a story, the two longest lists. */
  lcpMs: { home: number; story: number; stories: number; quotes: number };
  /** DOMContentLoaded of the longest list, /quotes/: when its whole HTML has been parsed. */
  quotesDomReadyMs: number;
  /**
   * The first filter chosen on /quotes/, to the frame painted with the matches: a list in pages
   * first fetches the page with every quote (median of PAINT_SAMPLES, each in a new context).
   */
  quotesFirstFilterMs: number;
  /** Gzipped JavaScript each page runs on load (files and inline scripts). */
  jsGzipBytes: { display: number; home: number; story: number };
  search: {
    /**
     * Loading Pagefind, the first search and its first result's data, with nothing cached
     * (median of PAINT_SAMPLES).
     */
    coldMs: number;
    /** The median of WARM_QUERIES later searches (each with its first result's data). */
    warmMedianMs: number;
    /** Bytes Pagefind fetched for the first search. */
    coldBytes: number;
  };
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/**
 * Installed before any script of the page runs: watches for the first slide and for the slide
 * being shown, and records the time of the frame after each (two animation frames: the first
 * runs before the frame is painted, the second once it has been).
 */
const WATCH_SLIDE = () => {
  const marks: Record<string, number> = {};
  (window as unknown as { __bench: Record<string, number> }).__bench = marks;
  const afterPaint = (name: string) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        marks[name] = performance.now();
      }),
    );
  const check = () => {
    if (marks.slideSeen === undefined && document.querySelector('.swiper-slide-active article')) {
      marks.slideSeen = performance.now();
      afterPaint('slidePainted');
    }
    const shown = Number(document.querySelector('.wall')?.getAttribute('data-shown') ?? 0);
    if (marks.shownSeen === undefined && shown > 0) {
      marks.shownSeen = performance.now();
      afterPaint('shownPainted');
    }
    if (marks.slideSeen !== undefined && marks.shownSeen !== undefined) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
};

async function withPage<T>(
  browser: Browser,
  baseUrl: string,
  viewport: { width: number; height: number },
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport });
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

const WALL = { width: 1920, height: 1080 };
const DESK = { width: 1366, height: 768 };

/** Slows the page's CPU down `rate` times (1: not at all), as DevTools' performance panel does. */
async function throttleCpu(page: Page, rate: number) {
  if (rate === 1) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

async function displayPaint(browser: Browser, baseUrl: string, cpuThrottling = 1) {
  return withPage(browser, baseUrl, WALL, async (page) => {
    await throttleCpu(page, cpuThrottling);
    await page.addInitScript(WATCH_SLIDE);
    await page.goto('/display/?screen=bench');
    await page.waitForFunction(
      () => {
        const marks = (window as unknown as { __bench?: Record<string, number> }).__bench;
        return marks?.slidePainted !== undefined && marks.shownPainted !== undefined;
      },
      undefined,
      { timeout: 30_000 * cpuThrottling },
    );
    return page.evaluate(
      () => (window as unknown as { __bench: Record<string, number> }).__bench,
    ) as Promise<Record<string, number>>;
  });
}

/** Largest contentful paint (the last candidate once the page has loaded) and DOM ready. */
async function browsePaint(browser: Browser, baseUrl: string, url: string) {
  return withPage(browser, baseUrl, DESK, async (page) => {
    await page.goto(url, { waitUntil: 'load' });
    return page.evaluate(
      () =>
        new Promise<{ lcp: number; domReady: number }>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            const [navigation] = performance.getEntriesByType('navigation');
            resolve({
              lcp: entries[entries.length - 1]?.startTime ?? Number.NaN,
              domReady:
                (navigation as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ??
                Number.NaN,
            });
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
  });
}

/** Chooses the first topic on /quotes/ once its filters are ready; ms until the matches are painted. */
async function firstFilter(browser: Browser, baseUrl: string) {
  return withPage(browser, baseUrl, DESK, async (page) => {
    await page.goto('/quotes/', { waitUntil: 'load' });
    await page.locator('astro-island:not([ssr]) form.filters').waitFor();
    return page.evaluate(async () => {
      const select = document.getElementById('quote-wall-tag') as HTMLSelectElement;
      const status = document.querySelector('.status [role="status"]');
      const began = performance.now();
      select.value = select.options[1]?.value ?? '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise<void>((resolve) => {
        const check = () =>
          /^Showing \d+ of/.test(status?.textContent ?? '')
            ? requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
            : requestAnimationFrame(check);
        check();
      });
      return performance.now() - began;
    });
  });
}

/** Gzipped bytes of every script a page runs on load, as tests/e2e/budgets.test.ts counts them. */
function scriptBytes(browser: Browser, baseUrl: string, url: string) {
  return withPage(browser, baseUrl, DESK, (page) => scriptBytesOnLoad(page, url));
}

interface PagefindApi {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<unknown> }[] } | null>;
}

/**
 * Times Pagefind's own API in a page: the first search with nothing loaded (importing
 * /pagefind/pagefind.js, init, the search and its first result's data), then `later` searches.
 */
async function searchSession(
  browser: Browser,
  baseUrl: string,
  first: string,
  later: readonly string[],
) {
  return withPage(browser, baseUrl, DESK, async (page) => {
    await page.goto('/', { waitUntil: 'networkidle' });
    const fetched: Promise<number>[] = [];
    const count = (response: Response) => {
      if (response.url().includes('/pagefind/')) {
        fetched.push(
          response.body().then(
            (body) => body.length,
            () => 0,
          ),
        );
      }
    };
    page.on('response', count);
    const coldMs = await page.evaluate(async (term) => {
      const began = performance.now();
      const url = '/pagefind/pagefind.js';
      const pagefind = (await import(url)) as PagefindApi;
      await pagefind.options({ excerptLength: 26 });
      await pagefind.init();
      const answer = await pagefind.search(term);
      await answer?.results[0]?.data();
      (window as unknown as { __pagefind: PagefindApi }).__pagefind = pagefind;
      return performance.now() - began;
    }, first);
    await page.waitForLoadState('networkidle');
    page.off('response', count);
    const coldBytes = (await Promise.all(fetched)).reduce((sum, bytes) => sum + bytes, 0);
    const warm = await page.evaluate(async (words) => {
      const pagefind = (window as unknown as { __pagefind: PagefindApi }).__pagefind;
      const times: number[] = [];
      for (const term of words) {
        const began = performance.now();
        const answer = await pagefind.search(term);
        await answer?.results[0]?.data();
        times.push(performance.now() - began);
      }
      return times;
    }, later);
    return { coldMs, coldBytes, warm };
  });
}

/** The first search (median of PAINT_SAMPLES, each in a new context), then WARM_QUERIES more. */
async function searchTimings(browser: Browser, baseUrl: string, terms: readonly string[]) {
  const [first = 'refund', ...rest] = terms.slice(0, WARM_QUERIES + 1);
  const sessions = [await searchSession(browser, baseUrl, first, rest)];
  while (sessions.length < PAINT_SAMPLES) {
    sessions.push(await searchSession(browser, baseUrl, first, []));
  }
  return {
    coldMs: median(sessions.map((session) => session.coldMs)),
    warmMedianMs: median(sessions[0]?.warm ?? []),
    coldBytes: median(sessions.map((session) => session.coldBytes)),
  };
}

export async function measureInBrowser(
  browser: Browser,
  baseUrl: string,
  options: { storyUrl: string; searchTerms: readonly string[] },
): Promise<BrowserMetrics> {
  const slide: number[] = [];
  const shown: number[] = [];
  const pages = { home: '/', story: options.storyUrl, stories: '/stories/', quotes: '/quotes/' };
  const lcp = {
    home: [] as number[],
    story: [] as number[],
    stories: [] as number[],
    quotes: [] as number[],
  };
  const quotesDomReady: number[] = [];
  const quotesFilter: number[] = [];
  for (let sample = 0; sample < PAINT_SAMPLES; sample++) {
    const marks = await displayPaint(browser, baseUrl);
    slide.push(marks.slidePainted ?? Number.NaN);
    shown.push(marks.shownPainted ?? Number.NaN);
    for (const [name, url] of Object.entries(pages) as [keyof typeof pages, string][]) {
      const paint = await browsePaint(browser, baseUrl, url);
      lcp[name].push(paint.lcp);
      if (name === 'quotes') quotesDomReady.push(paint.domReady);
    }
    quotesFilter.push(await firstFilter(browser, baseUrl));
  }
  return {
    displayFirstSlideMs: median(slide),
    displayShownMs: median(shown),
    lcpMs: {
      home: median(lcp.home),
      story: median(lcp.story),
      stories: median(lcp.stories),
      quotes: median(lcp.quotes),
    },
    quotesDomReadyMs: median(quotesDomReady),
    quotesFirstFilterMs: median(quotesFilter),
    jsGzipBytes: {
      display: await scriptBytes(browser, baseUrl, '/display/'),
      home: await scriptBytes(browser, baseUrl, '/'),
      story: await scriptBytes(browser, baseUrl, options.storyUrl),
    },
    search: await searchTimings(browser, baseUrl, options.searchTerms),
  };
}

export interface ThrottledWallMetrics {
  /** How many times the CPU was slowed down (CPU_THROTTLING). */
  cpuThrottling: number;
  /** How many slides the wall was advanced before `heapBytes` (WALL_ROTATIONS). */
  rotations: number;
  /** `displayFirstSlideMs` with the CPU throttled CPU_THROTTLING times (median of PAINT_SAMPLES). */
  firstSlideMs: number;
  /** JS heap after a forced collection, once the first slide is shown. */
  heapStartBytes: number;
  /** JS heap after a forced collection, after WALL_ROTATIONS more slides (→ each time). */
  heapBytes: number;
}

/** The wall on a Pi-class screen: every load and rotation with the CPU throttled. */
export async function measureThrottledWall(
  browser: Browser,
  baseUrl: string,
): Promise<ThrottledWallMetrics> {
  const slide: number[] = [];
  for (let sample = 0; sample < PAINT_SAMPLES; sample++) {
    slide.push((await displayPaint(browser, baseUrl, CPU_THROTTLING)).slidePainted ?? Number.NaN);
  }
  const heap = await withPage(browser, baseUrl, WALL, async (page) => {
    await throttleCpu(page, CPU_THROTTLING);
    await page.goto('/display/?screen=bench');
    await page.waitForFunction(
      () => Number(document.querySelector('.wall')?.getAttribute('data-shown')) > 0,
      undefined,
      { timeout: 30_000 * CPU_THROTTLING },
    );
    const start = await sampleWall(page);
    await rotateByKey(page, WALL_ROTATIONS, 30_000 * CPU_THROTTLING);
    return { start, end: await sampleWall(page) };
  });
  return {
    cpuThrottling: CPU_THROTTLING,
    rotations: WALL_ROTATIONS,
    firstSlideMs: median(slide),
    heapStartBytes: heap.start.heapBytes,
    heapBytes: heap.end.heapBytes,
  };
}
