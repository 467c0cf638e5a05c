/**
 * `npm run redact`: which ranges to silence, the ffmpeg filter that replaces each with a soft
 * tone, and the story's `redactions:` line once they are done.
 */
import { formatTime, parseRange, type TimeRange } from './timecode';

/** The ranges as written on the command line, or the first one that is not a range. */
export function readRanges(written: readonly string[]): { ranges: TimeRange[] } | { bad: string } {
  const ranges: TimeRange[] = [];
  for (const text of written) {
    const range = parseRange(text);
    if (!range) return { bad: text };
    ranges.push(range);
  }
  return { ranges };
}

const TONE_HZ = 440;
/** Soft: well under speech, so the tone says "removed" without startling anyone. */
const TONE_VOLUME = 0.08;

/**
 * An ffmpeg filter graph: the voice muted in each range and a soft tone there instead. amix
 * halves both inputs (ffmpeg 4.1 has no normalize=0), so the mix is brought back up.
 */
export function redactionFilter(ranges: readonly TimeRange[], sampleRate: number): string {
  const inRange = ranges.map(({ start, end }) => `between(t,${start},${end})`).join('+');
  const last = Math.max(...ranges.map((range) => range.end));
  return [
    `[0:a]volume=enable='${inRange}':volume=0[voice]`,
    `sine=frequency=${TONE_HZ}:sample_rate=${sampleRate}:duration=${last + 1},volume=${TONE_VOLUME},volume=enable='not(${inRange})':volume=0[tone]`,
    `[voice][tone]amix=inputs=2:duration=first,volume=2[out]`,
  ].join(';');
}

/** The story's front matter with the new ranges added to `redactions:` (after `audio:`). */
export function withRedactions(markdown: string, ranges: readonly TimeRange[]): string {
  const written = ranges.map((range) => `${formatTime(range.start)}-${formatTime(range.end)}`);
  const lines = markdown.split('\n');
  const closing = lines.indexOf('---', 1);
  const existing = lines.findIndex(
    (line, index) => index < closing && line.startsWith('redactions:'),
  );
  if (existing >= 0) {
    const before = [...(lines[existing] ?? '').matchAll(/"([^"]+)"/g)].map(
      (match) => match[1] ?? '',
    );
    const all = [...new Set([...before, ...written])];
    lines[existing] = `redactions: [${all.map((range) => JSON.stringify(range)).join(', ')}]`;
  } else {
    const audio = lines.findIndex((line, index) => index < closing && line.startsWith('audio:'));
    const at = audio >= 0 ? audio + 1 : closing;
    lines.splice(
      at,
      0,
      `redactions: [${written.map((range) => JSON.stringify(range)).join(', ')}]`,
    );
  }
  return lines.join('\n');
}
