/**
 * Svelte 5 scopes a component's CSS with `:where(.svelte-HASH)` on every element of a selector
 * but the first, so scoping adds no specificity. Chromium before 88 does not know `:where()` and
 * drops the whole rule: on a Chromium 87 TV the lesson label and the quote attribution lose
 * their styles. Unwrapped, each such rule is one class more specific, which is harmless for
 * rules that only ever meet their own component's elements.
 */
const SCOPED_WHERE = /:where\((\.svelte-[a-z0-9]+)\)/g;

export function unwrapScopedWhere(css: string): string {
  return css.replace(SCOPED_WHERE, '$1');
}
