/**
 * A listening session: a coach plays a story to a team on a shared screen and stops to ask
 * "what would you say here?". The story becomes a sequence of steps, revealed one at a time:
 * the narration and every line of the transcript in order, each coaching prompt right after the
 * line it is about, then all the prompts together, and the lesson last.
 *
 * Where a prompt belongs: the content contract has no field for it, so a prompt is placed after
 * the transcript line it shares the most meaningful words with (`What would you have said after
 * the pause?` lands after `What was going on for you in that pause?`). A prompt that shares no
 * such word with any line is only shown at the end, with the others.
 */
import type { Story } from '../catalog/catalog';
import type { DialogLine, Pause, StageNote, Turn } from '../catalog/transcript';

/** A transcript line as a session shows it: what was said and when, without where it was written. */
type SessionLine<Line> = Omit<Line, 'line' | 'problem'>;

export type SessionStep =
  | { kind: 'prose'; html: string }
  | SessionLine<Turn>
  | SessionLine<StageNote>
  | SessionLine<Pause>
  | { kind: 'prompt'; text: string; number: number }
  | { kind: 'prompts'; prompts: string[] }
  | { kind: 'lesson'; text: string };

/** Words too common in stories and prompts to say where a prompt belongs. */
const STOP_WORDS = new Set(
  `about after again also another anyone anything back been before being both call called calls
  could customer customers does doing done down each even every first from give going good have
  having help here into just know like made make many more most much must need next only other
  over really said same should some someone something such tell than that their them then there
  these they thing things think this those through time told very want were what when where
  which while whom whose will with would your yours agent agents person people team coach
  easy ever feel felt great hard little long never okay please right sorry still sure thank
  thanks today well`
    .split(/\s+/)
    .filter(Boolean),
);

/** The meaningful words of a text, lightly stemmed: `paused`, `pauses`, `pause` → `paus`. */
export function meaningfulWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/g, '')
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 4 && !STOP_WORDS.has(word));
  return new Set(
    words.map((word) => {
      const stem = word.replace(/(?:ing|ed|es|e|s)$/, '');
      return stem.length >= 4 ? stem : word;
    }),
  );
}

/**
 * For each prompt, the index of the transcript line it belongs after, or undefined when it only
 * belongs at the end. The line sharing the most meaningful words wins; a tie goes to the earlier.
 */
export function placePrompts(
  prompts: readonly string[],
  lines: readonly { text: string }[],
): (number | undefined)[] {
  const lineWords = lines.map((line) => meaningfulWords(line.text));
  return prompts.map((prompt) => {
    const words = meaningfulWords(prompt);
    let best: number | undefined;
    let bestScore = 0;
    lineWords.forEach((candidate, index) => {
      const score = [...words].filter((word) => candidate.has(word)).length;
      if (score > bestScore) {
        best = index;
        bestScore = score;
      }
    });
    return best;
  });
}

function lineStep(line: DialogLine): SessionStep {
  switch (line.kind) {
    case 'turn': {
      const { speaker, role, html, text, start, end } = line;
      return { kind: 'turn', speaker, role, html, text, start, end };
    }
    case 'pause':
      return { kind: 'pause', seconds: line.seconds, start: line.start };
    case 'note':
      return { kind: 'note', text: line.text };
  }
}

/** Every step of a story's session, in the order they are revealed. */
export function sessionSteps(story: Pick<Story, 'segments' | 'prompts' | 'lesson'>): SessionStep[] {
  const lines = story.segments.flatMap((segment) =>
    segment.kind === 'dialog' ? segment.lines : [],
  );
  const placements = placePrompts(
    story.prompts,
    lines.map((line) => ({ text: line.kind === 'pause' ? '' : line.text })),
  );
  const steps: SessionStep[] = [];
  let lineIndex = 0;
  for (const segment of story.segments) {
    if (segment.kind === 'prose') {
      steps.push({ kind: 'prose', html: segment.html });
      continue;
    }
    for (const line of segment.lines) {
      steps.push(lineStep(line));
      story.prompts.forEach((text, index) => {
        if (placements[index] === lineIndex)
          steps.push({ kind: 'prompt', text, number: index + 1 });
      });
      lineIndex++;
    }
  }
  if (story.prompts.length > 0) steps.push({ kind: 'prompts', prompts: [...story.prompts] });
  steps.push({ kind: 'lesson', text: story.lesson });
  return steps;
}

/**
 * Position in a session: 0 shows only the story's introduction, n shows the first n steps.
 * Anything out of range is brought back into it.
 */
export function clampStep(step: number, total: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), Math.max(total, 0));
}

/** The steps shown at position `step`, oldest first. */
export function shownSteps<Step>(steps: readonly Step[], step: number): Step[] {
  return steps.slice(0, clampStep(step, steps.length));
}

export type SessionAction = 'next' | 'back' | 'first' | 'last';

/**
 * What a key does in a session: → Space PageDown go on, ← Shift+Space PageUp go back (clickers
 * send PageDown and PageUp), Home and End jump. Space on a focused button or link is left to it.
 * Keys with Ctrl, Alt or Meta are the browser's (Alt+← is history back).
 */
export function sessionAction(
  event: { key: string; shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean },
  onControl: boolean,
): SessionAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'back';
    case ' ':
      if (onControl) return undefined;
      return event.shiftKey ? 'back' : 'next';
    case 'Home':
      return onControl ? undefined : 'first';
    case 'End':
      return onControl ? undefined : 'last';
    default:
      return undefined;
  }
}

export function applyAction(step: number, action: SessionAction, total: number): number {
  switch (action) {
    case 'next':
      return clampStep(step + 1, total);
    case 'back':
      return clampStep(step - 1, total);
    case 'first':
      return 0;
    case 'last':
      return total;
  }
}

/** `#step-5` keeps a session's place across a reload; the start has no hash. */
export function stepHash(step: number): string {
  return step > 0 ? `#step-${step}` : '';
}

export function stepFromHash(hash: string, total: number): number {
  const match = /^#step-(\d+)$/.exec(hash);
  return match ? clampStep(Number(match[1]), total) : 0;
}

/**
 * Ruled lines on the one-page handout: a few under each prompt (fewer when there are many) and
 * the rest of the page for general notes, so any number of prompts still fits on one sheet.
 */
export function handoutLines(promptCount: number): { perPrompt: number; notes: number } {
  const perPrompt = promptCount <= 3 ? 3 : promptCount <= 5 ? 2 : 1;
  // About 20 lines' height is free between the heading and the lesson on A4 or Letter.
  const notes = Math.max(2, Math.floor(20 - promptCount * (perPrompt + 1.3)));
  return { perPrompt, notes };
}
