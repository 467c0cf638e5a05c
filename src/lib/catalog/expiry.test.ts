import { describe, expect, it } from 'vitest';
import { isExpired, liveEntries } from './expiry';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// Mid-afternoon on 14 March 2026.
const now = new Date('2026-03-14T15:30:00Z');

describe('isExpired', () => {
  it('hides an item whose last day was yesterday', () => {
    expect(isExpired({ expires: day('2026-03-13') }, now)).toBe(true);
  });

  it('still shows an item on its expiry day, all day', () => {
    expect(isExpired({ expires: day('2026-03-14') }, now)).toBe(false);
    expect(isExpired({ expires: day('2026-03-14') }, new Date('2026-03-14T23:59:59Z'))).toBe(false);
  });

  it('shows an item with a later expiry or none at all', () => {
    expect(isExpired({ expires: day('2026-03-15') }, now)).toBe(false);
    expect(isExpired({}, now)).toBe(false);
    expect(isExpired({ expires: undefined }, now)).toBe(false);
  });
});

describe('liveEntries', () => {
  it('keeps the entries still in date, in their order', () => {
    const entries = [
      { id: 'no-expiry', data: {} },
      { id: 'expired-yesterday', data: { expires: day('2026-03-13') } },
      { id: 'expires-today', data: { expires: day('2026-03-14') } },
      { id: 'expired-last-year', data: { expires: day('2025-03-14') } },
      { id: 'expires-next-year', data: { expires: day('2027-03-14') } },
    ];
    expect(liveEntries(entries, now).map(({ id }) => id)).toEqual([
      'no-expiry',
      'expires-today',
      'expires-next-year',
    ]);
  });
});
