import { describe, expect, it } from 'vitest';
import { unwrapScopedWhere } from './unwrap-where';

describe("Svelte's scoped :where() for engines before Chromium 88", () => {
  it('unwraps the scoping class so the rule survives', () => {
    expect(unwrapScopedWhere('.lesson.svelte-1bk9smj span:where(.svelte-1bk9smj){color:red}')).toBe(
      '.lesson.svelte-1bk9smj span.svelte-1bk9smj{color:red}',
    );
    expect(
      unwrapScopedWhere(
        '.questions.svelte-a8d5i li:where(.svelte-a8d5i)+li:where(.svelte-a8d5i){}',
      ),
    ).toBe('.questions.svelte-a8d5i li.svelte-a8d5i+li.svelte-a8d5i{}');
  });

  it("leaves an author's own :where() alone", () => {
    const css = ':where(.card, .quote) p{margin:0}';
    expect(unwrapScopedWhere(css)).toBe(css);
  });
});
