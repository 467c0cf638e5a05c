// `npm run bench [-- --sizes sample,100,500,1000,5000] [--runs N] [--no-lighthouse] [--no-doc]`:
// builds throw-away copies of the site with generated content at each size (never touching
// content/), measures the builds and the built sites in the system Chromium, prints the tables
// and writes them into docs/benchmarks.md. `--throttled-wall-only` measures only the wall with
// the CPU throttled (at 1,000 and 5,000 items unless --sizes says otherwise) and only prints it:
// docs/benchmarks.md keeps the full run's tables. The logic is in scripts/bench/.
import path from 'node:path';
import { THROTTLED_SIZES } from './bench/report.ts';
import {
  DEFAULT_SIZES,
  printable,
  printableThrottledWall,
  runBench,
  runThrottledWall,
  writeDoc,
} from './bench/run.ts';

const args = process.argv.slice(2);
const value = (flag) => {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
};
if (args.includes('--help') || args.includes('-h')) {
  console.log(
    'Usage: npm run bench [-- --sizes sample,100,500,1000,5000] [--runs N] [--seed N] [--no-lighthouse] [--no-doc]\n' +
      '       npm run bench -- --throttled-wall-only [--sizes 1000,5000] [--runs N] [--seed N]   (prints only)',
  );
  process.exit(0);
}

const throttledOnly = args.includes('--throttled-wall-only');
const sizes = (value('--sizes') ?? (throttledOnly ? THROTTLED_SIZES : DEFAULT_SIZES).join(','))
  .split(',')
  .filter(Boolean);
const bad = sizes.filter((size) => size !== 'sample' && !(Number(size) >= 1));
const runs = Number(value('--runs') ?? 1);
if (bad.length > 0 || !(runs >= 1)) {
  console.error(
    `Sizes are "sample" or numbers of items, and --runs is 1 or more (got ${bad.join(', ') || runs}).`,
  );
  process.exit(1);
}

const options = {
  sizes,
  runs,
  lighthouse: !args.includes('--no-lighthouse'),
  seed: Number(value('--seed') ?? 1),
  command: `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
  log: (line) => console.error(line),
};
if (throttledOnly) {
  console.log(printableThrottledWall(await runThrottledWall(options)));
  process.exit(0);
}
const doc = args.includes('--no-doc') ? undefined : path.resolve('docs', 'benchmarks.md');
const result = await runBench(options);
console.log(printable(result));
if (doc) {
  await writeDoc(doc, result);
  console.log(`\nWritten to ${path.relative(process.cwd(), doc)}`);
}
