import { describe, expect, it } from 'vitest';
import { payload, unsent, webhookFormat, type ShareItem } from './notify';

const item = (id: string): ShareItem => ({
  id,
  title: `Title ${id}`,
  link: `https://room.example/${id}/`,
  summary: `Summary ${id}`,
});

describe('unsent', () => {
  it('keeps only what was never sent, in order', () => {
    expect(unsent([item('a'), item('b'), item('c')], ['b']).map((i) => i.id)).toEqual(['a', 'c']);
  });
});

describe('webhookFormat', () => {
  it('knows Teams hosts and uses Slack’s format for the rest', () => {
    expect(webhookFormat('https://contoso.webhook.office.com/webhookb2/x')).toBe('teams');
    expect(webhookFormat('https://hooks.slack.com/services/T/B/X')).toBe('slack');
  });
});

describe('payload', () => {
  it('carries the title, the summary and the link in either format', () => {
    for (const format of ['slack', 'teams'] as const) {
      const text = JSON.stringify(payload(item('x'), format));
      expect(text).toContain('Title x');
      expect(text).toContain('Summary x');
      expect(text).toContain('https://room.example/x/');
    }
  });
});
