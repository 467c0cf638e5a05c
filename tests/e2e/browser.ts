/** Shared set-up for browser tests: one Chromium per test file, and page problem tracking. */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/support/chromium';

export const baseUrl = () => inject('baseUrl');

/** Starts Chromium before the file's tests and closes it after; call at the top of a file. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running');
    return browser;
  };
}

export async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ baseURL: baseUrl(), ...options });
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

/** Window sizes a browse page must fit without scrolling sideways: a small phone, HD, QHD. */
export const BROWSE_VIEWPORTS: [width: number, height: number][] = [
  [360, 740],
  [1920, 1080],
  [2560, 1440],
];

/** How much wider than the window the page is: above 0, something scrolls sideways. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Records what a person would notice or the network would regret: console errors, failed
 * requests, HTTP errors, and any request leaving the site (screens may be offline).
 */
export function trackProblems(page: Page, site = baseUrl()): string[] {
  const problems: string[] = [];
  const origin = new URL(site).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // Aborted: the browser cancelled it because the page moved on (a favicon mid-navigation).
    if (!reason.includes('ERR_ABORTED'))
      problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) {
      problems.push(`request left the site: ${request.url()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
