// Posts each story and quote that is new since the last deploy to a chat channel's incoming
// webhook (Slack or Teams format), then writes <site>/notified.json for the deploy to publish.
// Off unless NOTIFY_WEBHOOK_URL is set. What was sent before is read from the deployed site
// (SITE_URL/notified.json, or NOTIFY_SENT_URL); when there is none yet, this run only records
// the current items, so switching it on does not flood the channel.
// Run it after the build and before the deploy: node scripts/notify.mjs [site folder]   (default: dist)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { payload, unsent, webhookFormat } from '../src/lib/sharing/notify.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const site = path.resolve(root, process.argv[2] ?? 'dist');
const webhook = process.env.NOTIFY_WEBHOOK_URL;

if (!webhook) {
  console.log('Notify: off (set NOTIFY_WEBHOOK_URL to post new stories and quotes to a channel).');
  process.exit(0);
}
const itemsFile = path.join(site, 'share-items.json');
if (!existsSync(itemsFile)) {
  console.error(`Notify: ${itemsFile} is missing: build the site first.`);
  process.exit(1);
}
const items = JSON.parse(readFileSync(itemsFile, 'utf8'));
const sentUrl =
  process.env.NOTIFY_SENT_URL ??
  (process.env.SITE_URL ? new URL('notified.json', `${process.env.SITE_URL}/`).href : undefined);
if (!sentUrl) {
  console.error('Notify: set SITE_URL (or NOTIFY_SENT_URL) so it can read what was already sent.');
  process.exit(1);
}

// Unknown is not empty: if the record cannot be read, nothing is posted (never twice).
const answer = await fetch(sentUrl);
let sent;
if (answer.status === 404) {
  sent = undefined;
} else if (answer.ok) {
  sent = (await answer.json()).sent;
} else {
  console.error(`Notify: ${sentUrl} answered ${answer.status}; nothing was posted.`);
  process.exit(1);
}

const record = (ids) =>
  writeFileSync(path.join(site, 'notified.json'), `${JSON.stringify({ sent: ids }, null, 2)}\n`);

if (!Array.isArray(sent)) {
  record(items.map((item) => item.id));
  console.log(`Notify: first run, ${items.length} items recorded as known; nothing posted.`);
  process.exit(0);
}

const format = webhookFormat(webhook);
const posted = [...sent];
// Oldest first, so the channel reads in the order things happened.
for (const item of unsent(items, sent).reverse()) {
  const response = await fetch(webhook, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(payload(item, format)),
  });
  if (!response.ok) {
    record(posted);
    console.error(`Notify: the webhook answered ${response.status} for ${item.id}; stopped.`);
    process.exit(1);
  }
  posted.push(item.id);
  console.log(`Notify: posted ${item.id}`);
}
record(posted);
console.log(`Notify: ${posted.length - sent.length} posted (${format}).`);
