/**
 * The privacy guard: text that looks like personal data about a real person. Phone numbers (any
 * region, national or international format), email addresses, payment card numbers (Luhn-checked),
 * US social security numbers, IBANs and street addresses (a house number, a capitalised name and
 * a street-type word). Matches are reported masked, so a CI log never repeats them in full.
 */
import {
  getCountries,
  isValidPhoneNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';

export type PiiKind = 'phone' | 'email' | 'card' | 'ssn' | 'iban' | 'address';

export interface PiiMatch {
  kind: PiiKind;
  /** The matched text, as written. */
  text: string;
  /** Where it starts in the text that was searched. */
  index: number;
}

export const PII_LABELS: Record<PiiKind, string> = {
  phone: 'a phone number',
  email: 'an email address',
  card: 'a payment card number',
  ssn: 'a US social security number',
  iban: 'a bank account number (IBAN)',
  address: 'a street address',
};

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const IBAN =
  /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g;
// Not the digits of an IBAN whose checksum failed ("DE89 3704 0044 …").
const CARD =
  /(?<![\d-])(?<![A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})* ?)[2-6]\d{0,3}(?:[ -]?\d{1,4}){3,6}(?![\d-])/g;
const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d-])/g;
// Runs of digit groups ("(415) 555-0132", "+44 20 7946 0958"); which of them are phone numbers
// is decided by their shape and by libphonenumber. The digits of an IBAN are not a run.
const DIGIT_RUN =
  /(?<![\w+/@.-])(?<![A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})* ?)\+?\(?\d+\)?(?:(?:[ .-]|\) ?)\(?\d+\)?)*(?![\w@/-]|\.\d)/g;
const STREET_TYPES = [
  'Street',
  'St',
  'Avenue',
  'Ave',
  'Road',
  'Rd',
  'Boulevard',
  'Blvd',
  'Lane',
  'Ln',
  'Drive',
  'Dr',
  'Court',
  'Ct',
  'Place',
  'Pl',
  'Terrace',
  'Way',
  'Close',
  'Crescent',
  'Square',
  'Parkway',
  'Pkwy',
  'Highway',
  'Hwy',
  'Circle',
  'Row',
  'Mews',
  'Gardens',
  'Grove',
  'Walk',
  'Trail',
];
const streetType = STREET_TYPES.map(
  (word) => `[${word[0]}${word[0]?.toLowerCase()}]${word.slice(1)}`,
).join('|');
// "in 2019 Penny Lane" is a year, not a house number.
const ADDRESS = new RegExp(
  String.raw`(?<![\w-])(?<!\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Oo]f) )\d{1,5}[A-Za-z]?[ \t]+(?:(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))[ \t]+){1,4}(?:${streetType})\b\.?`,
  'g',
);

const COUNTRIES = getCountries();
// Tried first: most numbers in our content come from these.
const LIKELY: CountryCode[] = [
  'US',
  'CA',
  'GB',
  'IE',
  'AU',
  'NZ',
  'DE',
  'FR',
  'ES',
  'IT',
  'NL',
  'IN',
];
const validCache = new Map<string, boolean>();

/** Whether a national-format number is a valid phone number in some region. */
function validSomewhere(digits: string): boolean {
  let valid = validCache.get(digits);
  if (valid === undefined) {
    valid = [...LIKELY, ...COUNTRIES].some((country) => isValidPhoneNumber(digits, country));
    validCache.set(digits, valid);
  }
  return valid;
}

interface Group {
  digits: string;
  start: number;
  end: number;
  plus: boolean;
  parens: boolean;
  /** The separator before this group (empty for the first). */
  before: string;
}

function groupsOf(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  const pattern = /(\+?)(\(?)(\d+)\)?/g;
  let previousEnd = 0;
  for (const match of run.matchAll(pattern)) {
    groups.push({
      digits: match[3] ?? '',
      start: offset + match.index,
      end: offset + match.index + match[0].length,
      plus: match[1] === '+',
      parens: match[2] === '(' && match[0].endsWith(')'),
      before: run.slice(previousEnd, match.index),
    });
    previousEnd = match.index + match[0].length;
  }
  return groups;
}

/** Whether digit groups are shaped like a phone number, and if so whether it is a valid one. */
function isPhone(groups: readonly Group[]): boolean {
  const digits = groups.map((group) => group.digits).join('');
  const lengths = groups.map((group) => group.digits.length);
  const first = groups[0];
  if (!first || digits.length < 7 || digits.length > 15) return false;
  if (first.plus || (first.digits.startsWith('00') && groups.length > 1)) {
    const international = `+${digits.replace(/^00/, '')}`;
    return parsePhoneNumberFromString(international)?.isValid() ?? false;
  }
  const separators = groups.slice(1).map((group) => group.before.trim());
  const shaped =
    // (415) 555-0132, (02) 9876 5432, 1 (800) 555-0100
    (groups.slice(0, 2).some((group) => group.parens) && groups.length > 1) ||
    // 020 7946 0958, 0412 345 678, 01 23 45 67 89, 07700900123
    (first.digits.startsWith('0') &&
      digits.length >= 9 &&
      (groups.length > 1 ? first.digits.length <= 5 : digits.length <= 12)) ||
    // 415-555-0132, 1-800-555-0100, 4155550132
    /^(?:1,)?3,3,4$/.test(lengths.join(',')) ||
    (groups.length === 1 && /^(?:[2-9]\d{9}|1[2-9]\d{9})$/.test(digits)) ||
    // 555-0132
    (lengths.join(',') === '3,4' && (separators[0] === '-' || separators[0] === '.'));
  return shaped && validSomewhere(digits);
}

