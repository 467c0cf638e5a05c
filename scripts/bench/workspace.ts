/**
 * A throw-away copy of the project for one benchmark size: scripts/support/project-copy.ts's copy,
 * with its own node_modules folder of links to the project's packages instead of one link to the
 * whole folder. Astro keeps its caches in node_modules/.astro (the content layer's data store,
 * processed images): shared, a bench build would read the project's caches, and leave its own
 * five thousand items in them. Here every build starts as cold as on a fresh clone.
 */
import { mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

/** Caches that must not be shared between the project and a copy. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/** `content` becomes the copy's content/ (a benchmark size replaces it with generated content). */
export function benchWorkspace(
  label: string,
  content: string,
  projectRoot = process.cwd(),
): ProjectCopy {
  const copy = copyProject(label, content);
  const modules = path.join(copy.root, 'node_modules');
  rmSync(modules);
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(projectRoot, 'node_modules'))) {
    if (CACHES.has(entry)) continue;
    symlinkSync(path.join(projectRoot, 'node_modules', entry), path.join(modules, entry));
  }
  return copy;
}
