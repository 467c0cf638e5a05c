/**
 * Opens each story's recording for the build: its length decides the wall's replay and the
 * captions' last cue. A recording that cannot be read stops the build, naming the file.
 */
import path from 'node:path';
import { readRecording } from '../lib/calls/recording';
import type { RecordingFile } from '../lib/catalog/catalog';

interface StoryEntry {
  id: string;
  filePath?: string | undefined;
  data: { audio?: string | undefined };
}

export async function storyRecordings(
  stories: readonly StoryEntry[],
): Promise<Map<string, RecordingFile>> {
  const recordings = new Map<string, RecordingFile>();
  for (const { id, filePath, data } of stories) {
    if (!data.audio || !filePath) continue;
    const source = path.resolve(path.dirname(path.resolve(filePath)), data.audio);
    const reading = await readRecording(source);
    if ('problem' in reading) throw new Error(`${filePath}: audio: ${reading.problem}`);
    recordings.set(id, { source, duration: reading.duration });
  }
  return recordings;
}
