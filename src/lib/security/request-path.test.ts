import { describe, expect, it } from 'vitest';
import { refuseRequestPath } from './request-path';

describe('refuseRequestPath', () => {
  it('lets ordinary addresses through, encoded letters and queries included', () => {
    for (const url of ['/', '/stories/five-seconds/', '/search/?q=%2F..%2F', '/tags/caf%C3%A9/']) {
      expect(refuseRequestPath(url)).toBeUndefined();
    }
  });

  it('answers 400 to an address that does not decode', () => {
    expect(refuseRequestPath('/%')?.status).toBe(400);
    expect(refuseRequestPath('/%E0%A4%A')?.status).toBe(400);
  });

  it('answers 404 to any way out of the site folder', () => {
    for (const url of [
      '/..%2f..%2fetc%2fpasswd',
      '/_astro/..%2F..%2Fpackage.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%5c..%5cpackage.json',
      '/index.html%00.js',
    ]) {
      expect(refuseRequestPath(url), url).toEqual({ status: 404, message: 'Not found.\n' });
    }
  });
});
