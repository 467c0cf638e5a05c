import { describe, expect, it } from 'vitest';
import { FrontMatterError, readFrontMatter } from './front-matter';

const FILE = 'content/quotes/word-for-word.md';

function errorOf(run: () => unknown): FrontMatterError {
  try {
    run();
  } catch (error) {
    if (error instanceof FrontMatterError) return error;
    throw error;
  }
  throw new Error('expected a FrontMatterError');
}

describe('readFrontMatter', () => {
  it('splits the fields from the markdown body', () => {
    const source =
      '---\nsource: call\ntags: [bereavement, coaching]\ndisplay: true\n---\nYou were the first person.\n';
    expect(readFrontMatter(source, FILE)).toEqual({
      data: { source: 'call', tags: ['bereavement', 'coaching'], display: true },
      body: 'You were the first person.\n',
      bodyLine: 6,
    });
  });

  it('treats a field left empty as not given', () => {
    const { data } = readFrontMatter('---\nname: Maria\npersona:\ntags: []\n---\n', FILE);
    expect(data).toEqual({ name: 'Maria', tags: [] });
  });

  it('keeps dates as written, so the schema can reject impossible ones', () => {
    const { data } = readFrontMatter('---\ndate: 2026-02-30\nexpires: 2027-03-14\n---\n', FILE);
    expect(data).toEqual({ date: '2026-02-30', expires: '2027-03-14' });
  });

  it('reads files with Windows line endings and a byte-order mark', () => {
    const { data, body } = readFrontMatter('\uFEFF---\r\nname: Maria\r\n---\r\nHello\r\n', FILE);
    expect(data).toEqual({ name: 'Maria' });
    expect(body).toBe('Hello\r\n');
  });

  it('reports a YAML mistake with the file and the line it is on', () => {
    const source = '---\nname: Maria\nname: Walter\n---\nBody';
    const error = errorOf(() => readFrontMatter(source, FILE));
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(
      /^content\/quotes\/word-for-word\.md:3: the YAML does not parse: /,
    );
    expect(error.message).toContain('duplicated mapping key');
    expect(error.detail).toMatch(/^the YAML does not parse: duplicated mapping key/);
  });

  it('points at the right line for an unclosed quote further down', () => {
    const source = '---\nname: Maria\nsegment: Retirees\nsummary: "unfinished\n---\nBody';
    const error = errorOf(() => readFrontMatter(source, FILE));
    expect(error.line).toBeGreaterThanOrEqual(4);
    expect(error.message).toContain(`${FILE}:${error.line}:`);
  });

  it('explains that the front matter is missing', () => {
    const error = errorOf(() => readFrontMatter('name: Maria\n\nJust a body.', FILE));
    expect(error.message).toBe(
      `${FILE}:1: the file must start with front matter between two lines of three dashes (---)`,
    );
  });

  it('rejects front matter that is not a list of fields', () => {
    const error = errorOf(() => readFrontMatter('---\n- a\n- b\n---\n', FILE));
    expect(error.line).toBe(2);
    expect(error.message).toContain('must be a list of `field: value` lines');
  });

  it('reports front matter without any field as an error naming the file', () => {
    const error = errorOf(() => readFrontMatter('---\n# nothing yet\n---\nBody', FILE));
    expect(error.file).toBe(FILE);
    expect(error.message).toMatch(
      /^content\/quotes\/word-for-word\.md(:\d+)?: the YAML does not parse: /,
    );
  });
});
