// `npm run bench [-- --sizes sample,100,500,1000,5000] [--runs N] [--no-lighthouse] [--no-doc]`:
// builds throw-away copies of the site with generated content at each size (never touching
// content/), measures the builds and the built sites in the system Chromium, prints the tables
// and writes them into docs/benchmarks.md. The logic is in scripts/bench/.
import path from 'node:path';
import { DEFAULT_SIZES, printable, runBench, writeDoc } from './bench/run.ts';

const args = process.argv.slice(2);
const value = (flag) => {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
};
if (args.includes('--help') || args.includes('-h')) {
  console.log(
    'Usage: npm run bench [-- --sizes sample,100,500,1000,5000] [--runs N] [--seed N] [--no-lighthouse] [--no-doc]',
  );
  process.exit(0);
}

const sizes = (value('--sizes') ?? DEFAULT_SIZES.join(',')).split(',').filter(Boolean);
const bad = sizes.filter((size) => size !== 'sample' && !(Number(size) >= 1));
const runs = Number(value('--runs') ?? 1);
if (bad.length > 0 || !(runs >= 1)) {
  console.error(
    `Sizes are "sample" or numbers of items, and --runs is 1 or more (got ${bad.join(', ') || runs}).`,
  );
  process.exit(1);
}

const doc = args.includes('--no-doc') ? undefined : path.resolve('docs', 'benchmarks.md');
const result = await runBench({
  sizes,
  runs,
  lighthouse: !args.includes('--no-lighthouse'),
  seed: Number(value('--seed') ?? 1),
  command: `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
  log: (line) => console.error(line),
});
console.log(printable(result));
if (doc) {
  await writeDoc(doc, result);
  console.log(`\nWritten to ${path.relative(process.cwd(), doc)}`);
}
