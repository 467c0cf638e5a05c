/**
 * A static server whose site can be swapped while it runs, as a host's folder is on a deploy,
 * or replaced by a captive portal's page. Starting the real preview server takes half a minute
 * on a busy machine; a deploy test swaps sites several times within two poll intervals.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export const PORTAL_PAGE =
  '<!doctype html><title>Welcome</title><h1>Accept the terms to continue</h1>';

export interface DeployServer {
  url: string;
  /** Serves this built site from now on. */
  deploy(site: string): void;
  /** Answers every address with 200 and a login page, as a venue's network does. */
  portal(): void;
  stop(): Promise<void>;
}

export function startDeployServer(site: string): Promise<DeployServer> {
  let root: string | undefined = site;
  const server = createServer((request, response) => {
    if (!root) {
      response.writeHead(200, { 'Content-Type': TYPES['.html'] });
      response.end(PORTAL_PAGE);
      return;
    }
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(root, path.normalize(pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404, { 'Content-Type': TYPES['.html'] });
      response.end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        deploy: (next) => (root = next),
        portal: () => (root = undefined),
        stop: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
