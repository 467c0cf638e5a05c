/**
 * What the preview server says to an address before looking for a file: a path that does not
 * decode is a bad request (400), and one that would leave the site folder (`..`, encoded slashes
 * or backslashes, NUL) is simply not found (404). Both get a plain sentence, never a stack trace.
 * Plain TypeScript without imports: scripts/serve.mjs loads it with Node's own type stripping.
 */
export interface Refusal {
  status: 400 | 404;
  message: string;
}

export function refuseRequestPath(url: string): Refusal | undefined {
  const pathname = url.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400, message: 'Bad request: the address is not properly encoded.\n' };
  }
  const escapes = /%(2f|5c|00)/i.test(pathname);
  const leaves = decoded.split(/[/\\]/).some((segment) => segment === '..');
  if (escapes || leaves || decoded.includes('\0')) {
    return { status: 404, message: 'Not found.\n' };
  }
  return undefined;
}
