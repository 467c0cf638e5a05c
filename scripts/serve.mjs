// Serves a built site on http://localhost:4321 (or --port N) with Astro's own preview server,
// under the base path it was built for (BASE_PATH, recorded in its version.json): a build for
// /customer-room/ is served at http://localhost:4321/customer-room/, as its host will serve it,
// and / only says where the site is.
// Usage: node scripts/serve.mjs [outDir] [--port N] [--strict-headers]
// --strict-headers sends the headers an operations team puts in front of the site
// (src/lib/security/host-headers.ts, docs/kiosk.md): the strict Content-Security-Policy and friends.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { HOST_HEADERS } from '../src/lib/security/host-headers.ts';
import { refuseRequestPath } from '../src/lib/security/request-path.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = portFlag >= 0 ? Number(args[portFlag + 1]) : 4321;
const outDir = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--port') ?? 'dist';
const headers = args.includes('--strict-headers') ? HOST_HEADERS : {};

process.env.CR_OUT_DIR = path.resolve(root, outDir);
process.env.ASTRO_TELEMETRY_DISABLED = '1';

/** The base path the build recorded, normalised (src/integrations/kiosk.ts); none in older builds. */
function recordedBase(folder) {
  try {
    const { base } = JSON.parse(readFileSync(path.join(folder, 'version.json'), 'utf8'));
    return typeof base === 'string' ? base : '';
  } catch {
    return '';
  }
}

// astro.config.mjs normalises it, and the preview server then serves the site under it and
// nothing at /. (Read here without loading the project's TypeScript: the server starts sooner.)
process.env.BASE_PATH = recordedBase(process.env.CR_OUT_DIR);
const server = await preview({ root, server: { host: '127.0.0.1', port }, logLevel: 'warn' });

// Astro's preview server takes no plugins of ours, so its request handler is wrapped: every answer
// carries the chosen headers, and a malformed or escaping path never reaches the file server.
const handlers = server.server.listeners('request');
server.server.removeAllListeners('request');
server.server.on('request', (request, response) => {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  const refusal = refuseRequestPath(request.url ?? '/');
  if (!refusal) {
    for (const handler of handlers) handler.call(server.server, request, response);
    return;
  }
  response.writeHead(refusal.status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(refusal.message);
});
console.log(
  `Customer Room is running at http://localhost:${port}${process.env.BASE_PATH || '/'} (Ctrl+C to stop)`,
);
await server.closed();
