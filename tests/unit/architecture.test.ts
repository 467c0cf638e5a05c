/**
 * The layering README's "How it is built" describes, checked on the import graph of src/, scripts/
 * and tests/: logic stays framework-free, views take only types from the Astro glue, scripts stand
 * without the tests, and nothing imports itself round a loop.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  importCycles,
  readImportGraph,
  unresolvedImports,
  type ImportEdge,
} from '../support/import-graph';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FOLDERS = ['src', 'scripts', 'tests'];

const under = (folder: string, file: string | undefined) => file?.startsWith(`${folder}/`) ?? false;

interface BoundaryRule {
  name: string;
  /** True when the import breaks the rule. */
  breaks: (edge: ImportEdge) => boolean;
}

const BOUNDARY_RULES: BoundaryRule[] = [
  {
    name: 'src/lib imports neither astro:* nor components nor src/data',
    breaks: ({ from, specifier, to }) =>
      under('src/lib', from) &&
      (specifier.startsWith('astro:') || under('src/components', to) || under('src/data', to)),
  },
  {
    name: 'components import src/data only for types',
    breaks: ({ from, to, typeOnly }) =>
      under('src/components', from) && under('src/data', to) && !typeOnly,
  },
  {
    name: 'scripts never import tests',
    breaks: ({ from, to }) => under('scripts', from) && under('tests', to),
  },
];

const describeEdge = ({ from, specifier }: ImportEdge) => `${from} imports ${specifier}`;
const broken = (edges: readonly ImportEdge[], rule: BoundaryRule) =>
  edges.filter(rule.breaks).map(describeEdge);

describe('the project', () => {
  const graph = readImportGraph(root, FOLDERS);

  it('reads a graph of the whole tree, every relative import resolved', () => {
    // A graph that missed the views or the scripts would pass every rule below.
    expect(graph.files.filter((file) => file.endsWith('.svelte')).length).toBeGreaterThan(10);
    expect(graph.files.filter((file) => file.endsWith('.astro')).length).toBeGreaterThan(20);
    expect(graph.files.filter((file) => file.endsWith('.mjs')).length).toBeGreaterThan(5);
    expect(graph.edges.length).toBeGreaterThan(300);
    expect(unresolvedImports(root, graph).map(describeEdge)).toEqual([]);
  });

  it.each(BOUNDARY_RULES)('keeps the rule: $name', (rule) => {
    expect(broken(graph.edges, rule)).toEqual([]);
  });

  it('has no import cycles, type-only imports included', () => {
    expect(importCycles(graph.edges)).toEqual([]);
  });
});

describe('the check', () => {
  // A small project with one bad import per rule, in each kind of file the graph reads.
  const project = mkdtempSync(path.join(tmpdir(), 'architecture-'));
  const files: Record<string, string> = {
    'src/data/lists.ts': 'export interface ListProps { title: string }\nexport const LISTS = 1;\n',
    'src/lib/lists/pages.ts':
      "import { getCollection } from 'astro:content';\nexport const n = 1;\n",
    'src/lib/lists/uses-view.ts':
      "import type { Props } from '../../components/lists/List.svelte';\n",
    'src/lib/lists/uses-data.ts': "import { LISTS } from '../../data/lists';\n",
    'src/components/lists/List.svelte':
      '<script lang="ts">\n  import { LISTS } from \'../../data/lists\';\n</script>\n',
    'src/components/lists/Typed.astro':
      "---\nimport type { ListProps } from '../../data/lists';\n---\n<p>ok</p>\n",
    'scripts/serve.mjs': "import { serveSite } from '../tests/e2e/browser.ts';\n",
    'tests/e2e/browser.ts': 'export const serveSite = 1;\n',
    'src/lib/a.ts': "import type { B } from './b';\nexport type A = B;\n",
    'src/lib/b.ts': "import type { A } from './a';\nexport type B = A;\n",
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), text);
  }
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  const graph = readImportGraph(project, FOLDERS);
  const [lib, components, scripts] = BOUNDARY_RULES;

  it('refuses src/lib importing astro:*, a component or src/data', () => {
    expect(lib && broken(graph.edges, lib)).toEqual([
      'src/lib/lists/pages.ts imports astro:content',
      'src/lib/lists/uses-data.ts imports ../../data/lists',
      'src/lib/lists/uses-view.ts imports ../../components/lists/List.svelte',
    ]);
  });

  it('refuses a component importing src/data for more than types', () => {
    expect(components && broken(graph.edges, components)).toEqual([
      'src/components/lists/List.svelte imports ../../data/lists',
    ]);
  });

  it('refuses a script importing the tests', () => {
    expect(scripts && broken(graph.edges, scripts)).toEqual([
      'scripts/serve.mjs imports ../tests/e2e/browser.ts',
    ]);
  });

  it('finds a cycle made of type-only imports', () => {
    expect(importCycles(graph.edges)).toEqual([['src/lib/a.ts', 'src/lib/b.ts']]);
  });
});
