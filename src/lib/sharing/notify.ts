/**
 * `npm run notify`: tells a chat channel about each story and quote that is new since the last
 * deploy. The deployed site keeps what was already sent (/notified.json); the build says what
 * exists now (/share-items.json). Only the difference is posted, and the record that goes out
 * with the new deploy holds both, so no item is ever posted twice.
 */
export interface ShareItem {
  /** `story:<slug>` or `quote:<slug>`: stays the same across builds. */
  id: string;
  title: string;
  /** Absolute when the build knew SITE_URL. */
  link: string;
  summary: string;
}

export type WebhookFormat = 'slack' | 'teams';

/** Teams' incoming webhooks live on Microsoft hosts; anything else gets Slack's format. */
export function webhookFormat(url: string): WebhookFormat {
  const host = new URL(url).hostname;
  return /(^|\.)(office\.com|office365\.com|microsoft\.com|logic\.azure\.com)$/.test(host)
    ? 'teams'
    : 'slack';
}

/** The items not yet sent, in the build's order (newest first). */
export function unsent(items: readonly ShareItem[], sent: readonly string[]): ShareItem[] {
  const already = new Set(sent);
  return items.filter((item) => !already.has(item.id));
}

export function payload(item: ShareItem, format: WebhookFormat): unknown {
  if (format === 'teams') {
    return {
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: {
            $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
            type: 'AdaptiveCard',
            version: '1.4',
            body: [
              { type: 'TextBlock', text: item.title, weight: 'Bolder', size: 'Medium', wrap: true },
              { type: 'TextBlock', text: item.summary, wrap: true },
            ],
            actions: [{ type: 'Action.OpenUrl', title: 'Open in Customer Room', url: item.link }],
          },
        },
      ],
    };
  }
  return {
    text: `${item.title}: ${item.link}`,
    blocks: [
      {
        type: 'section',
        text: { type: 'mrkdwn', text: `*<${item.link}|${item.title}>*\n${item.summary}` },
      },
    ],
  };
}
