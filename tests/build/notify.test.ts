/**
 * `npm run notify` against a local HTTP server standing in for both the deployed site (its
 * /notified.json) and the chat channel's incoming webhook.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ShareItem } from '../../src/lib/sharing/notify';

let server: Server;
let origin: string;
let site: string;
/** What the deployed site holds as notified.json; undefined answers 404. */
let deployed: unknown;
let posts: unknown[];

const items: ShareItem[] = ['story:new-story', 'quote:new-quote', 'story:old-story'].map((id) => ({
  id,
  title: `Title of ${id}`,
  link: `https://room.example/${id.split(':')[1]}/`,
  summary: `Summary of ${id}`,
}));

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/notified.json') {
      if (deployed === undefined) response.writeHead(404).end();
      else
        response
          .writeHead(200, { 'Content-Type': 'application/json' })
          .end(JSON.stringify(deployed));
      return;
    }
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      posts.push(JSON.parse(body));
      response.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

afterEach(() => rmSync(site, { recursive: true, force: true }));

function notify(env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  site = mkdtempSync(path.join(tmpdir(), 'customer-room-notify-'));
  writeFileSync(path.join(site, 'share-items.json'), JSON.stringify(items));
  posts = [];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/notify.mjs', site], {
      env: { PATH: process.env.PATH, ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (status) => resolve({ status, output }));
  });
}

const notified = () =>
  (JSON.parse(readFileSync(path.join(site, 'notified.json'), 'utf8')) as { sent: string[] }).sent;

describe('npm run notify', () => {
  it('is off without a webhook', async () => {
    const run = await notify({ SITE_URL: origin });
    expect(run.status).toBe(0);
    expect(run.output).toMatch(/off/);
  });

  it('posts each item that is new since the last deploy, oldest first, in Slack’s format', async () => {
    deployed = { sent: ['story:old-story'] };
    const run = await notify({ NOTIFY_WEBHOOK_URL: `${origin}/hook`, SITE_URL: origin });
    expect(run.status, run.output).toBe(0);
    expect(posts).toHaveLength(2);
    expect(JSON.stringify(posts[0])).toContain('Title of quote:new-quote');
    expect(JSON.stringify(posts[1])).toContain('https://room.example/new-story/');
    expect(posts[1]).toHaveProperty('blocks');
    expect(notified().sort()).toEqual(items.map((item) => item.id).sort());
  });

  it('never posts an item twice', async () => {
    deployed = { sent: items.map((item) => item.id) };
    const run = await notify({ NOTIFY_WEBHOOK_URL: `${origin}/hook`, SITE_URL: origin });
    expect(run.status, run.output).toBe(0);
    expect(posts).toEqual([]);
  });

  it('on its first run records what exists and posts nothing, so the channel is not flooded', async () => {
    deployed = undefined;
    const run = await notify({ NOTIFY_WEBHOOK_URL: `${origin}/hook`, SITE_URL: origin });
    expect(run.status, run.output).toBe(0);
    expect(posts).toEqual([]);
    expect(notified()).toHaveLength(3);
  });
});
