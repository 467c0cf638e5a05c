import { describe, expect, it } from 'vitest';
import { qrName, qrPath, qrSvg } from './qr';

describe('qrName', () => {
  it('names the code after the page it leads to', () => {
    expect(qrName('/personas/maria-alvarez/')).toBe('personas-maria-alvarez');
    expect(qrName('/stories/five-seconds-of-silence/')).toBe('stories-five-seconds-of-silence');
    expect(qrName('/quotes/#first-call')).toBe('quotes-first-call');
  });

  it('gives every item its own file', () => {
    expect(qrPath('/quotes/#first-call')).toBe('/display/qr/quotes-first-call.svg');
    expect(qrPath('/stories/first-call/')).not.toBe(qrPath('/quotes/#first-call'));
  });
});

describe('qrSvg', () => {
  it('draws the code as an SVG path, dark on light', async () => {
    const svg = await qrSvg('https://customer-room.example/stories/five-seconds-of-silence/');
    expect(svg).toMatch(/^<svg[\s>]/);
    expect(svg).toContain('<path');
    expect(svg).toContain('#000000');
    expect(svg).toContain('#ffffff');
  });

  it('draws a different code for a different address', async () => {
    const a = await qrSvg('https://customer-room.example/stories/a/');
    const b = await qrSvg('https://customer-room.example/stories/b/');
    expect(a).not.toBe(b);
  });
});
