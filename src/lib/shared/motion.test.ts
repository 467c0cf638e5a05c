import { describe, expect, it } from 'vitest';
import { prefersReducedMotion } from './motion';

/** A screen whose media queries match only `matching`. */
const screenMatching = (matching: string[]) => ({
  matchMedia: (query: string) => ({ matches: matching.includes(query) }) as MediaQueryList,
});

describe('prefersReducedMotion', () => {
  it('is true only when the screen asks for reduced motion', () => {
    expect(prefersReducedMotion(screenMatching(['(prefers-reduced-motion: reduce)']))).toBe(true);
    expect(prefersReducedMotion(screenMatching(['(prefers-reduced-motion: no-preference)']))).toBe(
      false,
    );
    expect(prefersReducedMotion(screenMatching([]))).toBe(false);
  });
});
