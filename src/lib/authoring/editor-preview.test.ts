import { describe, expect, it } from 'vitest';
import { quotePreview, storyPreview } from './editor-preview';

describe('quotePreview', () => {
  it('reads a quote as its card shows it: markdown, persona name, source and date', () => {
    expect(
      quotePreview(
        {
          body: 'You were *kind*.',
          persona: 'maria-alvarez',
          source: 'call',
          date: '2026-03-14',
          tags: ['Small Gestures'],
        },
        { 'maria-alvarez': 'Maria Alvarez' },
      ),
    ).toEqual({
      html: '<p>You were <em>kind</em>.</p>',
      persona: 'Maria Alvarez',
      attribution: '',
      sourceLine: 'Call · 14 March 2026',
      tags: [{ slug: 'small-gestures', label: 'small gestures', url: '/tags/small-gestures/' }],
    });
  });
});

describe('storyPreview', () => {
  it('splits the body into prose and transcript turns, as the story page does', () => {
    const preview = storyPreview({
      title: 'Five seconds',
      channel: 'phone',
      date: '2026-03-14',
      body: 'It began.\n\n**Customer:** My uncle died.\n\n**Agent:** I am sorry.',
    });
    expect(preview.meta).toBe('14 March 2026 · Phone');
    expect(preview.segments.map((segment) => segment.kind)).toEqual(['prose', 'dialog']);
    const dialog = preview.segments[1];
    expect(dialog?.kind === 'dialog' ? dialog.lines.map((line) => line.kind) : []).toEqual([
      'turn',
      'turn',
    ]);
  });
});
