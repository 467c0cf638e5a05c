import { describe, expect, it } from 'vitest';
import { shapeAnnouncements, type AnnouncementEntry } from './announcement-data';

const entry = (id: string, data: Partial<AnnouncementEntry['data']> = {}, body = 'Be kind.') => ({
  id,
  body,
  data: {
    title: 'Team huddle',
    from: '2026-12-03T08:00',
    until: '2026-12-03T18:00',
    mode: 'interleave' as const,
    screens: [],
    tone: 'info' as const,
    ...data,
  },
});

describe('the announcements a build publishes', () => {
  it('leaves out those whose window has closed, keeps live and future ones in turn order', () => {
    const now = new Date(2026, 11, 3, 12, 0);
    const shaped = shapeAnnouncements(
      [
        entry('later', { from: '2026-12-05T08:00', until: '2026-12-05T09:00' }),
        entry('ended', { from: '2026-12-02T08:00', until: '2026-12-03T12:00' }),
        entry('now'),
      ],
      now,
    );
    expect(shaped.map((a) => a.id)).toEqual(['now', 'later']);
  });

  it('renders the body, defaults every to 5 and gives a readable time', () => {
    const [shaped] = shapeAnnouncements(
      [entry('huddle', {}, 'Meet at **14:00**.')],
      new Date(2026, 11, 1),
    );
    expect(shaped).toMatchObject({
      kind: 'announcement',
      html: '<p>Meet at <strong>14:00</strong>.</p>',
      every: 5,
      seconds: 10,
    });
  });
});
