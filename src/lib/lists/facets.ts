/**
 * The facets browse mode filters by, shared by the list filters and search: their names, the
 * values an item carries, and how a value reads (`small-gestures` → `small gestures`).
 */
import { toTag } from '../catalog/tags';
import { CHANNEL_LABELS, CONSENT_LABELS, SOURCE_LABELS } from '../catalog/vocabulary';

export const KINDS = ['story', 'quote', 'persona'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABELS: Record<Kind, { one: string; many: string }> = {
  story: { one: 'Story', many: 'Stories' },
  quote: { one: 'Quote', many: 'Quotes' },
  persona: { one: 'Persona', many: 'Personas' },
};

export const FACET_KEYS = ['kind', 'tag', 'persona', 'channel', 'source', 'consent'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** What a facet is called next to its control. */
export const FACET_NAMES: Record<FacetKey, string> = {
  kind: 'Kind',
  tag: 'Topic',
  persona: 'Persona',
  channel: 'Channel',
  source: 'Source',
  consent: 'Consent',
};

export interface FacetOption {
  value: string;
  label: string;
  /** How many items carry the value. */
  count: number;
}

/** Persona slug → name, for reading a persona facet value. */
export type PersonaNames = Readonly<Record<string, string>>;

export function personaNamesOf(personas: readonly { slug: string; name: string }[]): PersonaNames {
  return Object.fromEntries(personas.map((persona) => [persona.slug, persona.name]));
}

export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}

function lookup(labels: Readonly<Record<string, string>>, value: string): string {
  // Not Object.hasOwn: the lists run on Chromium 87 (93 has it).
  return Object.prototype.hasOwnProperty.call(labels, value) ? (labels[value] ?? value) : value;
}

/** How a facet value reads to a person. Unknown values read as themselves. */
export function facetLabel(key: FacetKey, value: string, personaNames: PersonaNames = {}): string {
  switch (key) {
    case 'kind':
      return isKind(value) ? KIND_LABELS[value].many : value;
    case 'tag':
      return toTag(value).label;
    case 'persona':
      return lookup(personaNames, value);
    case 'channel':
      return lookup(CHANNEL_LABELS, value);
    case 'source':
      return lookup(SOURCE_LABELS, value);
    case 'consent':
      return lookup(CONSENT_LABELS, value);
  }
}

/** Every value the items carry for one facet, with how many carry it, in reading order. */
export function facetOptions<Item>(
  items: readonly Item[],
  valuesOf: (item: Item) => readonly string[] | undefined,
  label: (value: string) => string,
): FacetOption[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const value of new Set(valuesOf(item) ?? [])) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([value, count]) => ({ value, label: label(value), count }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }));
}
