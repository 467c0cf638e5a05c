/**
 * What an empty room says: a new team's first build has no content, and every page that would
 * list something says what belongs there, where its files go and where the guide is, instead of
 * showing an empty grid (or a blank wall).
 */
/** The authoring guide, in the site's repository (the built site does not carry it). */
export const AUTHORING_GUIDE = 'docs/authoring.md';

/** What the wall shows while there is nothing to put on it. */
export const EMPTY_WALL = {
  heading: 'Nothing to show yet',
  todo: 'add a quote in content/quotes/',
};

/** The pages that list content: the three lists and the topics. */
export type EmptyRoomPlace = 'personas' | 'stories' | 'quotes' | 'tags';

export interface EmptyRoomHint {
  /** What belongs on this page, in a sentence. */
  belongs: string;
  /** How the files start, before the folder: `Each quote is one markdown file in`. */
  files: string;
  /** The content folder the files go in, e.g. content/quotes/. */
  folder: string;
  /** The command that creates the first file. */
  command: string;
}

const HINTS: Record<EmptyRoomPlace, EmptyRoomHint> = {
  personas: {
    belongs:
      'Personas are the customers we serve, as people: who they are, their goals, frustrations and needs.',
    files: 'Each persona is one markdown file in',
    folder: 'content/personas/',
    command: 'npm run new -- persona "Maria Alvarez"',
  },
  stories: {
    belongs:
      'Stories are real calls, chats and visits worth retelling: the conversation, and the lesson it teaches.',
    files: 'Each story is one markdown file in',
    folder: 'content/stories/',
    command: 'npm run new -- story "Five seconds of silence"',
  },
  quotes: {
    belongs:
      'Quotes are what customers said, word for word: on calls, in chats, surveys and reviews.',
    files: 'Each quote is one markdown file in',
    folder: 'content/quotes/',
    command: 'npm run new -- quote "Nobody rushed me"',
  },
  tags: {
    belongs:
      'Topics group personas, stories and quotes: each tag an item carries (tags: [bereavement]) gets a page here.',
    files:
      'Start with a story, a quote or a persona that carries tags: a story is one markdown file in',
    folder: 'content/stories/',
    command: 'npm run new -- story "Five seconds of silence"',
  },
};

export function emptyRoomHint(place: EmptyRoomPlace): EmptyRoomHint {
  return HINTS[place];
}
