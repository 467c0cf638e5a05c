/** A persona photo is a file next to its markdown; this says what is wrong with one, if anything. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { nearest } from '../shared/suggest';

export const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;

export function photoProblem(photo: unknown, markdownFile: string): string | undefined {
  if (photo === undefined || photo === null) return undefined;
  if (typeof photo !== 'string') return 'must be a file name such as ./maria-alvarez.jpg';
  const extension = path.extname(photo).toLowerCase();
  // An SVG is a document that can carry script, and Astro's image service cannot resize one.
  if (extension === '.svg') {
    return `"${photo}" is an SVG drawing, which the site does not publish (it can carry script) — save the picture as .jpg, .png, .webp or .avif`;
  }
  if (!(PHOTO_EXTENSIONS as readonly string[]).includes(extension)) {
    return `"${photo}" is not a picture type we can show — use one of ${PHOTO_EXTENSIONS.join(', ')}`;
  }
  const folder = path.dirname(markdownFile);
  if (existsSync(path.resolve(folder, photo))) return undefined;
  const pictures = readdirSync(folder).filter((file) =>
    (PHOTO_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase()),
  );
  const guess = nearest(path.basename(photo), pictures);
  return (
    `"${photo}" does not exist next to this file — ` +
    (guess
      ? `did you mean "./${guess}"?`
      : 'add the picture to the same folder, or remove the photo field')
  );
}
