/** Serves a built site on loopback with the project's own preview server, for browser tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { builtBase } from './built-base.ts';

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
  // Up to two minutes: a loaded CI machine can take that long to start Astro's preview server.
  for (let attempt = 0; attempt < 600; attempt++) {
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
  /** The site's address without a trailing slash: the origin, or the origin and the base path. */
  url: string;
  /** The server's own address, `http://127.0.0.1:<port>`. */
  origin: string;
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
  const origin = `http://127.0.0.1:${port}`;
  // A build for a base path (BASE_PATH) is served under it, so `${url}/display/` works for both.
  const url = `${origin}${builtBase(siteDir).replace(/\/$/, '')}`;
  try {
    await waitUntilServing(`${url}/`, server);
  } catch (error) {
    // Never leave a server behind holding the port for the next test.
    server.kill();
    throw error;
  }
  return {
    url,
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill();
        // The preview server closes gracefully on SIGTERM, which waits for a browser's open
        // connections: never let a test wait on that.
        setTimeout(() => server.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
