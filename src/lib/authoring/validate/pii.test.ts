import { describe, expect, it } from 'vitest';
import { findPii, mask, withoutAllowed, type PiiKind } from './pii';

const found = (text: string) => findPii(text).map(({ kind, text: match }) => [kind, match]);

describe('findPii', () => {
  it.each<[string, PiiKind, string]>([
    ['Call me on (415) 555-0132 tomorrow.', 'phone', '(415) 555-0132'],
    ['My number is 415-555-0132.', 'phone', '415-555-0132'],
    ['or 415.555.0132', 'phone', '415.555.0132'],
    ['Ring 1-800-555-0100 for help', 'phone', '1-800-555-0100'],
    ['London: 020 7946 0958', 'phone', '020 7946 0958'],
    ['Paris: 01 23 45 67 89', 'phone', '01 23 45 67 89'],
    ['Sydney: (02) 9876 5432', 'phone', '(02) 9876 5432'],
    ['Berlin: 030 1234567', 'phone', '030 1234567'],
    ['mobile +44 7911 123456', 'phone', '+44 7911 123456'],
    ['India +91 98765 43210', 'phone', '+91 98765 43210'],
    ['from abroad 0044 20 7946 0958', 'phone', '0044 20 7946 0958'],
    ['Write to maria.alvarez@example.com today', 'email', 'maria.alvarez@example.com'],
    ['Card 4111 1111 1111 1111 declined', 'card', '4111 1111 1111 1111'],
    ['Card 4111-1111-1111-1111 declined', 'card', '4111-1111-1111-1111'],
    ['Amex 378282246310005', 'card', '378282246310005'],
    ['SSN 123-45-6789', 'ssn', '123-45-6789'],
    ['IBAN DE89 3704 0044 0532 0130 00 please', 'iban', 'DE89 3704 0044 0532 0130 00'],
    ['IBAN GB82WEST12345698765432', 'iban', 'GB82WEST12345698765432'],
    ['I live at 1600 Pennsylvania Avenue now', 'address', '1600 Pennsylvania Avenue'],
    ['Drop it at 42 Harbour Street', 'address', '42 Harbour Street'],
    ['flat at 7 Old Mill road', 'address', '7 Old Mill road'],
  ])('finds %j as %s', (text, kind, match) => {
    expect(found(text)).toEqual([[kind, match]]);
  });

  it.each([
    'date: 2026-03-14',
    'from: "07:30" to "22:00", 09:30-10:45',
    'Version 1.2.3, ticket #12345, 3 hours, $10,000, 20%',
    'between 1999 2003 and 2019',
    'on 3/14/2026 or 14.03.2026',
    'an order of 1,234,567 units',
    'call 100 or 911',
    'ISBN 978-3-16-148410-0',
    'Card 4111-1111-1111-1112 (fails the Luhn check)',
    'SSN 000-12-3456 (not a valid number)',
    'IBAN DE89 3704 0044 0532 0130 01 (checksum wrong)',
    'In 2019 Penny Lane was playing',
    'we drove 40 miles down the highway',
    'Customer in her 70s, Ohio',
  ])('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds several kinds in one text, in reading order', () => {
    expect(found('Mail a@b.co or call (415) 555-0132, card 4111111111111111.')).toEqual([
      ['email', 'a@b.co'],
      ['phone', '(415) 555-0132'],
      ['card', '4111111111111111'],
    ]);
  });

  it('says where each match starts', () => {
    const text = 'x\nCall 415-555-0132';
    const [match] = findPii(text);
    expect(text.slice(match?.index, (match?.index ?? 0) + (match?.text.length ?? 0))).toBe(
      '415-555-0132',
    );
  });
});

describe('mask', () => {
  it.each<[string, PiiKind, string]>([
    ['(415) 555-0132', 'phone', '(415) ***-**32'],
    ['+44 7911 123456', 'phone', '+44 7*** ****56'],
    ['4111 1111 1111 1111', 'card', '**** **** **** **11'],
    ['123-45-6789', 'ssn', '***-**-**89'],
    ['DE89 3704 0044 0532 0130 00', 'iban', 'DE** **** **** **** **** 00'],
    ['maria.alvarez@example.com', 'email', 'm****.*******@*******.com'],
    ['42 Harbour Street', 'address', '** ******* Street'],
  ])('masks %j (%s) as %j', (text, kind, masked) => {
    expect(mask(text, kind)).toBe(masked);
  });
});

describe('withoutAllowed', () => {
  it('blanks every occurrence of an allowed string and keeps positions', () => {
    const text = 'Ring 1-800-555-0100.\nAgain: 1-800-555-0100';
    const blanked = withoutAllowed(text, ['1-800-555-0100']);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.split('\n')).toHaveLength(2);
    expect(findPii(blanked)).toEqual([]);
  });

  it('ignores empty strings', () => {
    expect(withoutAllowed('abc', [''])).toBe('abc');
  });
});
