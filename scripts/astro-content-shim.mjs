// What `astro:content` gives content.config.ts, for loading it outside an Astro build (the
// validator and the other authoring scripts): Astro's own defineCollection and reference.
import { createReference, defineCollection } from 'astro/content/runtime';

export { defineCollection };
export const reference = createReference();
