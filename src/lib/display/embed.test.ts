import { describe, expect, it } from 'vitest';
import { embedWallData, packWallData, readWallData, WALL_DATA_ID } from './embed';
import type { WallData } from './embed';
import { DEFAULT_PLAYLIST } from './plans';

const face = { kind: 'photo', src: '/_astro/maria.webp', srcset: '/_astro/maria.webp 480w' };
const data = {
  plan: DEFAULT_PLAYLIST.plan,
  slides: [
    {
      id: 'quotes/x',
      text: 'I typed </script> into the chat',
      persona: 'maria',
      personaName: 'María',
      face,
    },
    { id: 'stories/y', title: 'A call', persona: 'maria', personaName: 'María', face },
    { id: 'personas/maria', name: 'María', persona: 'maria', personaName: 'María', face },
    { id: 'quotes/z', text: 'Nobody in particular.' },
  ],
} as unknown as WallData;

const pageWith = (json: string) =>
  ({
    getElementById: (id: string) => (id === WALL_DATA_ID ? { textContent: json } : null),
  }) as unknown as Document;

describe('the wall data embedded in the page', () => {
  it('reads back exactly what was embedded', () => {
    expect(readWallData(pageWith(embedWallData(data)))).toEqual(data);
  });

  it("carries each persona's name and face once, however many slides show them", () => {
    const embedded = embedWallData(data);
    expect(embedded.split('/_astro/maria.webp 480w')).toHaveLength(2);
    expect(embedded.length).toBeLessThan(JSON.stringify(data).length);
    expect(packWallData(data).people).toEqual({ maria: { name: 'María', face } });
  });

  it('says so when the page carries no wall data', () => {
    const document = { getElementById: () => null } as unknown as Document;
    expect(() => readWallData(document)).toThrow(/no wall data/);
  });
});
