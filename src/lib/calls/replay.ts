/**
 * The wall's caption replay of a timed call: no sound, the turns appearing at their real times
 * and each pause counted down, for as long as the clip lasts (at most 90 s). A longer call
 * replays its `wallExcerpt`, or its first 90 s.
 */
import type { DialogLine, SpeakerRole } from '../catalog/transcript';
import { parseRange, type TimeRange } from './timecode';

export const WALL_REPLAY_MAX_SECONDS = 90;
/** How long the last turn stays up when nothing says where it ends. */
const LAST_TURN_HOLD_SECONDS = 4;

export type ReplayCue =
  | { kind: 'turn'; at: number; speaker: string; role: SpeakerRole; text: string }
  | { kind: 'pause'; at: number; seconds: number };

export interface Replay {
  /** The clip's length in seconds: the slide's time on the wall. */
  seconds: number;
  /** Seconds from the clip's start, in order. */
  cues: ReplayCue[];
}

/** Whether a transcript is timed, so the wall can replay it. */
export function isTimed(lines: readonly DialogLine[]): boolean {
  const turns = lines.filter((line) => line.kind === 'turn');
  return turns.length > 0 && turns.every((turn) => turn.start !== undefined);
}

/** Where the recording's talk ends: its length, or the last turn's end. */
function talkEnd(lines: readonly DialogLine[], duration: number | undefined): number {
  if (duration !== undefined) return duration;
  const turns = lines.filter((line) => line.kind === 'turn');
  // Not .at(-1): this module runs on the wall's old engines too.
  const last = turns[turns.length - 1];
  return last?.end ?? (last?.start ?? 0) + LAST_TURN_HOLD_SECONDS;
}

/** The part of the call the wall replays. */
export function replayClip(
  lines: readonly DialogLine[],
  duration?: number,
  wallExcerpt?: string,
): TimeRange {
  const excerpt = wallExcerpt === undefined ? undefined : parseRange(wallExcerpt);
  const end = talkEnd(lines, duration);
  const start = excerpt?.start ?? 0;
  const clipEnd = Math.min(excerpt?.end ?? end, end, start + WALL_REPLAY_MAX_SECONDS);
  return { start, end: Math.max(clipEnd, start + 1) };
}

/** A timed transcript as the wall replays it, or undefined when it is not timed. */
export function buildReplay(
  lines: readonly DialogLine[],
  duration?: number,
  wallExcerpt?: string,
): Replay | undefined {
  if (!isTimed(lines)) return undefined;
  const clip = replayClip(lines, duration, wallExcerpt);
  const cues: ReplayCue[] = [];
  for (const line of lines) {
    if (line.kind === 'note' || line.start === undefined) continue;
    if (line.start < clip.start || line.start >= clip.end) continue;
    const at = Math.round((line.start - clip.start) * 10) / 10;
    cues.push(
      line.kind === 'turn'
        ? { kind: 'turn', at, speaker: line.speaker, role: line.role, text: line.text }
        : { kind: 'pause', at, seconds: line.seconds },
    );
  }
  return { seconds: Math.ceil(clip.end - clip.start), cues };
}

export interface ReplayMoment {
  /** The cues on screen, oldest first. */
  shown: ReplayCue[];
  /** Whole seconds left of the pause under way, or undefined outside a pause. */
  countdown?: number | undefined;
}

/** What the replay shows `elapsed` seconds into the clip. */
export function replayAt(replay: Replay, elapsed: number): ReplayMoment {
  const shown = replay.cues.filter((cue) => cue.at <= elapsed);
  const last = shown[shown.length - 1];
  if (last?.kind !== 'pause') return { shown };
  const left = last.at + last.seconds - elapsed;
  return { shown, countdown: left > 0 ? Math.ceil(left) : undefined };
}
