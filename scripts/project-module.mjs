// Loads a TypeScript module of the project (src/…) from a plain Node script, through Vite's
// module runner: the same transform the site and the tests use, so the validator, `npm run new`
// and `npm run docs:fields` read the schemas of src/content.config.ts itself.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} file a path relative to the project root, e.g. src/data/authoring.ts */
export async function importProjectModule(file) {
  const { module } = await runnerImport(path.join(projectRoot, file), {
    configFile: false,
    root: projectRoot,
    logLevel: 'error',
    resolve: {
      alias: { 'astro:content': path.join(projectRoot, 'scripts/astro-content-shim.mjs') },
    },
  });
  return module;
}
