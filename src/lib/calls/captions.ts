/**
 * A timed transcript as WebVTT captions (/stories/<slug>/captions.vtt), each cue naming its
 * speaker with a voice tag, `<v Customer>`, and each pause as a cue of its own.
 */
import type { DialogLine, StageNote } from '../catalog/transcript';

/** `hh:mm:ss.ttt`, the only form every caption reader accepts. */
export function vttTime(seconds: number): string {
  const millis = Math.round(Math.max(0, seconds) * 1000);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const hours = Math.floor(millis / 3_600_000);
  const minutes = Math.floor(millis / 60_000) % 60;
  const secs = Math.floor(millis / 1000) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(secs)}.${pad(millis % 1000, 3)}`;
}

/** Cue text cannot hold `-->`, and `<` and `&` start tags and entities. */
const escapeCue = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The captions of a timed transcript; a turn without an end lasts until the next line starts. */
export function webVtt(lines: readonly DialogLine[], duration: number): string {
  const timed = lines.filter(
    (line): line is Exclude<DialogLine, StageNote> =>
      line.kind !== 'note' && line.start !== undefined,
  );
  const cues = timed.map((line, index) => {
    const start = line.start ?? 0;
    const next = timed[index + 1]?.start ?? duration;
    const end = line.kind === 'pause' ? start + line.seconds : Math.min(line.end ?? next, duration);
    const text =
      line.kind === 'turn'
        ? `<v ${escapeCue(line.speaker)}>${escapeCue(line.text)}`
        : `(${line.seconds} seconds of silence)`;
    return `${index + 1}\n${vttTime(start)} --> ${vttTime(Math.max(end, start + 0.1))}\n${text}`;
  });
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}
