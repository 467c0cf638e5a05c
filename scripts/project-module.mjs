// Loads a TypeScript module of the project (src/…) from a plain Node script, through Vite's
// module runner: the same transform the site and the tests use, so the validator, `npm run new`
// and `npm run docs:fields` read the schemas of src/content.config.ts itself.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} file a path relative to the project root, e.g. src/data/authoring.ts */
export async function importProjectModule(file) {
  // Vite sets NODE_ENV=development when it is unset; an Astro build started after this (in this
  // process or a child) would then build for development, with no service workers.
  const nodeEnv = process.env.NODE_ENV;
  const { module } = await runnerImport(path.join(projectRoot, file), {
    configFile: false,
    root: projectRoot,
    logLevel: 'error',
    resolve: {
      alias: { 'astro:content': path.join(projectRoot, 'scripts/astro-content-shim.mjs') },
    },
  });
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  return module;
}
