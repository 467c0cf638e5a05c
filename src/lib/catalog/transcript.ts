/**
 * The transcript convention: a run of paragraphs that each start with a bold speaker label,
 * `**Customer:** …`. A story body is split into prose and dialogs; a dialog keeps its turns in
 * order, and an italic-only paragraph between turns, `*(later, in the coaching room)*`, stays
 * inside the dialog as a stage note.
 *
 * A call with a recording times its turns in the label, `**Agent [1:02.5-1:09]:**`, and marks a
 * silence as a paragraph of its own, `*(pause 5 s)*`. Between timed turns, a gap of
 * PAUSE_GAP_SECONDS or more from one turn's end to the next one's start is a pause too.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { formatTime, parseStartEnd, TIME_FORMAT_HINT } from '../calls/timecode';
import { inlineToHtml, nodesToHtml, nodesToText, parseMarkdown } from './markdown';

export type SpeakerRole = 'customer' | 'agent' | 'other';

export interface Turn {
  kind: 'turn';
  speaker: string;
  role: SpeakerRole;
  /** What was said, as inline HTML. */
  html: string;
  /** What was said, as plain text. */
  text: string;
  /** Seconds into the recording, from the label's `[0:12]`. */
  start?: number | undefined;
  /** Seconds into the recording, from the label's `[0:12-0:20]`. */
  end?: number | undefined;
  /** Line in the story body (1 = its first line). */
  line?: number | undefined;
  /** Why the label's time could not be read. */
  problem?: string | undefined;
}

export interface StageNote {
  kind: 'note';
  text: string;
  line: number;
  /** Set when the note looks like a pause but is not written as one. */
  problem?: string | undefined;
}

/** A silence: `*(pause 5 s)*`, or a gap between timed turns. */
export interface Pause {
  kind: 'pause';
  seconds: number;
  /** Seconds into the recording where the silence starts, when the turns are timed. */
  start?: number | undefined;
  line: number;
}

export type DialogLine = Turn | StageNote | Pause;

/** A gap this long between timed turns is a pause in its own right. */
export const PAUSE_GAP_SECONDS = 3;
const PAUSE_EXAMPLE = 'write a pause as *(pause 5 s)* on a line of its own';

export type StorySegment =
  { kind: 'prose'; html: string } | { kind: 'dialog'; lines: DialogLine[] };

const MAX_LABEL_LENGTH = 40;
const CUSTOMER_LABELS = new Set(['customer', 'caller', 'client', 'guest', 'member']);
const AGENT_LABELS = new Set(['agent', 'advisor', 'adviser', 'representative', 'rep', 'associate']);

export function speakerRole(speaker: string): SpeakerRole {
  const label = speaker.trim().toLowerCase();
  if (CUSTOMER_LABELS.has(label)) return 'customer';
  if (AGENT_LABELS.has(label)) return 'agent';
  return 'other';
}

/** Strips a leading colon and space from the first text node after the label. */
function withoutLeadingColon(children: PhrasingContent[], colonInLabel: boolean) {
  const [first, ...rest] = children;
  if (first?.type !== 'text') return children;
  const pattern = colonInLabel ? /^\s+/ : /^\s*:\s*/;
  const value = first.value.replace(pattern, '');
  return value ? [{ ...first, value }, ...rest] : rest;
}

/** A label's speaker and the time in its brackets: `Agent [1:02.5-1:09]`. */
function readLabel(label: string): Pick<Turn, 'speaker' | 'start' | 'end' | 'problem'> {
  const bracket = /^(.*?)\s*\[([^\]]*)\]$/.exec(label);
  if (!bracket) return { speaker: label };
  const [, speaker = '', written = ''] = bracket;
  const time = parseStartEnd(written);
  if (!time) {
    return {
      speaker,
      problem: `"[${written}]" is not a time — ${TIME_FORMAT_HINT}, or a start and end as [0:12-0:20]`,
    };
  }
  if (time.end !== undefined && time.end <= time.start) {
    return {
      speaker,
      start: time.start,
      problem: `"[${written}]" ends before it starts — swap or fix the times`,
    };
  }
  return { speaker, start: time.start, end: time.end };
}

const lineOf = (paragraph: Paragraph) => paragraph.position?.start.line ?? 1;

/** The turn a paragraph holds, or undefined when it does not start with a bold label. */
export function turnFromParagraph(paragraph: Paragraph): Turn | undefined {
  const [label, next, ...rest] = paragraph.children;
  if (label?.type !== 'strong') return undefined;
  const labelText = nodesToText(label.children);
  const colonInLabel = labelText.endsWith(':');
  const colonAfterLabel = next?.type === 'text' && /^\s*:/.test(next.value);
  if (!colonInLabel && !colonAfterLabel) return undefined;
  const { speaker, ...time } = readLabel(labelText.replace(/:$/, '').trim());
  if (!speaker || speaker.length > MAX_LABEL_LENGTH) return undefined;
  const said = withoutLeadingColon(next ? [next, ...rest] : [], colonInLabel);
  return {
    kind: 'turn',
    speaker,
    role: speakerRole(speaker),
    html: inlineToHtml(said),
    text: nodesToText([{ type: 'paragraph', children: said }]),
    line: lineOf(paragraph),
    ...time,
  };
}

