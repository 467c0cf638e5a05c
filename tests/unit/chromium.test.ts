import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/support/chromium';

describe('finding Chromium for the browser tests', () => {
  it('fails with how to install one instead of skipping', () => {
    expect(() => chromiumPath({ CHROMIUM_PATH: '/nowhere/chromium' })).toThrow(
      /CHROMIUM_PATH=\/nowhere\/chromium does not exist[\s\S]*apt-get install -y chromium/,
    );
  });

  it('uses CHROMIUM_PATH when it points at a file', () => {
    expect(chromiumPath({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });
});
