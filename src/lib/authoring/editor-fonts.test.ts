import { describe, expect, it } from 'vitest';
import { localFontUrls } from './editor-fonts';

/** Sveltia's stylesheet as its npm package has it (0.221), shortened. */
const STYLESHEET = `
  @font-face {font-family:'Source Sans 3';font-weight:200 900;src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2) format('woff2-variations');}
  @font-face {font-family:'Noto Mono';font-weight:400;src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2) format('woff2');}
  @font-face {font-family:'Material Symbols Outlined';src:url(https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2) format('woff2-variations');}`;

const SHIPPED = [
  'editor.js',
  'assets/npm.CKVsKQ0x.js',
  'assets/source-sans-3-latin-wght-normal-BqRLTx4X-BqRLTx4X.woff2',
  'assets/noto-mono-latin-400-normal-DiC8lJru-DiC8lJru.woff2',
  'assets/material-symbols-outlined-latin-wght-normal-_Z1IJPLg-_Z1IJPLg.woff2',
];

describe('localFontUrls', () => {
  it('points each CDN font at the shipped file of the same font and subset', () => {
    const { code, missing } = localFontUrls(STYLESHEET, SHIPPED, '/customer-room/admin/editor/');
    expect(missing).toEqual([]);
    expect(code).not.toContain('cdn.jsdelivr.net');
    expect(code).toContain(
      "src:url(/customer-room/admin/editor/assets/source-sans-3-latin-wght-normal-BqRLTx4X-BqRLTx4X.woff2) format('woff2-variations')",
    );
    expect(code).toContain(
      'url(/customer-room/admin/editor/assets/noto-mono-latin-400-normal-DiC8lJru-DiC8lJru.woff2)',
    );
    expect(code).toContain(
      'url(/customer-room/admin/editor/assets/material-symbols-outlined-latin-wght-normal-_Z1IJPLg-_Z1IJPLg.woff2)',
    );
  });

  it('leaves the rest of the code as it was', () => {
    const { code } = localFontUrls(STYLESHEET, SHIPPED, '/admin/editor/');
    const withoutUrls = (text: string) => text.replace(/url\([^)]*\)/g, 'url()');
    expect(withoutUrls(code)).toBe(withoutUrls(STYLESHEET));
  });

  it('names a CDN font no shipped file matches, so the build can stop on it', () => {
    const { code, missing } = localFontUrls(
      STYLESHEET,
      SHIPPED.filter((file) => !file.includes('noto-mono')),
      '/admin/editor/',
    );
    expect(missing).toEqual([
      'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
    ]);
    expect(code).toContain('cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0');
  });

  it('changes nothing in code that names no CDN font', () => {
    const code = 'const font = "Source Sans 3";';
    expect(localFontUrls(code, SHIPPED, '/admin/editor/')).toEqual({
      code,
      rewritten: [],
      missing: [],
    });
  });
});
