/**
 * A story's recording is a file beside its markdown (`audio: ./five-seconds-of-silence.m4a`).
 * This checks what can be seen without opening it (name, type, size) and reads its length,
 * which is also how a file that is not really audio is caught.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseFile } from 'music-metadata';

import { AUDIO_EXTENSIONS, isAudioExtension } from './recording-types';

export const AUDIO_BYTES_LIMIT = 15 * 1024 * 1024;

/** Where a story's `audio:` points, or undefined when it is not a string. */
export function recordingPath(audio: unknown, markdownFile: string): string | undefined {
  return typeof audio === 'string' ? path.resolve(path.dirname(markdownFile), audio) : undefined;
}

/** What is wrong with a story's `audio:` before the file is opened, if anything. */
export function recordingFileProblem(audio: unknown, markdownFile: string): string | undefined {
  if (audio === undefined || audio === null) return undefined;
  if (typeof audio !== 'string' || !audio.startsWith('./') || audio.slice(2).includes('/')) {
    return 'must be a file beside the story, e.g. ./five-seconds-of-silence.m4a';
  }
  const extension = path.extname(audio).toLowerCase();
  if (!isAudioExtension(extension)) {
    return `"${audio}" is not a recording type we can play — save it as one of ${AUDIO_EXTENSIONS.join(', ')} (m4a is smallest)`;
  }
  const file = path.resolve(path.dirname(markdownFile), audio);
  if (!existsSync(file)) {
    return `"${audio}" does not exist next to this file — add the recording to the same folder, or remove the audio field`;
  }
  const bytes = statSync(file).size;
  if (bytes > AUDIO_BYTES_LIMIT) {
    return `the recording is ${(bytes / 1024 / 1024).toFixed(1)} MB, more than 15 MB — save it as mono AAC at about 48 kbps, or cut it to the part that matters`;
  }
  return undefined;
}

export type RecordingReading = { duration: number } | { problem: string };

/** The recording's length in seconds, or why it cannot be played. */
export async function readRecording(file: string): Promise<RecordingReading> {
  const notAudio = {
    problem: `"./${path.basename(file)}" is not a recording we can read — export it again as .m4a (AAC) or .mp3`,
  };
  try {
    const { format } = await parseFile(file, { duration: true });
    const duration = format.duration;
    if (!format.container || duration === undefined || !(duration > 0)) return notAudio;
    return { duration };
  } catch {
    return notAudio;
  }
}
