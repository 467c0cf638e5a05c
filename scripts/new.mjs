// npm run new -- <persona|quote|story> "Title": creates content/<kind>/<slug>.md with every
// field, today's date and a comment per field, and never overwrites a file. Without arguments on
// a terminal it asks. `--content <folder>` writes somewhere other than content/ (for tests).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { importProjectModule, projectRoot } from './project-module.mjs';

const { newFile, newFileKind, newFileKinds } = await importProjectModule('src/data/authoring.ts');
const usage = `Usage: npm run new -- <${newFileKinds.join('|')}> "Title"
  e.g. npm run new -- story "Five seconds of silence"`;

function fail(message) {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
let contentRoot = path.resolve(projectRoot, process.env.CONTENT_DIR || 'content');
const contentFlag = args.indexOf('--content');
if (contentFlag !== -1) {
  contentRoot = path.resolve(args[contentFlag + 1] ?? fail(usage));
  args.splice(contentFlag, 2);
}
let [asked = '', ...titleWords] = args;
let title = titleWords.join(' ').trim();

if (!asked && process.stdin.isTTY) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    asked = await prompt.question(`What do you want to add (${newFileKinds.join(', ')})? `);
    if (newFileKind(asked).kind) {
      title = (
        await prompt.question('Its title (a few words; they become the file name)? ')
      ).trim();
    }
  } catch {
    fail('\nCancelled: nothing was created.');
  } finally {
    prompt.close();
  }
}
if (!asked.trim()) fail(usage);
const { kind, suggestion } = newFileKind(asked);
if (!kind) {
  const hint = suggestion
    ? `did you mean "${suggestion}"?`
    : `use one of: ${newFileKinds.join(', ')}`;
  fail(`"${asked.trim()}" is not something we can add — ${hint}\n${usage}`);
}
if (!title) fail(`Give the new ${kind} a title.\n${usage}`);

const file = newFile(kind, title, new Date());
if (!file.slug)
  fail(`"${title}" has no letters or digits to make a file name from — use a few words.`);

const target = path.join(contentRoot, file.path);
const shown = path.relative(process.cwd(), target) || target;
mkdirSync(path.dirname(target), { recursive: true });
try {
  writeFileSync(target, file.text, { flag: 'wx' });
} catch (error) {
  if (error?.code === 'EEXIST') {
    fail(
      `${shown} already exists — nothing was changed. Pick another title, or open that file to edit it.`,
    );
  }
  throw error;
}

const fields = file.toFill.length
  ? `fill in ${file.toFill.join(', ').replace(/, ([^,]*)$/, ' and $1')}; `
  : '';
console.log(`Created ${shown}`);
console.log(
  `Next: open it, ${fields}write the ${kind} below the closing --- line; then run \`npm run validate\`.`,
);
console.log('To see it on the site: `npm start` and open http://localhost:4321/.');
