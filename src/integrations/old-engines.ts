/**
 * Wall screens run old engines: Samsung Tizen 2022 is Chromium 85, LG webOS 22 and BrightSign
 * OS 9 are Chromium 87 (docs/kiosk.md). Astro 7 builds the browser's code for `esnext` and no
 * config option reaches that build, so this integration lowers the client environment's
 * JavaScript and CSS targets (Lightning CSS then rewrites nesting, `inset` and friends), and
 * unwraps Svelte's scoped `:where()`, which nothing lowers (src/build/unwrap-where.ts).
 */
import type { AstroIntegration } from 'astro';
import { unwrapScopedWhere } from '../build/unwrap-where';

/** The oldest engines the wall supports; Safari 14 for iPads and Macs used as screens. */
export const OLD_ENGINE_TARGETS = ['chrome85', 'safari14'];

export default function oldEngines(): AstroIntegration {
  return {
    name: 'customer-room-old-engines',
    hooks: {
      'astro:build:setup': ({ updateConfig }) => {
        updateConfig({
          // Page CSS is emitted by the prerender build, island CSS and scripts by the client's:
          // CSS is lowered in every environment, scripts only where they run in the browser.
          build: { cssTarget: OLD_ENGINE_TARGETS },
          environments: {
            client: {
              build: { target: OLD_ENGINE_TARGETS, cssTarget: OLD_ENGINE_TARGETS },
            },
          },
          plugins: [
            {
              name: 'customer-room-unwrap-scoped-where',
              generateBundle(_options, bundle) {
                for (const file of Object.values(bundle)) {
                  if (file.type === 'asset' && file.fileName.endsWith('.css')) {
                    file.source = unwrapScopedWhere(String(file.source));
                  }
                }
              },
            },
          ],
        });
      },
    },
  };
}
