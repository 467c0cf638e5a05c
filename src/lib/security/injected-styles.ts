/**
 * The styles a Svelte bundle adds while it runs. Svelte compiled with `css: 'injected'` (as
 * Sveltia CMS ships) keeps each component's stylesheet in the script as `{hash:`svelte-…`,
 * code:`…`}` and puts it in a `<style>` element when the component first mounts. A policy
 * without 'unsafe-inline' refuses those elements unless it lists each one's hash, so the editor's
 * page lists them: read from the bundle the build made, they always match what will run.
 */
import { createHash } from 'node:crypto';

/**
 * A component stylesheet as the minified bundle writes it, after its hash: a template literal,
 * or a quoted string (when the text holds a backtick, or a minifier preferred quotes).
 */
const INJECTED =
  /hash:[`"']svelte-[a-z0-9]+[`"'],code:(?:`((?:[^`\\]|\\[\s\S])*)`|"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)')/g;

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v' };

/** The text a string literal (a template literal without `${}`) stands for: escapes resolved. */
function cooked(raw: string): string {
  return raw.replace(
    /\\(u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|\r?\n|[\s\S])/g,
    (_, escape: string, braced?: string, unicode?: string, hex?: string) => {
      const code = braced ?? unicode ?? hex;
      if (code) return String.fromCodePoint(parseInt(code, 16));
      if (escape.startsWith('\n') || escape.startsWith('\r')) return '';
      return ESCAPES[escape] ?? escape;
    },
  );
}

/**
 * Every stylesheet the bundle injects. One built from values at run time (`${…}` in its
 * template) cannot be hashed in advance: that throws, naming it, so the build says why.
 */
export function injectedStyles(bundle: string): string[] {
  return [...bundle.matchAll(INJECTED)].map(([, template, doubleQuoted, singleQuoted = '']) => {
    if (template === undefined) return cooked(doubleQuoted ?? singleQuoted);
    const raw = template;
    if (raw.includes('${')) {
      throw new Error(`An injected stylesheet is built at run time: ${raw.slice(0, 80)}…`);
    }
    return cooked(raw);
  });
}

/** A CSP source that allows exactly this inline style text. */
export function styleHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** A static style attribute in a component's markup template, which Svelte clones as HTML. */
const STYLE_ATTRIBUTE = /<[a-z][a-z0-9-]* [^<>]*?\bstyle="([^"`$<>]*)"/g;

/**
 * The style attributes the bundle's markup templates carry (`<svelte-css-wrapper style="display:
 * contents">`): a policy allows them only by hash, under 'unsafe-hashes'.
 */
export function templateStyleAttributes(bundle: string): string[] {
  return [...new Set([...bundle.matchAll(STYLE_ATTRIBUTE)].map(([, value = '']) => value))];
}
