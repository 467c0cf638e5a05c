/** Slugs name items in URLs and in references: lower-case letters, digits and single dashes. */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return SLUG.test(text);
}

/** `Small Gestures!` → `small-gestures`; accents are folded (`Café` → `cafe`). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * What is wrong with a content file's name (its slug and extension) and what to rename it to;
 * undefined for a good name. The loader and the validator both say it this way.
 */
export function fileNameProblem(slug: string, extension: string): string | undefined {
  if (isSlug(slug)) return undefined;
  const suggestion = slugify(slug);
  return (
    'must be lower-case letters, digits and dashes — ' +
    (suggestion
      ? `rename the file to ${suggestion}${extension}`
      : 'rename it to a few lower-case words joined by dashes')
  );
}
