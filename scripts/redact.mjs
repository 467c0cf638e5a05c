// npm run redact -- content/stories/<slug>.m4a 0:41-0:44 [more ranges]
// Replaces each range of a recording with a soft tone, writes the file in place, and adds the
// ranges to `redactions:` of the story that plays it. The ffmpeg comes from npm
// (@ffmpeg-installer/ffmpeg): nothing to install on the machine. Git history keeps the
// unredacted file if it was ever committed: see docs/authoring.md.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ffmpeg from '@ffmpeg-installer/ffmpeg';
import { parseFile } from 'music-metadata';
import { importProjectModule } from './project-module.mjs';

const [file, ...written] = process.argv.slice(2);
if (!file || written.length === 0 || file.startsWith('-')) {
  console.log('Usage: npm run redact -- content/stories/<slug>.m4a 0:41-0:44 [more ranges]');
  process.exit(file === '--help' || file === '-h' ? 0 : 1);
}
if (!existsSync(file)) {
  console.error(`There is no recording ${file}.`);
  process.exit(1);
}
const { readRanges, redactionFilter, withRedactions } = await importProjectModule(
  'src/lib/calls/redactions.ts',
);
const read = readRanges(written);
if ('bad' in read) {
  console.error(`"${read.bad}" is not a range — write it as start-end, e.g. 0:41-0:44`);
  process.exit(1);
}
const { format } = await parseFile(file, { duration: true });
const past = read.ranges.find((range) => range.end > (format.duration ?? 0) + 0.05);
if (past) {
  console.error(
    `A range ends after the recording (${format.duration?.toFixed(1)} s): nothing was changed.`,
  );
  process.exit(1);
}

const encoders = { '.m4a': ['aac', '-b:a', '48k'], '.mp3': ['libmp3lame', '-b:a', '64k'] };
const extension = path.extname(file).toLowerCase();
const codec = encoders[extension] ?? ['libopus', '-b:a', '32k'];
const output = `${file}.redacting${extension}`;
execFileSync(
  ffmpeg.path,
  [
    '-y',
    '-v',
    'error',
    '-i',
    file,
    '-filter_complex',
    redactionFilter(read.ranges, format.sampleRate ?? 44100),
    '-map',
    '[out]',
    '-ac',
    '1',
    '-c:a',
    ...codec,
    output,
  ],
  { stdio: 'inherit' },
);
renameSync(output, file);

// The story that plays this recording: `audio: ./<file>` beside it.
const folder = path.dirname(file);
const name = path.basename(file);
const story = readdirSync(folder)
  .filter((entry) => entry.endsWith('.md'))
  .map((entry) => path.join(folder, entry))
  .find((entry) =>
    new RegExp(`^audio:\\s*\\./${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm').test(
      readFileSync(entry, 'utf8'),
    ),
  );
if (story) {
  writeFileSync(story, withRedactions(readFileSync(story, 'utf8'), read.ranges));
  console.log(
    `Redacted ${read.ranges.length} range(s) in ${file}; ${story} lists them under redactions.`,
  );
} else {
  console.log(
    `Redacted ${read.ranges.length} range(s) in ${file}. No story names it in audio: yet.`,
  );
}
console.log(
  'If the unredacted file was ever committed, git history still has it: see docs/authoring.md.',
);
