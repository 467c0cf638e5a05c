// Serves a built site on http://localhost:4321 (or --port N) with Astro's own preview server.
// Usage: node scripts/serve.mjs [outDir] [--port N]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = portFlag >= 0 ? Number(args[portFlag + 1]) : 4321;
const outDir = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--port') ?? 'dist';

process.env.CR_OUT_DIR = path.resolve(root, outDir);
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const server = await preview({ root, server: { host: '127.0.0.1', port }, logLevel: 'warn' });
console.log(`Customer Room is running at http://localhost:${port}/ (Ctrl+C to stop)`);
await server.closed();
