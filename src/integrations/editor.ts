/**
 * Bundles the browser editor (Sveltia CMS from npm, src/components/admin/editor.ts) into
 * <site>/admin/editor/ after the site is built: a Vite build of its own, so its 2 MB of script,
 * fonts and locales live only under /admin/, where no browse page loads them, no JS budget
 * counts them and neither service worker caches them (the wall precaches /_astro/ only).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'vite';
import { localFontUrls } from '../lib/authoring/editor-fonts';
import { ADMIN_PATH, EDITOR_BASE, EDITOR_ENTRY } from '../lib/authoring/editor-paths';
import { withBase } from '../lib/shared/base-path';
import {
  injectedStyles,
  styleHash,
  templateStyleAttributes,
} from '../lib/security/injected-styles';
import { gitHostApi, withEditorPolicy } from '../lib/security/policy-meta';
import { EDITOR_SETTINGS } from '../lib/authoring/editor-backend';

/**
 * Points Sveltia's stylesheet at the fonts its package ships (copied into the bundle) instead of
 * the CDN it names; a CDN font with no shipped file stops the build rather than leave the site.
 */
function fontsFromTheSite(publicBase: string): Plugin {
  return {
    name: 'customer-room-editor-fonts',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle);
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const { code, missing } = localFontUrls(chunk.code, files, publicBase);
        if (missing.length > 0) {
          this.error(
            `The editor names fonts on a CDN that its package does not ship: ${missing.join(', ')}. Add the font's file to the editor's bundle (src/integrations/editor.ts) so /admin/ asks no other site.`,
          );
        }
        chunk.code = code;
      }
    },
  };
}

export default function editor(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'customer-room-editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = path.join(fileURLToPath(dir), EDITOR_BASE.slice(1));
        // Its chunks and fonts are fetched from where the site is served (BASE_PATH).
        const editorBase = withBase(base, EDITOR_BASE);
        const result = await build({
          configFile: false,
          root,
          base: editorBase,
          plugins: [fontsFromTheSite(editorBase)],
          logLevel: 'warn',
          publicDir: false,
          build: {
            outDir: out,
            emptyOutDir: true,
            assetsDir: 'assets',
            // Fonts and icons stay files, never inlined into the script.
            assetsInlineLimit: 0,
            sourcemap: false,
            reportCompressedSize: false,
            chunkSizeWarningLimit: 4096,
            rolldownOptions: {
              input: path.join(root, 'src/components/admin/editor.ts'),
              output: { entryFileNames: EDITOR_ENTRY, chunkFileNames: 'assets/[name].[hash].js' },
            },
          },
        });
        const outputs = (Array.isArray(result) ? result : [result]).flatMap((entry) =>
          'output' in entry ? entry.output : [],
        );
        const kB = (files: typeof outputs) =>
          Math.round(
            files.reduce(
              (total, file) =>
                total + (file.type === 'chunk' ? file.code.length : file.source.length),
              0,
            ) / 1024,
          );
        const fonts = outputs.filter((file) => file.fileName.endsWith('.woff2'));
        logger.info(
          `${EDITOR_BASE}: ${outputs.length} files, ${kB(outputs)} kB, of which fonts ${kB(fonts)} kB (loaded on /admin/ only)`,
        );
        // The page's policy allows exactly the styles this bundle adds, read from the bundle.
        const code = outputs.map((file) => (file.type === 'chunk' ? file.code : '')).join('\n');
        const page = path.join(fileURLToPath(dir), ADMIN_PATH.slice(1), 'index.html');
        if (existsSync(page)) {
          const allowances = {
            api: gitHostApi(
              process.env[EDITOR_SETTINGS.backend] ?? 'github',
              process.env[EDITOR_SETTINGS.apiRoot] || undefined,
            ),
            styleHashes: injectedStyles(code).map(styleHash),
            attributeHashes: templateStyleAttributes(code).map(styleHash),
          };
          writeFileSync(page, withEditorPolicy(readFileSync(page, 'utf8'), allowances));
        }
      },
    },
  };
}
