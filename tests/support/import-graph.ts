/**
 * The project's import graph, read from the source text (TypeScript's parser, no build): every
 * `import`, `export … from`, `import()` and `importProjectModule('src/…')` in the .ts, .mjs,
 * .astro (front matter and scripts) and .svelte (scripts) files under the given folders. The
 * architecture test checks the layering rules on it (tests/unit/architecture.test.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** The importing file, relative to the project root, with forward slashes. */
  from: string;
  /** The specifier as written: `../lib/slug`, `astro:content`. */
  specifier: string;
  /** The imported file, relative to the project root; undefined for packages and virtual modules. */
  to: string | undefined;
  /** `import type` / `export type`: erased from the built code. */
  typeOnly: boolean;
}

export interface ImportGraph {
  files: string[];
  edges: ImportEdge[];
}

const SOURCE_FILE = /\.(ts|mjs|astro|svelte)$/;
const SKIPPED_FOLDERS = new Set(['node_modules', 'fixtures', 'dist', '.astro']);
/** What a relative specifier may leave out: `./slug` is slug.ts, `./state.svelte` state.svelte.ts. */
const IMPLIED_ENDINGS = ['', '.ts', '.mjs', '.js', '/index.ts'];

function sourceFilesUnder(root: string, folder: string): string[] {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) {
        return SKIPPED_FOLDERS.has(name) ? [] : sourceFilesUnder(root, path.join(folder, name));
      }
      return SOURCE_FILE.test(name) ? [path.join(folder, name).split(path.sep).join('/')] : [];
    });
}

/** The script parts of a file: all of a .ts/.mjs, an .astro's front matter and scripts, a .svelte's scripts. */
export function scriptsOf(file: string, text: string): string[] {
  if (!/\.(astro|svelte)$/.test(file)) return [text];
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1] ?? '',
  );
  const frontMatter = file.endsWith('.astro') ? /^---\n([\s\S]*?)\n---/.exec(text)?.[1] : undefined;
  return frontMatter === undefined ? scripts : [frontMatter, ...scripts];
}

interface Specifier {
  specifier: string;
  typeOnly: boolean;
  /** importProjectModule('src/…') names a path from the project root. */
  fromRoot: boolean;
}

/** Every module a piece of script names, and whether only its types are used. */
export function specifiersIn(script: string): Specifier[] {
  const source = ts.createSourceFile('x.ts', script, ts.ScriptTarget.Latest, false);
  const found: Specifier[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({
        specifier: node.moduleSpecifier.text,
        typeOnly: node.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword,
        fromRoot: false,
      });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({
        specifier: node.moduleSpecifier.text,
        typeOnly: node.isTypeOnly,
        fromRoot: false,
      });
    } else if (
      ts.isCallExpression(node) &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      const callee = node.expression;
      const specifier = node.arguments[0].text;
      if (callee.kind === ts.SyntaxKind.ImportKeyword) {
        found.push({ specifier, typeOnly: false, fromRoot: false });
      } else if (ts.isIdentifier(callee) && callee.text === 'importProjectModule') {
        found.push({ specifier, typeOnly: false, fromRoot: true });
      }
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      // `typeof import('./x')` in a type position.
      found.push({ specifier: node.argument.literal.text, typeOnly: true, fromRoot: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The project file a specifier names, or undefined for a package or a virtual module. */
function resolve(
  root: string,
  from: string,
  { specifier, fromRoot }: Specifier,
): string | undefined {
  const bare = specifier.replace(/\?.*$/, '');
  if (!fromRoot && !bare.startsWith('.')) return undefined;
  const base = fromRoot ? path.join(root, bare) : path.join(root, path.dirname(from), bare);
  const candidates = IMPLIED_ENDINGS.map((ending) => base + ending);
  // `./x.js` names x.ts in TypeScript.
  if (base.endsWith('.js')) candidates.push(base.replace(/\.js$/, '.ts'));
  const found = candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? base;
  return path.relative(root, found).split(path.sep).join('/');
}

/** Reads the import graph of the source files under `folders` (relative to `root`). */
export function readImportGraph(root: string, folders: readonly string[]): ImportGraph {
  const files = folders.flatMap((folder) => sourceFilesUnder(root, folder));
  const edges = files.flatMap((from) =>
    scriptsOf(from, readFileSync(path.join(root, from), 'utf8'))
      .flatMap(specifiersIn)
      .map((found) => ({
        from,
        specifier: found.specifier,
        to: resolve(root, from, found),
        typeOnly: found.typeOnly,
      })),
  );
  return { files, edges };
}

/** Relative imports that name no file: the graph would be missing an edge. */
export function unresolvedImports(root: string, graph: ImportGraph): ImportEdge[] {
  return graph.edges.filter(
    ({ to }) =>
      to !== undefined &&
      !(existsSync(path.join(root, to)) && statSync(path.join(root, to)).isFile()),
  );
}

/** Every import cycle, each as the files around it (Tarjan's strongly connected components). */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (to === undefined) continue;
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const to of next.get(file) ?? []) {
      if (!index.has(to)) {
        connect(to);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    const selfImport = (next.get(file) ?? []).includes(file);
    if (component.length > 1 || selfImport) cycles.push(component.reverse());
  };
  for (const file of [...next.keys()].sort()) if (!index.has(file)) connect(file);
  return cycles;
}
