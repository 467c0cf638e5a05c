// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import kiosk from './src/integrations/kiosk';
import oldEngines from './src/integrations/old-engines';

// The public address of the site (for absolute links such as the wall display's QR codes).
// Optional: without it every link stays relative and the site works from any host.
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  output: 'static',
  trailingSlash: 'always',
  // A build lands in dist.next/ first; scripts/build.mjs swaps it in only when it succeeded.
  outDir: process.env.CR_OUT_DIR || 'dist',
  // kiosk() writes /version.json and the service worker that keeps wall screens playing offline.
  // The Pagefind search index is not built here: scripts/build.mjs builds it once Astro has exited
  // (src/build/pagefind-index.ts), so the two never hold their memory at the same time.
  // oldEngines() builds scripts and CSS for the Chromium 85 and 87 of TVs and signage players.
  integrations: [svelte(), kiosk(), oldEngines()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
