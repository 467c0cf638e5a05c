// npm run validate [-- content-folder]: checks every content file against the content contract
// and prints every problem in one run. Exit code 1 when there is an error; warnings alone pass.
// The build runs this first (scripts/build.mjs). The rules live in src/lib/authoring/validate/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { importProjectModule, projectRoot } from './project-module.mjs';

const env = process.env;
const color = env.FORCE_COLOR
  ? env.FORCE_COLOR !== '0'
  : Boolean(process.stdout.isTTY) && !('NO_COLOR' in env) && !env.CI;
const [folder] = process.argv.slice(2);
if (folder?.startsWith('-')) {
  console.log('Usage: npm run validate [-- content-folder]   (default: content/, or CONTENT_DIR)');
  process.exit(folder === '--help' || folder === '-h' ? 0 : 1);
}
// Like the build, CONTENT_DIR names another content folder (src/lib/shared/content-root.ts).
const contentRoot = folder
  ? path.resolve(folder)
  : path.resolve(projectRoot, env.CONTENT_DIR || 'content');
if (!existsSync(contentRoot)) {
  console.error(`There is no folder ${contentRoot} to check.`);
  process.exit(1);
}

try {
  const { validateFolder } = await importProjectModule('src/data/authoring.ts');
  const run = await validateFolder(contentRoot, { now: new Date(), color });
  console.log(run.report);
  // On GitHub, each problem also shows on its file and line in the pull request (once: not
  // again when the build repeats the check).
  if (env.GITHUB_ACTIONS === 'true' && !env.CR_BUILDING && run.annotations) {
    console.log(run.annotations);
  }
  process.exitCode = run.errors > 0 ? 1 : 0;
} catch (error) {
  // Not a content problem: the validator itself broke. Say so without a wall of stack trace.
  console.error(
    `The content check could not run: ${error instanceof Error ? error.message : error}`,
  );
  console.error('This is a problem in the site code, not in your content: tell the developers.');
  if (env.DEBUG) console.error(error);
  process.exitCode = 2;
}
