/**
 * The fixture sites tests build and read: small complete content folders under tests/fixtures/,
 * each with personas/, quotes/, stories/ and playlists/ as content/ has. No test reads content/,
 * the CX team's sample room: editing or emptying it must never turn a test red.
 */
import path from 'node:path';

export function fixtureSite(name: string): string {
  return path.join(process.cwd(), 'tests', 'fixtures', name);
}

/** A whole room (a copy of the sample as it was): what most browser and build tests run on. */
export const ROOM = fixtureSite('room');

/** No content at all: a new team's first build. */
export const EMPTY_ROOM = fixtureSite('empty');
