/**
 * Where the content lives: the project's content/, or the folder CONTENT_DIR names. The CX team's
 * content/ is the sample room; tests build small fixture sites of their own through CONTENT_DIR.
 */
import path from 'node:path';

export function contentRoot(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd = process.cwd(),
): string {
  return path.resolve(cwd, env.CONTENT_DIR || 'content');
}
