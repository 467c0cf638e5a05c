/**
 * The recordings of a content folder, opened before the (synchronous) content check so it can
 * hold times, redactions and excerpts against each recording's real length.
 */
import { readFrontMatter } from '../../shared/front-matter';
import {
  readRecording,
  recordingFileProblem,
  recordingPath,
  type RecordingReading,
} from '../../calls/recording';
import type { ContentFolder } from './files';

/** What opening each story's recording gave, by the recording's absolute path. */
export type Recordings = ReadonlyMap<string, RecordingReading>;

export async function readRecordings(folder: ContentFolder): Promise<Recordings> {
  const readings = new Map<string, RecordingReading>();
  for (const file of folder.files) {
    if (file.kind !== 'stories') continue;
    let audio: unknown;
    try {
      audio = readFrontMatter(file.text, file.path).data.audio;
    } catch {
      continue; // the content check reports the front matter itself
    }
    const recording = recordingPath(audio, file.absolutePath);
    if (!recording || recordingFileProblem(audio, file.absolutePath)) continue;
    readings.set(recording, await readRecording(recording));
  }
  return readings;
}
