import { describe, expect, it } from 'vitest';
import {
  BasePathError,
  builtBasePath,
  normaliseBasePath,
  withBase,
  withoutBase,
} from './base-path';

describe('normaliseBasePath', () => {
  it('keeps the root when nothing is set', () => {
    expect(normaliseBasePath(undefined)).toBe('/');
    expect(normaliseBasePath('')).toBe('/');
    expect(normaliseBasePath('/')).toBe('/');
    expect(normaliseBasePath('  ')).toBe('/');
  });

  it('adds the leading and trailing slashes a path needs', () => {
    expect(normaliseBasePath('customer-room')).toBe('/customer-room/');
    expect(normaliseBasePath('/customer-room')).toBe('/customer-room/');
    expect(normaliseBasePath('customer-room/')).toBe('/customer-room/');
    expect(normaliseBasePath('/customer-room/')).toBe('/customer-room/');
    expect(normaliseBasePath('/teams//cx.room_2~//')).toBe('/teams/cx.room_2~/');
  });

  it.each([
    ['/customer room/', 'a space'],
    ['/rooms?x=1/', '"?"'],
    ['/room#top', '"#"'],
    ['/caf%C3%A9/', '"%"'],
    ['\\customer-room\\', '"\\"'],
    ['/café/', '"é"'],
  ])('refuses %s, naming %s and saying what to set', (raw, named) => {
    expect(() => normaliseBasePath(raw)).toThrow(BasePathError);
    expect(() => normaliseBasePath(raw)).toThrow(named);
    expect(() => normaliseBasePath(raw)).toThrow('Set BASE_PATH to the path');
  });

  it('refuses . and .. segments', () => {
    expect(() => normaliseBasePath('/a/../b/')).toThrow('holds ".."');
    expect(() => normaliseBasePath('./site')).toThrow('holds "."');
  });

  it('refuses a whole address and points to SITE_URL', () => {
    expect(() => normaliseBasePath('https://example.org/customer-room/')).toThrow(
      'is an address, not a path',
    );
    expect(() => normaliseBasePath('//example.org/customer-room/')).toThrow('SITE_URL');
  });
});

describe('withBase and withoutBase', () => {
  it('put a path of the site under the base and take it back out', () => {
    expect(withBase('/', '/stories/x/')).toBe('/stories/x/');
    expect(withBase('/customer-room/', '/stories/x/')).toBe('/customer-room/stories/x/');
    expect(withBase('/customer-room', '/')).toBe('/customer-room/');
    expect(withBase('/customer-room/', 'sw.js')).toBe('/customer-room/sw.js');
    expect(withoutBase('/customer-room/', '/customer-room/quotes/#a')).toBe('/quotes/#a');
    expect(withoutBase('/', '/quotes/')).toBe('/quotes/');
    expect(withoutBase('/customer-room/', '/elsewhere/')).toBe('/elsewhere/');
  });
});

describe('builtBasePath', () => {
  it('reads the base path a build recorded, and takes the root when it cannot', () => {
    expect(builtBasePath('{"version":"1","base":"/customer-room/"}')).toBe('/customer-room/');
    expect(builtBasePath('{"version":"1","base":"/"}')).toBe('/');
    expect(builtBasePath('{"version":"1"}')).toBe('/');
    expect(builtBasePath('not json')).toBe('/');
    expect(builtBasePath(undefined)).toBe('/');
  });
});
