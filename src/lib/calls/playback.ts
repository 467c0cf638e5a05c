/** Following a recording in its transcript: which line is playing, and where to start. */
import { parseTime } from './timecode';

export interface Cue {
  start: number;
  /** Where the line ends; without one, it lasts until the next line starts. */
  end?: number | undefined;
}

/** The index of the line playing at `time`, or -1 before the first and in a gap between lines. */
export function cueAt(cues: readonly Cue[], time: number): number {
  let index = -1;
  cues.forEach((cue, position) => {
    if (cue.start <= time + 0.05) index = position;
  });
  const cue = cues[index];
  if (cue?.end !== undefined && time > cue.end) return -1;
  return index;
}

/** `?t=1:02`, `?t=62` or `?t=62.5` in the address: where the player starts. */
export function startFromSearch(search: string): number | undefined {
  const written = new URLSearchParams(search).get('t');
  if (!written) return undefined;
  if (/^\d+(?:\.\d+)?s?$/.test(written)) return Number(written.replace(/s$/, ''));
  return parseTime(written);
}
