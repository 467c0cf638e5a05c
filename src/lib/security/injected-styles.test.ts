import { describe, expect, it } from 'vitest';
import { injectedStyles, styleHash, templateStyleAttributes } from './injected-styles';

describe('injectedStyles', () => {
  it('reads each component stylesheet of a minified Svelte bundle, escapes resolved', () => {
    const bundle =
      'var a={hash:`svelte-1cyacjn`,code:`.icon.svelte-1cyacjn {overflow:hidden;}`};' +
      'function f(){}var b={hash:`svelte-92f9c3`,code:`.x.svelte-92f9c3::before {content:"\\\\e5cf";}\\n.y {}`};' +
      'var c={hash:"svelte-1ong0f1",code:".z.svelte-1ong0f1 {content:\\"`\\";}"};';
    expect(injectedStyles(bundle)).toEqual([
      '.icon.svelte-1cyacjn {overflow:hidden;}',
      '.x.svelte-92f9c3::before {content:"\\e5cf";}\n.y {}',
      '.z.svelte-1ong0f1 {content:"`";}',
    ]);
  });

  it('finds nothing in a bundle that injects no styles', () => {
    expect(injectedStyles('const code = `hash`; el.style.color = "red";')).toEqual([]);
  });

  it('refuses a stylesheet built at run time, which no hash can allow', () => {
    expect(() => injectedStyles('{hash:`svelte-abc`,code:`.a{color:${color}}`}')).toThrow(
      /built at run time: \.a\{color:\$\{color\}\}/,
    );
  });
});

describe('styleHash', () => {
  it('is the hash a browser compares an inline style with', () => {
    // The empty text's SHA-256, as CSP writes it.
    expect(styleHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(styleHash('display: contents')).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });
});

describe('templateStyleAttributes', () => {
  it('lists each static style attribute of the markup templates once', () => {
    const bundle =
      'var t=z(`<svelte-css-wrapper style="display: contents"><!></svelte-css-wrapper>`),' +
      'u=z(`<svelte-css-wrapper style="display: contents"></svelte-css-wrapper>`),' +
      'v=z(`<svg><g class="a" style="fill:none;stroke:#fff"></g></svg>`);el.style.color=`red`;';
    expect(templateStyleAttributes(bundle)).toEqual(['display: contents', 'fill:none;stroke:#fff']);
  });
});
