import { describe, expect, it } from 'vitest';
import {
  chunkCount,
  chunkUrl,
  errorMessage,
  joinSlide,
  loadChunk,
  loadWallIndex,
  readWallIndex,
  splitWallData,
  wallDataUrl,
} from './wall-data';
import type { WallData } from './wall-data';
import { DEFAULT_PLAYLIST } from './plans';

const face = { kind: 'photo', src: '/_astro/maria.webp', srcset: '/_astro/maria.webp 480w' };
const meta = { tags: ['billing'], channels: [], featured: false, seconds: 12 };
const data = {
  plan: DEFAULT_PLAYLIST.plan,
  slides: [
    {
      ...meta,
      id: 'quotes/x',
      kind: 'quote',
      text: 'I typed </script> into the chat',
      persona: 'maria',
      personaName: 'María',
      face,
      date: '2026-01-02',
      expires: '2026-12-31',
    },
    {
      ...meta,
      id: 'stories/y',
      kind: 'story',
      title: 'A call',
      turns: [{ speaker: 'Customer', role: 'customer', text: 'Hello' }],
      persona: 'maria',
      personaName: 'María',
      face,
      featured: true,
    },
    {
      ...meta,
      id: 'personas/maria',
      kind: 'persona',
      name: 'María',
      persona: 'maria',
      personaName: 'María',
      face,
    },
    { ...meta, id: 'quotes/z', kind: 'quote', text: 'Nobody in particular.' },
    { ...meta, id: 'quotes/w', kind: 'quote', text: 'A fifth slide, in the third chunk.' },
  ],
} as unknown as WallData;

const serving = (files: Record<string, string>, status = 200) => {
  const asked: string[] = [];
  const fetchFile = (url: string) => {
    asked.push(url);
    const body = files[url];
    return Promise.resolve(
      body === undefined
        ? new Response('Not found', { status: 404 })
        : new Response(body, { status }),
    );
  };
  return { asked, fetchFile };
};

/** The files a build writes for `data`, at chunks of two slides, as a server would serve them. */
function built(chunkSize = 2) {
  const { index, chunks } = splitWallData(data, chunkSize);
  const files: Record<string, string> = { '/display/wall.json?v=1': JSON.stringify(index) };
  chunks.forEach((chunk, number) => {
    files[chunkUrl('/display/wall.json?v=1', number)] = JSON.stringify(chunk);
  });
  return { index, chunks, files };
}

describe('the wall index and its chunks', () => {
  it('put every slide back together exactly as it was written', async () => {
    const { files } = built();
    const { fetchFile } = serving(files);
    const index = await loadWallIndex('/display/wall.json?v=1', fetchFile);
    const slides = await Promise.all(
      index.slides.map(async (entry) => {
        const texts = await loadChunk(chunkUrl('/display/wall.json?v=1', entry.at >> 1), fetchFile);
        return joinSlide(index, entry, texts[entry.at % 2] ?? {});
      }),
    );
    expect(slides).toEqual(data.slides);
    expect(index.plan).toEqual(data.plan);
  });

  it('keep in the index only what orders the loop, and the text in chunks of a few slides', () => {
    const { index, chunks, files } = built();
    expect(index.slides[0]).toEqual({
      id: 'quotes/x',
      kind: 'quote',
      tags: ['billing'],
      persona: 'maria',
      channels: [],
      featured: false,
      date: '2026-01-02',
      expires: '2026-12-31',
      seconds: 12,
    });
    expect(files['/display/wall.json?v=1']).not.toContain('</script>');
    expect(chunks.map((chunk) => chunk.slides.length)).toEqual([2, 2, 1]);
    expect(chunks[0]?.slides[0]).toEqual({ text: 'I typed </script> into the chat' });
    expect(chunkCount(5, 2)).toBe(3);
    expect(chunkCount(0, 2)).toBe(0);
  });

  it("carry each persona's name and face once, however many slides show them", () => {
    const { files } = built();
    const all = Object.values(files).join('');
    expect(all.split('/_astro/maria.webp 480w')).toHaveLength(2);
    expect(splitWallData(data).index.people).toEqual({ maria: { name: 'María', face } });
  });

  it('live beside their display page, named with the build they belong to', () => {
    expect(wallDataUrl('/display/', 'abc123')).toBe('/display/wall.json?v=abc123');
    expect(wallDataUrl('/display/call-floor/', 'abc123')).toBe(
      '/display/call-floor/wall.json?v=abc123',
    );
    expect(wallDataUrl('/display/', '')).toBe('/display/wall.json');
    expect(chunkUrl('/display/call-floor/wall.json?v=abc123', 3)).toBe(
      '/display/call-floor/wall-3.json?v=abc123',
    );
    expect(chunkUrl('/base/display/wall.json', 0)).toBe('/base/display/wall-0.json');
  });
});

describe('reading the index', () => {
  it('says which address failed when the server does not have it', async () => {
    const { fetchFile } = serving({});
    await expect(loadWallIndex('/display/gone/wall.json', fetchFile)).rejects.toThrow(
      '/display/gone/wall.json answered 404',
    );
  });

  it('refuses a file that is not a wall index', async () => {
    const noSlides = JSON.stringify({ plan: data.plan, people: {}, chunkSize: 20 });
    expect(() => readWallIndex('/display/wall.json', noSlides)).toThrow(/no wall slides/);
    // The single file of slides of earlier builds is no index: it says how its text is split.
    const old = JSON.stringify({ plan: data.plan, people: {}, slides: [] });
    expect(() => readWallIndex('/display/wall.json', old)).toThrow(/no wall slides/);
  });

  it('loads an empty room: no slides, for the wall to say what to add', () => {
    const empty = JSON.stringify({ plan: data.plan, people: {}, chunkSize: 20, slides: [] });
    expect(readWallIndex('/display/wall.json', empty).slides).toEqual([]);
  });

  it('says a file cut short is not valid JSON, and a portal page is HTML', () => {
    const { files } = built();
    const cut = (files['/display/wall.json?v=1'] ?? '').slice(0, 40);
    expect(() => readWallIndex('/display/wall.json', cut)).toThrow(
      '/display/wall.json is not valid JSON (cut short by a deploy?)',
    );
    expect(() =>
      readWallIndex('/display/wall.json', '<!doctype html><h1>Accept the terms</h1>'),
    ).toThrow('/display/wall.json is an HTML page, not the slides (a portal or a fallback page?)');
    expect(errorMessage(new Error('one line'))).toBe('one line');
  });
});

describe('reading a chunk', () => {
  it('says what is wrong with a chunk: cut short, HTML, an error page, or no slides', async () => {
    const url = '/display/wall-1.json';
    const chunk = (body: string, status = 200) =>
      loadChunk(url, serving({ [url]: body }, status).fetchFile);
    await expect(chunk('{"slides":[{"te')).rejects.toThrow(`${url} is not valid JSON`);
    await expect(chunk('<html>Sign in to the Wi-Fi</html>')).rejects.toThrow(
      `${url} is an HTML page`,
    );
    await expect(chunk('Internal error', 500)).rejects.toThrow(`${url} answered 500`);
    await expect(chunk('{"slides":[1]}')).rejects.toThrow(`${url} holds no slide texts`);
    await expect(chunk('{"slides":[{"text":"Hi"}]}')).resolves.toEqual([{ text: 'Hi' }]);
  });
});