/** The phone numbers in a run of digit groups: the longest valid stretches, left to right. */
function phonesIn(run: string, offset: number, text: string): PiiMatch[] {
  const groups = groupsOf(run, offset);
  const found: PiiMatch[] = [];
  let start = 0;
  while (start < groups.length) {
    let end = groups.length;
    while (end > start && !isPhone(groups.slice(start, end))) end--;
    if (end > start) {
      const from = groups[start]?.start ?? 0;
      const to = groups[end - 1]?.end ?? from;
      found.push({ kind: 'phone', text: text.slice(from, to), index: from });
      start = end;
    } else {
      start++;
    }
  }
  return found;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

function ibanChecksumOk(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const value = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** The IBAN at the start of a candidate, trimming trailing groups that belong to other words. */
function ibanIn(candidate: string): string | undefined {
  let text = candidate;
  while (text.replace(/ /g, '').length >= 15) {
    const compact = text.replace(/ /g, '');
    if (compact.length <= 34 && ibanChecksumOk(compact)) return text;
    text = text.replace(/ ?[A-Z0-9]{1,4}$/, '');
  }
  return undefined;
}

function matchesOf(pattern: RegExp, text: string): RegExpMatchArray[] {
  return [...text.matchAll(pattern)];
}

// When two findings overlap, the more specific one is reported.
const PRIORITY: PiiKind[] = ['email', 'iban', 'card', 'ssn', 'phone', 'address'];

/** Everything in `text` that looks like personal data, in reading order. */
export function findPii(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const match of matchesOf(EMAIL, text)) {
    found.push({ kind: 'email', text: match[0], index: match.index ?? 0 });
  }
  for (const match of matchesOf(IBAN, text)) {
    const iban = ibanIn(match[0]);
    if (iban) found.push({ kind: 'iban', text: iban, index: match.index ?? 0 });
  }
  for (const match of matchesOf(CARD, text)) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) {
      found.push({ kind: 'card', text: match[0], index: match.index ?? 0 });
    }
  }
  for (const match of matchesOf(SSN, text)) {
    found.push({ kind: 'ssn', text: match[0], index: match.index ?? 0 });
  }
  for (const match of matchesOf(DIGIT_RUN, text)) {
    found.push(...phonesIn(match[0], match.index ?? 0, text));
  }
  for (const match of matchesOf(ADDRESS, text)) {
    found.push({ kind: 'address', text: match[0], index: match.index ?? 0 });
  }

  const kept: PiiMatch[] = [];
  const byPriority = [...found].sort(
    (a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.index - b.index,
  );
  for (const match of byPriority) {
    const overlaps = kept.some(
      (other) =>
        match.index < other.index + other.text.length &&
        other.index < match.index + match.text.length,
    );
    if (!overlaps) kept.push(match);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** How many letters or digits stay readable at the start and end of a match. */
const VISIBLE: Record<PiiKind, { first: number; last: number }> = {
  phone: { first: 3, last: 2 },
  card: { first: 0, last: 2 },
  ssn: { first: 0, last: 2 },
  iban: { first: 2, last: 2 },
  email: { first: 1, last: 0 },
  address: { first: 0, last: 0 },
};

/**
 * The match with most of it hidden: `(415) 555-0132` → `(415) ***-**32`. Separators stay, so
 * the author recognises what was found; an email keeps its first letter and top-level domain,
 * an address only its street-type word.
 */
export function mask(text: string, kind: PiiKind): string {
  if (kind === 'email') {
    const topLevelDomain = text.lastIndexOf('.');
    return text.replace(/[A-Za-z0-9]/g, (character, index: number) =>
      index === 0 || index > topLevelDomain ? character : '*',
    );
  }
  if (kind === 'address') {
    const words = text.split(/([ \t]+)/);
    const last = words.length - 1;
    return words.map((word, index) => (index === last ? word : word.replace(/\w/g, '*'))).join('');
  }
  const { first, last } = VISIBLE[kind];
  const total = text.replace(/[^A-Za-z0-9]/g, '').length;
  let seen = 0;
  return text.replace(/[A-Za-z0-9]/g, (character) => {
    seen++;
    return seen <= first || seen > total - last ? character : '*';
  });
}

/**
 * The text with every occurrence of the allowed strings blanked out (same length, so positions
 * and lines stay): a file's `piiAllow` list, such as the company's public help-line.
 */
export function withoutAllowed(text: string, allowed: readonly string[]): string {
  let result = text;
  for (const value of allowed) {
    if (!value) continue;
    result = result.split(value).join(' '.repeat(value.length));
  }
  return result;
}
