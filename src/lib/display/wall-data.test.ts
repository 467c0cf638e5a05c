import { describe, expect, it } from 'vitest';
import { errorMessage, loadWallData, packWallData, wallDataJson, wallDataUrl } from './wall-data';
import type { WallData } from './wall-data';
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

const serving = (body: string, status = 200) => {
  const asked: string[] = [];
  const fetchFile = (url: string) => {
    asked.push(url);
    return Promise.resolve(new Response(body, { status }));
  };
  return { asked, fetchFile };
};

describe('the wall data file', () => {
  it('reads back exactly what was written', async () => {
    const { asked, fetchFile } = serving(wallDataJson(data));
    expect(await loadWallData('/display/wall.json', fetchFile)).toEqual(data);
    expect(asked).toEqual(['/display/wall.json']);
  });

  it("carries each persona's name and face once, however many slides show them", () => {
    const written = wallDataJson(data);
    expect(written.split('/_astro/maria.webp 480w')).toHaveLength(2);
    expect(written.length).toBeLessThan(JSON.stringify(data).length);
    expect(packWallData(data).people).toEqual({ maria: { name: 'María', face } });
  });

  it('lives beside its display page, named with the build it belongs to', () => {
    expect(wallDataUrl('/display/', 'abc123')).toBe('/display/wall.json?v=abc123');
    expect(wallDataUrl('/display/call-floor/', 'abc123')).toBe(
      '/display/call-floor/wall.json?v=abc123',
    );
    expect(wallDataUrl('/display/', '')).toBe('/display/wall.json');
  });

  it('says which address failed when the server does not have it', async () => {
    const { fetchFile } = serving('Not found', 404);
    await expect(loadWallData('/display/gone/wall.json', fetchFile)).rejects.toThrow(
      '/display/gone/wall.json answered 404',
    );
  });

  it('refuses a file that is not wall data', async () => {
    const { fetchFile } = serving(JSON.stringify({ plan: data.plan, people: {} }));
    await expect(loadWallData('/display/wall.json', fetchFile)).rejects.toThrow(/no wall slides/);
  });

  it('loads an empty room: no slides, for the wall to say what to add', async () => {
    const { fetchFile } = serving(JSON.stringify({ plan: data.plan, people: {}, slides: [] }));
    await expect(loadWallData('/display/wall.json', fetchFile)).resolves.toMatchObject({
      slides: [],
    });
  });

  it('says a file cut short is not valid JSON, and a portal page is HTML', async () => {
    const cut = serving(wallDataJson(data).slice(0, 40));
    await expect(loadWallData('/display/wall.json', cut.fetchFile)).rejects.toThrow(
      '/display/wall.json is not valid JSON (cut short by a deploy?)',
    );
    const portal = serving('<!doctype html><h1>Accept the terms</h1>');
    await expect(loadWallData('/display/wall.json', portal.fetchFile)).rejects.toThrow(
      '/display/wall.json is an HTML page, not the slides (a portal or a fallback page?)',
    );
    expect(errorMessage(new Error('one line'))).toBe('one line');
  });
});