const PAUSE = /^\(\s*pause\s+(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\s*\)$/i;

/**
 * A paragraph that is only italic text: `*(pause 5 s)*` is a pause, anything else a stage note
 * such as `*(later, in the coaching room)*`. A note that starts like a pause but is not one is
 * kept with its problem, so the validator can name it.
 */
function noteFromParagraph(paragraph: Paragraph): StageNote | Pause | undefined {
  const [only, ...rest] = paragraph.children;
  if (only?.type !== 'emphasis' || rest.length > 0) return undefined;
  const text = nodesToText([only]).trim();
  const line = lineOf(paragraph);
  const pause = PAUSE.exec(text);
  const seconds = Number(pause?.[1]);
  if (pause && seconds > 0) return { kind: 'pause', seconds, line };
  if (/^\(?\s*pause\b/i.test(text)) {
    return { kind: 'note', text, line, problem: `"${text}" is not a pause — ${PAUSE_EXAMPLE}` };
  }
  return { kind: 'note', text, line };
}

/**
 * Places the pauses of a timed dialog on the recording: a written pause ends where the next turn
 * starts, and a long enough gap between two turns becomes a pause of its own.
 */
function timePauses(lines: DialogLine[]): DialogLine[] {
  const timed: DialogLine[] = [];
  lines.forEach((line, index) => {
    const following = lines.slice(index + 1).find((other) => other.kind === 'turn');
    if (line.kind === 'pause') {
      const start = following?.start === undefined ? undefined : following.start - line.seconds;
      timed.push(start === undefined ? line : { ...line, start: Math.max(0, start) });
      return;
    }
    timed.push(line);
    const next = lines[index + 1];
    if (line.kind !== 'turn' || line.end === undefined || next?.kind !== 'turn') return;
    const gap = (next.start ?? line.end) - line.end;
    if (gap >= PAUSE_GAP_SECONDS) {
      timed.push({
        kind: 'pause',
        seconds: Math.round(gap * 10) / 10,
        start: line.end,
        line: next.line ?? 1,
      });
    }
  });
  return timed;
}

export function parseStoryBody(markdown: string): StorySegment[] {
  const segments: StorySegment[] = [];
  let prose: RootContent[] = [];
  let dialog: DialogLine[] = [];
  // Notes wait here until the next node shows whether they sit inside a dialog.
  let pendingNotes: { node: Paragraph; note: StageNote | Pause }[] = [];

  const flushProse = () => {
    if (prose.length) segments.push({ kind: 'prose', html: nodesToHtml(prose) });
    prose = [];
  };
  const closeDialog = () => {
    if (dialog.length) segments.push({ kind: 'dialog', lines: timePauses(dialog) });
    dialog = [];
    prose.push(...pendingNotes.map(({ node }) => node));
    pendingNotes = [];
  };

  for (const node of parseMarkdown(markdown).children) {
    const turn = node.type === 'paragraph' ? turnFromParagraph(node) : undefined;
    if (turn) {
      flushProse();
      dialog.push(...pendingNotes.map(({ note }) => note), turn);
      pendingNotes = [];
      continue;
    }
    const note = node.type === 'paragraph' && dialog.length ? noteFromParagraph(node) : undefined;
    if (note && node.type === 'paragraph') {
      pendingNotes.push({ node, note });
      continue;
    }
    closeDialog();
    prose.push(node);
  }
  closeDialog();
  flushProse();
  return segments;
}

/** Every turn of every dialog in a story body, in order. */
export function transcriptTurns(segments: readonly StorySegment[]): Turn[] {
  return segments.flatMap((segment) =>
    segment.kind === 'dialog'
      ? segment.lines.filter((line): line is Turn => line.kind === 'turn')
      : [],
  );
}

/** Every line of every dialog in a story body, in order. */
export function dialogLines(segments: readonly StorySegment[]): DialogLine[] {
  return segments.flatMap((segment) => (segment.kind === 'dialog' ? segment.lines : []));
}

/** A transcript problem, at its line of the story body. */
export interface TranscriptProblem {
  line: number;
  message: string;
}

/**
 * What is wrong with a story's times and pauses: malformed times and pauses, some turns timed
 * and others not, starts that go down, and times past the end of the recording (`duration`,
 * in seconds, when the story has one).
 */
export function transcriptProblems(
  segments: readonly StorySegment[],
  duration?: number,
): TranscriptProblem[] {
  const lines = dialogLines(segments);
  const problems: TranscriptProblem[] = lines.flatMap((line) =>
    line.kind !== 'pause' && line.problem ? [{ line: line.line ?? 1, message: line.problem }] : [],
  );
  const turns = lines.filter((line): line is Turn => line.kind === 'turn' && !line.problem);
  const timed = turns.filter((turn) => turn.start !== undefined);
  if (timed.length > 0 && timed.length < turns.length) {
    for (const turn of turns.filter((other) => other.start === undefined)) {
      problems.push({
        line: turn.line ?? 1,
        message: `this turn has no time but ${timed.length} other turns do — either every turn gets a start, e.g. **${turn.speaker} [0:12]:**, or none does`,
      });
    }
  }
  let previous: Turn | undefined;
  for (const turn of timed) {
    const start = turn.start ?? 0;
    if (previous?.start !== undefined && start < previous.start) {
      problems.push({
        line: turn.line ?? 1,
        message: `starts at ${formatTime(start)}, before the turn above (${formatTime(previous.start)}) — starts must never go down`,
      });
    }
    const last = turn.end ?? start;
    if (duration !== undefined && last > duration + 0.05) {
      problems.push({
        line: turn.line ?? 1,
        message: `${formatTime(last)} is past the end of the recording (${formatTime(duration)}) — fix the time or the audio file`,
      });
    }
    previous = turn;
  }
  return problems;
}
