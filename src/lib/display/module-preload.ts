/**
 * The wall page names its island's script only inside `<astro-island component-url=…>`, so the
 * browser learns of it once the island runtime has run, and of that script's own imports only
 * once it has been fetched and parsed: three round trips one after the other, each waiting for a
 * slow screen's busy main thread (about half a second at 4x CPU throttling). A
 * `<link rel="modulepreload">` for every module of the island in the page's head lets the
 * browser fetch and compile them all while it is still reading the styles.
 */

/** The island's own script and its framework's renderer: attributes only `<astro-island>` has. */
const ISLAND_MODULE = /\s(?:component|renderer)-url="([^"]+)"/g;
/** Static imports in built (minified) modules: `import{a}from"./x.js"`, `import"./y.js"`. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

/**
 * Every module the page's islands import before they run: their scripts and, through their static
 * imports, everything those load. `readModule` gives a module's code by its address, or undefined
 * when there is no such file (then it is left out).
 */
export function islandModules(
  html: string,
  readModule: (url: string) => string | undefined,
): string[] {
  const found = new Set<string>();
  const visit = (url: string) => {
    if (found.has(url)) return;
    const code = readModule(url);
    if (code === undefined) return;
    found.add(url);
    for (const [, relative] of code.matchAll(STATIC_IMPORT)) {
      if (relative) visit(new URL(relative, `http://site${url}`).pathname);
    }
  };
  for (const [, url] of html.matchAll(ISLAND_MODULE)) if (url) visit(url);
  return [...found];
}

/** The page with a modulepreload link for each module, at the end of its head. */
export function withModulePreloads(html: string, modules: readonly string[]): string {
  if (modules.length === 0 || html.includes('rel="modulepreload"')) return html;
  const links = modules.map((url) => `<link rel="modulepreload" href="${url}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}
