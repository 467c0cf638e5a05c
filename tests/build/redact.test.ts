/**
 * `npm run redact` on a copy of the calls fixture's story (tests/fixtures/calls: the customer
 * speaks from 0:00.5 to 0:03.0, the agent from 0:03.6 to 0:06.4): the range becomes a tone in the
 * recording, the rest stays speech, and the story lists the range under `redactions:`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ffmpeg from '@ffmpeg-installer/ffmpeg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const FIXTURE = path.resolve('tests/fixtures/calls/stories');
const SAMPLE_RATE = 44_000;
/** One period of the 440 Hz tone at that rate, in samples. */
const TONE_PERIOD = 100;

let workDir: string;
let story: string;
let recording: string;
let original: string;
let run: ReturnType<typeof spawnSync>;

/** The recording's sound from `start` for `seconds`, as mono samples. */
function samples(file: string, start: number, seconds: number): Int16Array {
  const raw = execFileSync(ffmpeg.path, [
    '-v',
    'error',
    '-ss',
    String(start),
    '-t',
    String(seconds),
    '-i',
    file,
    '-f',
    's16le',
    '-ac',
    '1',
    '-ar',
    String(SAMPLE_RATE),
    '-',
  ]);
  return new Int16Array(raw.buffer, raw.byteOffset, Math.floor(raw.length / 2));
}

/** How alike the sound is to itself one tone period later: near 1 for the tone, low for speech. */
function toneLikeness(sound: Int16Array): number {
  let product = 0;
  let energy = 0;
  for (let i = 0; i + TONE_PERIOD < sound.length; i++) {
    product += (sound[i] ?? 0) * (sound[i + TONE_PERIOD] ?? 0);
    energy += (sound[i] ?? 0) ** 2;
  }
  return energy === 0 ? 0 : product / energy;
}

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'customer-room-redact-'));
  const stories = path.join(workDir, 'content', 'stories');
  cpSync(FIXTURE, stories, { recursive: true });
  story = path.join(stories, 'the-swallowed-card.md');
  recording = path.join(stories, 'the-swallowed-card.m4a');
  original = path.join(FIXTURE, 'the-swallowed-card.m4a');
  run = spawnSync(process.execPath, ['scripts/redact.mjs', recording, '0:01-0:02.5'], {
    encoding: 'utf8',
  });
}, 120_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('npm run redact', () => {
  it('succeeds and lists the range in the story', () => {
    expect(run.status, String(run.stderr)).toBe(0);
    expect(readFileSync(story, 'utf8')).toMatch(/^redactions: \["0:01(\.0)?-0:02\.5"\]$/m);
  });

  it('replaces the words in the range with a tone', () => {
    expect(toneLikeness(samples(original, 1.2, 1))).toBeLessThan(0.8);
    expect(toneLikeness(samples(recording, 1.2, 1))).toBeGreaterThan(0.95);
  });

  it('leaves the rest of the call as it was', () => {
    expect(toneLikeness(samples(recording, 3.8, 2))).toBeLessThan(0.8);
  });
});
