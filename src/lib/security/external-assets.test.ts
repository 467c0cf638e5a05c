import { describe, expect, it } from 'vitest';
import { externalizeInline } from './external-assets';

const page = [
  '<html><head><style>astro-island{display:contents}</style></head><body>',
  '<script>(()=>{self.Astro={}})()</script>',
  '<script type="module">document.title="x"</script>',
  '<script type="module" src="/_astro/app.js"></script>',
  '<script type="application/json" id="items">{"a":1}</script>',
  '<astro-island></astro-island>',
  '<script>(()=>{self.Astro={}})()</script>',
  '</body></html>',
].join('');

describe('externalizeInline', () => {
  const { html, assets } = externalizeInline(page);

  it('leaves no inline code or style in the page', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>/);
    expect(html).not.toMatch(/<style/);
  });

  it('loads the same code from files, in the same places, once per distinct text', () => {
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1]);
    expect(scripts).toHaveLength(5);
    expect(scripts[0]).toBe(scripts[4]);
    expect(scripts[1]).toMatch(/^ type="module" src="\/_astro\/inline\.[0-9a-f]{10}\.js"$/);
    expect(assets.map((asset) => asset.text).sort()).toEqual([
      '(()=>{self.Astro={}})()',
      'astro-island{display:contents}',
      'document.title="x"',
    ]);
    expect(html).toContain('<link rel="stylesheet" href="/_astro/inline.');
  });

  it('keeps data blocks and scripts that already have a file', () => {
    expect(html).toContain('<script type="application/json" id="items">{"a":1}</script>');
    expect(html).toContain('<script type="module" src="/_astro/app.js"></script>');
  });

  it('writes under the base path when the site has one', () => {
    expect(externalizeInline('<style>a{}</style>', '_astro', '/room/').html).toMatch(
      /href="\/room\/_astro\/inline\./,
    );
  });
});
