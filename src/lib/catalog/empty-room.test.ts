import { describe, expect, it } from 'vitest';
import { EMPTY_WALL, emptyRoomHint } from './empty-room';

describe('emptyRoomHint', () => {
  it('says what belongs on each list, the folder it goes in and the command that starts one', () => {
    expect(emptyRoomHint('quotes')).toMatchObject({
      folder: 'content/quotes/',
      command: 'npm run new -- quote "Nobody rushed me"',
    });
    expect(emptyRoomHint('personas').belongs).toMatch(/customers we serve/);
    expect(emptyRoomHint('stories').folder).toBe('content/stories/');
    expect(emptyRoomHint('tags').belongs).toMatch(/tags: \[bereavement\]/);
  });
});

describe('EMPTY_WALL', () => {
  it('reads as one calm sentence', () => {
    expect(`${EMPTY_WALL.heading}: ${EMPTY_WALL.todo}`).toBe(
      'Nothing to show yet: add a quote in content/quotes/',
    );
  });
});
