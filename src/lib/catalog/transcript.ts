/**
 * The transcript convention: a run of paragraphs that each start with a bold speaker label,
 * `**Customer:** …`. A story body is split into prose and dialogs; a dialog keeps its turns in
 * order, and an italic-only paragraph between turns, `*(five seconds of silence)*`, stays
 * inside the dialog as a stage note.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
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
}

export interface StageNote {
  kind: 'note';
  text: string;
}

export type DialogLine = Turn | StageNote;

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

/** The turn a paragraph holds, or undefined when it does not start with a bold label. */
export function turnFromParagraph(paragraph: Paragraph): Turn | undefined {
  const [label, next, ...rest] = paragraph.children;
  if (label?.type !== 'strong') return undefined;
  const labelText = nodesToText(label.children);
  const colonInLabel = labelText.endsWith(':');
  const colonAfterLabel = next?.type === 'text' && /^\s*:/.test(next.value);
  if (!colonInLabel && !colonAfterLabel) return undefined;
  const speaker = labelText.replace(/:$/, '').trim();
  if (!speaker || speaker.length > MAX_LABEL_LENGTH) return undefined;
  const said = withoutLeadingColon(next ? [next, ...rest] : [], colonInLabel);
  return {
    kind: 'turn',
    speaker,
    role: speakerRole(speaker),
    html: inlineToHtml(said),
    text: nodesToText([{ type: 'paragraph', children: said }]),
  };
}

/** A paragraph that is only italic text: a stage note such as `*(a long pause)*`. */
function noteFromParagraph(paragraph: Paragraph): StageNote | undefined {
  const [only, ...rest] = paragraph.children;
  if (only?.type !== 'emphasis' || rest.length > 0) return undefined;
  return { kind: 'note', text: nodesToText([only]) };
}

export function parseStoryBody(markdown: string): StorySegment[] {
  const segments: StorySegment[] = [];
  let prose: RootContent[] = [];
  let dialog: DialogLine[] = [];
  // Notes wait here until the next node shows whether they sit inside a dialog.
  let pendingNotes: { node: Paragraph; note: StageNote }[] = [];

  const flushProse = () => {
    if (prose.length) segments.push({ kind: 'prose', html: nodesToHtml(prose) });
    prose = [];
  };
  const closeDialog = () => {
    if (dialog.length) segments.push({ kind: 'dialog', lines: dialog });
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
