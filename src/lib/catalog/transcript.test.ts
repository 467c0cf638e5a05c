import { describe, expect, it } from 'vitest';
import {
  parseStoryBody,
  speakerRole,
  transcriptTurns,
  type DialogLine,
  type StorySegment,
} from './transcript';

const body = (...paragraphs: string[]) => paragraphs.join('\n\n');

/** A compact picture of the segments: `prose` or the dialog's lines as `Speaker: text` / `(note)`. */
function outline(segments: readonly StorySegment[]) {
  return segments.map((segment) =>
    segment.kind === 'prose'
      ? 'prose'
      : segment.lines.map((line: DialogLine) =>
          line.kind === 'turn'
            ? `${line.speaker}: ${line.text}`
            : line.kind === 'note'
              ? `[${line.text}]`
              : `(pause ${line.seconds} s)`,
        ),
  );
}

function allHtml(segments: readonly StorySegment[]): string {
  return segments
    .flatMap((segment) =>
      segment.kind === 'prose'
        ? [segment.html]
        : segment.lines.map((line) => (line.kind === 'turn' ? line.html : '')),
    )
    .join('\n');
}

describe('parseStoryBody', () => {
  it('splits a story into prose and a dialog of turns', () => {
    const segments = parseStoryBody(
      body(
        'Dana called to explain why the papers were late.',
        '**Customer:** My uncle died on Sunday.',
        '**Agent:** If we receive the documents this week, we can continue.',
        'The coach started with a question.',
      ),
    );
    expect(outline(segments)).toEqual([
      'prose',
      [
        'Customer: My uncle died on Sunday.',
        'Agent: If we receive the documents this week, we can continue.',
      ],
      'prose',
    ]);
    expect(segments[0]).toEqual({
      kind: 'prose',
      html: '<p>Dana called to explain why the papers were late.</p>',
    });
    expect(segments[2]).toEqual({
      kind: 'prose',
      html: '<p>The coach started with a question.</p>',
    });
  });

  it('reads a label with the colon inside or outside the bold', () => {
    const turns = transcriptTurns(
      parseStoryBody(body('**Customer:** Inside.', '**Agent**: Outside.')),
    );
    expect(turns).toMatchObject([
      { kind: 'turn', speaker: 'Customer', role: 'customer', html: 'Inside.', text: 'Inside.' },
      { kind: 'turn', speaker: 'Agent', role: 'agent', html: 'Outside.', text: 'Outside.' },
    ]);
  });

  it('gives customer, agent and any other speaker their role', () => {
    const turns = transcriptTurns(
      parseStoryBody(
        body('**Customer:** Hello.', '**Agent:** Hi.', '**Coach:** What happened there?'),
      ),
    );
    expect(turns.map(({ speaker, role }) => [speaker, role])).toEqual([
      ['Customer', 'customer'],
      ['Agent', 'agent'],
      ['Coach', 'other'],
    ]);
  });

  it('keeps a stage note between two turns inside the dialog', () => {
    const segments = parseStoryBody(
      body(
        '**Customer:** Could I send them this week?',
        '*(five seconds of silence)*',
        '**Agent:** Okay.',
      ),
    );
    expect(outline(segments)).toEqual([
      ['Customer: Could I send them this week?', '[(five seconds of silence)]', 'Agent: Okay.'],
    ]);
  });

  it('reads a stage note with inline markup as plain text, without adding spaces', () => {
    const segments = parseStoryBody(
      body('**Customer:** Sorry.', '*(a long pause, then **silence**.)*', '**Agent:** Okay.'),
    );
    expect(outline(segments)).toEqual([
      ['Customer: Sorry.', '[(a long pause, then silence.)]', 'Agent: Okay.'],
    ]);
  });

  it('treats an italic paragraph after the last turn as prose, not a stage note', () => {
    const segments = parseStoryBody(
      body('**Customer:** Thanks.', '*Names and details have been changed.*'),
    );
    expect(outline(segments)).toEqual([['Customer: Thanks.'], 'prose']);
    expect(segments[1]).toEqual({
      kind: 'prose',
      html: '<p><em>Names and details have been changed.</em></p>',
    });
  });

  it('treats an italic paragraph before the first turn as prose', () => {
    const segments = parseStoryBody(body('*(the call opens)*', '**Customer:** Hello?'));
    expect(outline(segments)).toEqual(['prose', ['Customer: Hello?']]);
  });

  it('ends the dialog at an italic note followed by prose, keeping the note with the prose', () => {
    const segments = parseStoryBody(
      body('**Agent:** Goodbye.', '*(the line goes quiet)*', 'Afterwards, the team talked.'),
    );
    expect(outline(segments)).toEqual([['Agent: Goodbye.'], 'prose']);
    expect(segments[1]).toEqual({
      kind: 'prose',
      html: '<p><em>(the line goes quiet)</em></p>\n<p>Afterwards, the team talked.</p>',
    });
  });

  it('leaves a bold phrase that is not a speaker label in the prose', () => {
    const segments = parseStoryBody(body('**Important** note for coaches.'));
    expect(segments).toEqual([
      { kind: 'prose', html: '<p><strong>Important</strong> note for coaches.</p>' },
    ]);
  });

  it('keeps inline markdown in what was said, without adding spaces', () => {
    const [turn] = transcriptTurns(
      parseStoryBody(
        "**Agent:** I'm *so* sorry, it's a **must**. See [the form](https://example.com/form).",
      ),
    );
    expect(turn?.html).toBe(
      'I\'m <em>so</em> sorry, it\'s a <strong>must</strong>. See <a href="https://example.com/form" rel="noreferrer">the form</a>.',
    );
    expect(turn?.text).toBe("I'm so sorry, it's a must. See the form.");
  });

  it('never outputs raw HTML from the markdown', () => {
    const segments = parseStoryBody(
      body(
        'Intro <img src=x onerror="alert(1)"> here.',
        '<script>alert(1)</script>',
        '**Customer:** Hi <script>alert(2)</script> there <img src=x onerror="alert(3)">',
        '**Agent:** <b onmouseover="alert(4)">Hello</b>',
        '<div>block html</div>',
      ),
    );
    const html = allHtml(segments);
    expect(html).not.toMatch(/<script|<img|onerror|onmouseover|<b\b|<div/i);
    expect(transcriptTurns(segments).map(({ speaker }) => speaker)).toEqual(['Customer', 'Agent']);
  });

  it('returns nothing for an empty body', () => {
    expect(parseStoryBody('')).toEqual([]);
  });
});

describe('speakerRole', () => {
  it('recognises the usual customer and agent labels in any case', () => {
    expect(speakerRole('CALLER')).toBe('customer');
    expect(speakerRole('Advisor')).toBe('agent');
    expect(speakerRole('Supervisor')).toBe('other');
  });
});

describe('transcriptTurns', () => {
  it('collects the turns of every dialog in order, without stage notes', () => {
    const segments = parseStoryBody(
      body(
        '**Customer:** One.',
        '*(pause)*',
        '**Agent:** Two.',
        'Later that day:',
        '**Coach:** Three.',
      ),
    );
    expect(transcriptTurns(segments).map(({ text }) => text)).toEqual(['One.', 'Two.', 'Three.']);
  });
});
