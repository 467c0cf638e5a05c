import { describe, expect, it } from 'vitest';
import type { PlaylistData } from '../../display/plans';
import { publishedTags, unknownPlaylistTags } from './playlist-tags';

const NOW = new Date('2026-06-01T09:00:00Z');

describe('publishedTags', () => {
  it('counts the tags of personas and of quotes and stories still on the site', () => {
    const tags = publishedTags(
      [
        { kind: 'personas', data: { tags: ['Small Gestures'] } },
        { kind: 'quotes', data: { tags: ['bereavement'], expires: '2027-01-01' } },
        { kind: 'stories', data: { tags: ['fraud'], expires: '2026-01-01' } },
        { kind: 'playlists', data: { tags: ['not-an-item'] } },
      ],
      NOW,
    );
    expect([...tags].sort()).toEqual(['bereavement', 'small-gestures']);
  });
});

describe('unknownPlaylistTags', () => {
  const playlist = (filters: Record<string, unknown>, schedule: unknown[] = []) =>
    ({ name: 'x', order: 'shuffle', items: [], filters, schedule }) as unknown as PlaylistData;

  it('names each unknown tag where it is written, with the likely one', () => {
    const written = {
      filters: { tags: ['bereavement', 'Bereavment'] },
      schedule: [{ filters: { exclude: { tags: ['frauds'] } } }],
    };
    const found = unknownPlaylistTags(
      'x',
      written,
      playlist({ tags: ['bereavement', 'bereavment'] }, [
        { days: ['mon'], from: '07:00', to: '08:00', filters: { exclude: { tags: ['frauds'] } } },
      ]),
      new Set(['bereavement', 'fraud']),
    );
    expect(found).toEqual([
      {
        path: ['filters', 'tags', 1],
        message:
          'no item carries the tag "bereavment" (did you mean "bereavement"?) — fix the spelling or remove it',
      },
      {
        path: ['schedule', 0, 'filters', 'exclude', 'tags', 0],
        message:
          'no item carries the tag "frauds" (did you mean "fraud"?) — fix the spelling or remove it',
      },
    ]);
  });

  it('finds nothing when every tag is carried', () => {
    expect(unknownPlaylistTags('x', {}, playlist({ tags: ['fraud'] }), new Set(['fraud']))).toEqual(
      [],
    );
  });
});
