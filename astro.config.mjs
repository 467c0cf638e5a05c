// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import kiosk from './src/integrations/kiosk';
import security from './src/integrations/security';
import editor from './src/integrations/editor';
import { normaliseBasePath } from './src/lib/shared/base-path';
import oldEngines from './src/integrations/old-engines';

// The public address of the site (for absolute links such as the wall display's QR codes).
// Optional: without it every link stays relative and the site works from any host.
const site = process.env.SITE_URL || undefined;

// The path the site is served under (BASE_PATH=/customer-room/ for a GitHub Pages project site or
// an intranet folder); `/` when unset. Every address the site makes starts with it.
const base = normaliseBasePath(process.env.BASE_PATH);

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  output: 'static',
  trailingSlash: 'always',
  // A build lands in dist.next/ first; scripts/build.mjs swaps it in only when it succeeded.
  outDir: process.env.CR_OUT_DIR || 'dist',
  // Not node_modules/.astro (Astro's default): worktrees and project copies share node_modules,
  // and two builds writing one content data store mix their content (and fail on its images).
  cacheDir: './.astro/cache/',
  // kiosk() writes /version.json and the service worker that keeps wall screens playing offline.
  // The Pagefind search index is not built here: scripts/build.mjs builds it once Astro has exited
  // (src/build/pagefind-index.ts), so the two never hold their memory at the same time.
  // oldEngines() builds scripts and CSS for the Chromium 85 and 87 of TVs and signage players.
  // editor() bundles the CX team's form editor into /admin/editor/, apart from the site's own JS.
  // security() moves Astro's own inline scripts and styles into files; it runs before kiosk() so
  // the wall's service worker precaches them.
  integrations: [svelte(), oldEngines(), security(), kiosk(), editor()],
  // Styles and scripts stay files, never inlined: a host's policy without hashes refuses inline ones.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // The site's own policy, as a <meta> on every page. Astro adds script-src and style-src with the
  // hashes of what it emits; the search page adds 'wasm-unsafe-eval' for Pagefind itself
  // (src/pages/search/index.astro). frame-ancestors only works as a header (docs/kiosk.md).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Shiki colours code with inline styles, which a strict style-src refuses; content has no code.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
