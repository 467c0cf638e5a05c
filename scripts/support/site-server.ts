/** Serves a built site on loopback with the project's own preview server, for browser tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUntilServing(url: string, server: ChildProcess) {
  // A minute: on a loaded machine the preview server takes over 30 s to start.
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.exitCode !== null)
      throw new Error(`The preview server exited (${server.exitCode}).`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The preview server did not answer at ${url}.`);
}

export interface SiteServer {
  url: string;
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** Send the strict headers a host puts in front of the site (src/lib/security/host-headers.ts). */
  strictHeaders?: boolean;
}

export async function serveSite(
  siteDir: string,
  port: number,
  { strictHeaders = false }: ServeOptions = {},
): Promise<SiteServer> {
  const args = ['scripts/serve.mjs', siteDir, '--port', String(port)];
  const server = spawn(process.execPath, strictHeaders ? [...args, '--strict-headers'] : args, {
    cwd: process.cwd(),
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(`${url}/`, server);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill();
      }),
  };
}
