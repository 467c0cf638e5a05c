/** The allowed values of the content contract's enumerated fields, and how to say them. */

export const CHANNELS = ['phone', 'chat', 'email', 'branch', 'social', 'app'] as const;
export type Channel = (typeof CHANNELS)[number];

export const SOURCES = [
  'call',
  'chat',
  'email',
  'survey',
  'review',
  'social',
  'interview',
] as const;
export type Source = (typeof SOURCES)[number];

export const CONSENTS = ['obtained', 'anonymised', 'public'] as const;
export type Consent = (typeof CONSENTS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: 'Phone',
  chat: 'Chat',
  email: 'Email',
  branch: 'Branch',
  social: 'Social media',
  app: 'App',
};

export const SOURCE_LABELS: Record<Source, string> = {
  call: 'Call',
  chat: 'Chat',
  email: 'Email',
  survey: 'Survey',
  review: 'Review',
  social: 'Social media',
  interview: 'Interview',
};

export const CONSENT_LABELS: Record<Consent, string> = {
  obtained: 'Shared with consent',
  anonymised: 'Anonymised',
  public: 'Public',
};

export const PERSONA_SUMMARY_MAX = 160;
export const STORY_SUMMARY_MAX = 200;

export const ITEM_KINDS = ['persona', 'quote', 'story'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The content folder of each kind: `stories/five-seconds` names a file and a slide. */
export const KIND_FOLDERS = { persona: 'personas', quote: 'quotes', story: 'stories' } as const;

export const PLAYLIST_ORDERS = ['shuffle', 'newest', 'as-listed'] as const;
export type PlaylistOrder = (typeof PLAYLIST_ORDERS)[number];

export const ANNOUNCEMENT_MODES = ['takeover', 'interleave'] as const;
export type AnnouncementMode = (typeof ANNOUNCEMENT_MODES)[number];
export const ANNOUNCEMENT_TONES = ['info', 'urgent', 'celebrate'] as const;
export type AnnouncementTone = (typeof ANNOUNCEMENT_TONES)[number];
export const ANNOUNCEMENT_TITLE_MAX = 60;
export const ANNOUNCEMENT_BODY_MAX = 280;
/** The longest window an announcement may have: a message up for weeks is no longer news. */
export const ANNOUNCEMENT_MAX_DAYS = 14;
/** An interleave plays after every this many slides unless `every` says otherwise. */
export const ANNOUNCEMENT_DEFAULT_EVERY = 5;
