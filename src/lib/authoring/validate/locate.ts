/**
 * Where a field is in a file: the line of `persona:` or of the second entry of `channels:`,
 * found by scanning the YAML text (the YAML reader keeps no positions). Covers what people write
 * in front matter and playlists: block mappings, block lists (`- item`) and one-line `[a, b]`.
 */

interface YamlLine {
  /** 1-based line of the file. */
  line: number;
  /** Column of the first character that is not a space. */
  column: number;
  /** Columns of the `- ` list markers at the start of the line. */
  dashes: number[];
  /** The field name the line starts with (after any list markers), if it has one. */
  key?: string | undefined;
  /** Column where that field name starts. */
  keyColumn: number;
  /** Whether the value follows on the same line (`tags: [a, b]`, `name: Maria`). */
  inlineValue: boolean;
}

const KEY = /^(?:"([^"]*)"|'([^']*)'|([^\s"'#:[\]{},-][^:#]*?|-[^\s:#][^:#]*?))\s*:(?:\s+(.*))?$/;

export function scanYaml(yaml: string, firstLine = 1): YamlLine[] {
  const lines: YamlLine[] = [];
  yaml.split(/\r?\n/).forEach((text, index) => {
    if (!text.trim() || /^\s*#/.test(text)) return;
    const indent = /^ */.exec(text)?.[0].length ?? 0;
    const dashes: number[] = [];
    let column = indent;
    for (let marker = /^- +|^-$/.exec(text.slice(column)); marker;) {
      dashes.push(column);
      column += marker[0].length;
      marker = /^- +|^-$/.exec(text.slice(column));
    }
    const key = KEY.exec(text.slice(column));
    const value = key?.[4]?.replace(/\s+#.*$/, '').trim();
    lines.push({
      line: firstLine + index,
      column: indent,
      dashes,
      key: key ? (key[1] ?? key[2] ?? key[3]) : undefined,
      keyColumn: column,
      inlineValue: Boolean(value && !/^[|>][-+0-9]*$/.test(value)),
    });
  });
  return lines;
}

export interface Location {
  /** The line of the value, or of the deepest part of its path in the file. */
  line?: number | undefined;
  /** Whether the whole path was found (the field is written, if perhaps left blank). */
  exact: boolean;
}

/**
 * Where the value at `path` (e.g. ['schedule', 1, 'from']) is written. A value inside a one-line
 * list or mapping (`tags: [a, b]`) is on the line of its field.
 */
export function locate(lines: readonly YamlLine[], path: readonly PropertyKey[]): Location {
  let from = 0;
  let to = lines.length;
  let parentColumn = -1;
  let found: YamlLine | undefined;
  let depth = 0;
  for (const segment of path) {
    if (found?.inlineValue) {
      depth = path.length;
      break;
    }
    const scope = lines.slice(from, to);
    let index: number;
    if (typeof segment === 'number') {
      const items = scope.filter((entry) => entry.dashes.some((dash) => dash >= parentColumn));
      const itemColumn = Math.min(...items.map((entry) => entry.dashes[0] ?? Infinity));
      const item = items.filter((entry) => entry.dashes[0] === itemColumn)[segment];
      if (!item) break;
      index = lines.indexOf(item);
      parentColumn = itemColumn;
      found = { ...item, inlineValue: item.key === undefined };
      from = index;
    } else {
      const keyed = scope.filter(
        (entry) => entry.key !== undefined && entry.keyColumn > parentColumn,
      );
      const childColumn = Math.min(...keyed.map((entry) => entry.keyColumn));
      const entry = keyed.find((line) => line.keyColumn === childColumn && line.key === segment);
      if (!entry) break;
      index = lines.indexOf(entry);
      parentColumn = entry.keyColumn;
      found = entry;
      from = index + 1;
    }
    // A block ends at the next line as far left as its field; a list may sit at the field's own
    // column (`schedule:` then `- name: …`), which still belongs to the field.
    const listAtKey = typeof segment === 'string';
    const end = lines.findIndex(
      (entry, position) =>
        position > index &&
        (entry.column < parentColumn ||
          (entry.column === parentColumn && !(listAtKey && entry.dashes[0] === parentColumn))),
    );
    to = end === -1 ? Math.min(to, lines.length) : Math.min(to, end);
    depth++;
  }
  return { line: found?.line, exact: depth === path.length && path.length > 0 };
}

/** The top-level field a line of the file belongs to, or undefined before the first one. */
export function fieldAtLine(lines: readonly YamlLine[], line: number): string | undefined {
  let field: string | undefined;
  for (const entry of lines) {
    if (entry.line > line) break;
    if (entry.column === 0 && entry.dashes.length === 0 && entry.key !== undefined) {
      field = entry.key;
    }
  }
  return field;
}
