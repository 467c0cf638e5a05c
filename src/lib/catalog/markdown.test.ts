import { describe, expect, it } from 'vitest';
import { markdownToText, parseMarkdown, remoteImages, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders markdown to HTML', () => {
    expect(renderMarkdown('Hello *there*, [read more](/stories/x/).\n\n- one\n- two')).toBe(
      '<p>Hello <em>there</em>, <a href="/stories/x/">read more</a>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
    );
  });

  it('drops raw HTML instead of rendering it', () => {
    const html = renderMarkdown(
      'Text <img src=x onerror="alert(1)"> more.\n\n<script>alert(1)</script>\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).toBe('<p>Text  more.</p>');
  });

  it('escapes characters that would otherwise be markup', () => {
    expect(renderMarkdown('5 < 6 & "quotes"')).toBe('<p>5 &#x3C; 6 &#x26; "quotes"</p>');
  });

  it('drops script links but keeps web, mail and relative links', () => {
    const html = renderMarkdown(
      '[a](javascript:alert(1)) [b](JavaScript:alert(2)) ![c](javascript:alert(3)) <javascript:alert(4)>\n\n[d][ref]\n\n[ref]: javascript:alert(5)',
    );
    expect(html).not.toMatch(/href=|src=/);
    expect(html).toContain('<a>a</a>');

    const safe = renderMarkdown(
      '[a](https://example.com) [b](mailto:help@example.com) [c](../x/?a=1:2) [d](#top)',
    );
    expect(safe).toContain('href="https://example.com"');
    expect(safe).toContain('href="mailto:help@example.com"');
    expect(safe).toContain('href="../x/?a=1:2"');
    expect(safe).toContain('href="#top"');
  });
});

describe('markdownToText', () => {
  it('gives the readable words without markup', () => {
    expect(markdownToText('You were the **first** person who [listened](https://x.y).')).toBe(
      'You were the first person who listened.',
    );
  });

  it('separates paragraphs with one space and collapses whitespace', () => {
    expect(markdownToText('First paragraph.\n\nSecond   paragraph\nwraps.')).toBe(
      'First paragraph. Second paragraph wraps.',
    );
  });

  it('leaves out raw HTML', () => {
    expect(markdownToText('Hi <b>there</b>.\n\n<script>alert(1)</script>')).toBe('Hi there.');
  });
});

describe('addresses on other sites', () => {
  it('opens links to other sites without a referrer, and keeps the site’s own as they are', () => {
    expect(renderMarkdown('[form](https://example.com/f) and [ours](/stories/x/)')).toBe(
      '<p><a href="https://example.com/f" rel="noreferrer">form</a> and <a href="/stories/x/">ours</a></p>',
    );
  });

  it('never loads an image from another site', () => {
    const html = renderMarkdown(
      '![a](https://cdn.example.com/a.png) ![b](//cdn.example.com/b.png)',
    );
    expect(html).not.toContain('example.com');
  });

  it('finds every remote image with its line, by address or by reference', () => {
    const body =
      'Hi.\n\n![a](https://x.example/a.png)\n\n![b][logo] ![c](./c.jpg)\n\n[logo]: http://x.example/b.png\n';
    expect(remoteImages(parseMarkdown(body))).toEqual([
      { url: 'https://x.example/a.png', line: 3 },
      { url: 'http://x.example/b.png', line: 5 },
    ]);
  });
});
