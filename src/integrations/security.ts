/**
 * Makes every built page work behind a host's strict Content-Security-Policy
 * (`script-src 'self'; style-src 'self'`, no hashes): after Astro has written the pages, the inline
 * scripts and styles it adds itself (the island runtime) become files (src/lib/security/).
 * It runs before kiosk(), so the wall's service worker precaches those files too.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { externalizeInline } from '../lib/security/external-assets';

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

export default function security(): AstroIntegration {
  let base = '/';
  return {
    name: 'customer-room-security',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let moved = 0;
        for (const file of htmlFiles(out)) {
          const page = externalizeInline(readFileSync(file, 'utf8'), '_astro', base);
          for (const asset of page.assets) {
            mkdirSync(path.dirname(path.join(out, asset.file)), { recursive: true });
            writeFileSync(path.join(out, asset.file), asset.text);
          }
          moved += page.assets.length;
          writeFileSync(file, page.html);
        }
        logger.info(`moved ${moved} inline scripts and styles into files`);
      },
    },
  };
}
