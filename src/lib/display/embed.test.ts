import { describe, expect, it } from 'vitest';
import { embedWallData, readWallData, WALL_DATA_ID } from './embed';
import type { WallData } from './embed';
import { DEFAULT_PLAYLIST } from './plans';

const data = {
  plan: DEFAULT_PLAYLIST.plan,
  slides: [{ id: 'quotes/x', text: 'I typed </script><script>alert(1)</script> into the chat' }],
} as unknown as WallData;

describe('the wall data embedded in the page', () => {
  it('reads back exactly what was embedded', () => {
    const document = {
      getElementById: (id: string) =>
        id === WALL_DATA_ID ? { textContent: embedWallData(data) } : null,
    } as unknown as Document;
    expect(readWallData(document)).toEqual(data);
  });

  it('says so when the page carries no wall data', () => {
    const document = { getElementById: () => null } as unknown as Document;
    expect(() => readWallData(document)).toThrow(/no wall data/);
  });
});
