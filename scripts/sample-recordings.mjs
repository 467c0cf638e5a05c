// Makes the sample stories' recordings: a re-enactment of each transcript in synthetic voices
// (Debian's espeak-ng), put together and encoded with ffmpeg as mono AAC at 48 kbps, and writes
// each turn's time into its label (`**Customer [0:00.5-0:09.2]:**`). Run it again after changing
// a sample transcript; commit the .m4a files and the stories.
//
// Usage: node scripts/sample-recordings.mjs [story-file.md ...]
//   (default: the three sample stories with a recording). Needs espeak-ng, ffmpeg and ffprobe:
//   sudo apt-get install -y espeak-ng ffmpeg
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const DEFAULT_STORIES = [
  'content/stories/five-seconds-of-silence.md',
  'content/stories/the-call-at-the-end-of-his-shift.md',
  'content/stories/the-man-who-called-back.md',
];
const RATE = 22050;
const LEAD_IN = 0.5;
/** Silence between two turns: short enough never to read as a pause (3 s or more). */
const TURN_GAP = 0.6;
/** A stage note between turns (`*(later, in the coaching room)*`) is a longer break. */
const NOTE_GAP = 1.5;
const VOICES = { customer: 'en-us+f3', agent: 'en-gb+m3', other: 'en-gb-scotland+m1' };
const CUSTOMER = /^(customer|caller|client|guest|member)$/i;
const AGENT = /^(agent|advisor|adviser|representative|rep|associate)$/i;

const TURN = /^\*\*([^*[\]]+?)(?:\s*\[[^\]]*\])?(:\*\*|\*\*:)\s*(.*)$/;
const PAUSE = /^\*\(\s*pause\s+(\d+(?:\.\d+)?)\s*s[a-z]*\s*\)\*$/i;
const NOTE = /^\*\(.*\)\*$/;

const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
const seconds = (file) =>
  Number(
    run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]),
  );
const time = (value) => {
  const minutes = Math.floor(value / 60);
  return `${minutes}:${(value - minutes * 60).toFixed(1).padStart(4, '0')}`;
};
const plain = (markdown) => markdown.replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

function silence(file, length) {
  run('ffmpeg', [
    '-y',
    '-v',
    'error',
    '-f',
    'lavfi',
    '-i',
    `anullsrc=r=${RATE}:cl=mono`,
    '-t',
    length.toFixed(3),
    '-c:a',
    'pcm_s16le',
    file,
  ]);
}

function record(storyFile, work) {
  const text = readFileSync(storyFile, 'utf8');
  const lines = text.split('\n');
  const bodyStart = lines.indexOf('---', 1) + 1;
  const parts = [];
  let clock = LEAD_IN;
  let gap = LEAD_IN;
  let piece = 0;
  for (let index = bodyStart; index < lines.length; index++) {
    const line = lines[index].trim();
    const turn = TURN.exec(line);
    if (turn) {
      const [, speaker, , said] = turn;
      const role = CUSTOMER.test(speaker) ? 'customer' : AGENT.test(speaker) ? 'agent' : 'other';
      const quiet = path.join(work, `${piece++}.wav`);
      silence(quiet, gap);
      const voice = path.join(work, `${piece++}.wav`);
      run('espeak-ng', ['-v', VOICES[role], '-s', '160', '-w', voice, plain(said)]);
      // espeak-ng writes 22050 Hz mono; resample anyway so every piece matches for the concat.
      const even = path.join(work, `${piece++}.wav`);
      run('ffmpeg', [
        '-y',
        '-v',
        'error',
        '-i',
        voice,
        '-ar',
        String(RATE),
        '-ac',
        '1',
        '-c:a',
        'pcm_s16le',
        even,
      ]);
      const length = seconds(even);
      parts.push(quiet, even);
      lines[index] = `**${speaker.trim()} [${time(clock)}-${time(clock + length)}]:** ${said}`;
      clock += length;
      gap = TURN_GAP;
      clock += gap;
      continue;
    }
    const pause = PAUSE.exec(line);
    if (pause) {
      clock += Number(pause[1]) - gap;
      gap = Number(pause[1]);
    } else if (NOTE.test(line)) {
      clock += NOTE_GAP - gap;
      gap = NOTE_GAP;
    }
  }
  const tail = path.join(work, `${piece}.wav`);
  silence(tail, 1);
  parts.push(tail);
  const list = path.join(work, 'list.txt');
  writeFileSync(list, parts.map((part) => `file '${part}'`).join('\n'));
  const audio = storyFile.replace(/\.md$/, '.m4a');
  run('ffmpeg', [
    '-y',
    '-v',
    'error',
    '-f',
    'concat',
    '-safe',
    '0',
    '-i',
    list,
    '-ac',
    '1',
    '-c:a',
    'aac',
    '-b:a',
    '48k',
    '-metadata',
    'comment=Re-enactment with a synthetic voice (espeak-ng)',
    '-movflags',
    '+faststart',
    audio,
  ]);
  writeFileSync(storyFile, lines.join('\n'));
  console.log(`${audio}: ${time(seconds(audio))}`);
}

const stories = process.argv.slice(2);
const work = mkdtempSync(path.join(tmpdir(), 'recordings-'));
try {
  for (const story of stories.length ? stories : DEFAULT_STORIES) record(story, work);
} finally {
  rmSync(work, { recursive: true, force: true });
}
