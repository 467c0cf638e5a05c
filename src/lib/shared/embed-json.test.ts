import { describe, expect, it } from 'vitest';
import { jsonForScript, readEmbeddedJson } from './embed-json';

const value = { text: 'I typed </script><script>alert(1)</script> into the chat', n: [1, 2] };
const documentWith = (id: string, text: string) =>
  ({
    getElementById: (wanted: string) => (wanted === id ? { textContent: text } : null),
  }) as unknown as Document;

describe('JSON embedded in a page', () => {
  it('cannot close its script element early, whatever the text says', () => {
    const embedded = jsonForScript(value);
    expect(embedded).not.toContain('</script');
    expect(embedded).not.toContain('<');
  });

  it('reads back exactly what was embedded', () => {
    expect(readEmbeddedJson(documentWith('data', jsonForScript(value)), 'data')).toEqual(value);
  });

  it('is undefined when the page has no such element', () => {
    expect(readEmbeddedJson(documentWith('data', '{}'), 'other')).toBeUndefined();
  });
});
