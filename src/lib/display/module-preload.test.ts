import { describe, expect, it } from 'vitest';
import { islandModules, withModulePreloads } from './module-preload';

const page =
  '<html><head><title>Wall</title></head><body>' +
  '<astro-island uid="a" component-url="/base/_astro/WallDisplay.abc.js" component-export="default" renderer-url="/base/_astro/client.svelte.def.js"></astro-island>' +
  '</body></html>';

const modules: Record<string, string> = {
  '/base/_astro/WallDisplay.abc.js':
    'import{a as t}from"./client.123.js";import"./schedule.456.js";const u=()=>import("./later.789.js");',
  '/base/_astro/client.svelte.def.js': 'import{b}from"./client.123.js";export default b;',
  '/base/_astro/client.123.js': 'export const a=1,b=2;',
  '/base/_astro/schedule.456.js': 'import{a}from"./client.123.js";',
  '/base/_astro/later.789.js': 'export const late=1;',
};

describe('preloading the wall island’s modules', () => {
  it('finds the island’s scripts and every module they import before running, once each', () => {
    expect(islandModules(page, (url) => modules[url])).toEqual([
      '/base/_astro/WallDisplay.abc.js',
      '/base/_astro/client.123.js',
      '/base/_astro/schedule.456.js',
      '/base/_astro/client.svelte.def.js',
    ]);
  });

  it('leaves out an import with no file, and a page without islands', () => {
    expect(
      islandModules(page, (url) => (url.includes('client.123') ? undefined : modules[url])),
    ).toEqual([
      '/base/_astro/WallDisplay.abc.js',
      '/base/_astro/schedule.456.js',
      '/base/_astro/client.svelte.def.js',
    ]);
    expect(islandModules('<html><head></head></html>', (url) => modules[url])).toEqual([]);
  });

  it('links them from the head, once', () => {
    const linked = withModulePreloads(page, [
      '/base/_astro/WallDisplay.abc.js',
      '/base/_astro/c.js',
    ]);
    expect(linked).toContain(
      '<link rel="modulepreload" href="/base/_astro/WallDisplay.abc.js"><link rel="modulepreload" href="/base/_astro/c.js"></head>',
    );
    expect(withModulePreloads(linked, ['/base/_astro/c.js'])).toBe(linked);
  });
});
