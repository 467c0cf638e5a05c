/**
 * Synthetic but realistic content for the benchmark (`npm run bench`): personas 5%, stories 35%
 * (10–20 transcript turns each), quotes 60%, with sentences of real length, tags from a fixed
 * vocabulary, persona references that resolve, a third of personas with a photo, and playlists
 * like the sample ones. The same seed always gives the same files, so runs are comparable.
 *
 * Nothing here looks like personal data: no digits in any text (so no phone, card or house
 * numbers), no @, and names are drawn from short lists of ordinary first and family names.
 * Dev tooling only: it writes into a throw-away copy of the project, never into content/.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../src/lib/display/random.ts';
import {
  CHANNELS,
  CONSENTS,
  PERSONA_SUMMARY_MAX,
  SOURCES,
  STORY_SUMMARY_MAX,
} from '../../src/lib/catalog/vocabulary.ts';

export const TAGS = [
  'bereavement',
  'empathy',
  'coaching',
  'first-contact',
  'follow-through',
  'fraud',
  'patience',
  'ownership',
  'small-gestures',
  'accessibility',
  'retail',
  'wealth',
  'hospitality',
  'b2b',
  'billing',
  'delivery',
  'onboarding',
  'complaints',
  'vulnerability',
  'digital',
] as const;

/** The photos a generated persona may carry: the sample personas' portraits. */
export const SAMPLE_PHOTOS = ['walter-okafor.jpg', 'ruth-lindqvist.jpg', 'priya-raman.jpg'];

const FIRST_NAMES = [
  'Ada',
  'Alma',
  'Amir',
  'Anneke',
  'Bea',
  'Bruno',
  'Carmen',
  'Cyril',
  'Dara',
  'Desmond',
  'Edith',
  'Emeka',
  'Farah',
  'Felix',
  'Greta',
  'Hamid',
  'Ines',
  'Ivo',
  'Jonah',
  'Keiko',
  'Lars',
  'Leila',
  'Mabel',
  'Marek',
  'Nadia',
  'Niall',
  'Olu',
  'Paloma',
  'Quentin',
  'Rosa',
  'Sanjay',
  'Tove',
  'Ulla',
  'Viktor',
  'Wren',
  'Yusuf',
  'Zora',
];
const FAMILY_NAMES = [
  'Abbott',
  'Adeyemi',
  'Bergstrom',
  'Castellano',
  'Dimitrov',
  'Eklund',
  'Fairweather',
  'Gallagher',
  'Haddad',
  'Iwasaki',
  'Jovanovic',
  'Kowalczyk',
  'Lindgren',
  'Moreau',
  'Nakamura',
  'Oduya',
  'Pellegrini',
  'Quigley',
  'Rasmussen',
  'Sandoval',
  'Takahashi',
  'Underwood',
  'Varga',
  'Whitcombe',
  'Yilmaz',
  'Zeller',
];
const SEGMENTS = [
  'Retirees',
  'Young families',
  'Small business owners',
  'Students',
  'Bereaved families',
  'Frequent travellers',
  'First-time buyers',
  'Carers',
  'Shift workers',
  'New arrivals',
];

/** Things customers call about. */
const THINGS = [
  'refund',
  'delivery',
  'paperwork',
  'pension',
  'mortgage',
  'invoice',
  'statement',
  'parcel',
  'booking',
  'subscription',
  'warranty',
  'password',
  'overdraft',
  'replacement card',
  'insurance claim',
  'direct debit',
  'meter reading',
  'prescription',
  'voucher',
  'repair',
  'cancellation',
  'upgrade',
  'tenancy',
  'loyalty points',
  'savings account',
  'boarding pass',
];
const PLACES = [
  'the branch',
  'the app',
  'the website',
  'the call centre',
  'the shop',
  'the help pages',
  'the chat window',
  'the front desk',
];
const PEOPLE = [
  'her mother',
  'his father',
  'her husband',
  'his wife',
  'their son',
  'her daughter',
  'his neighbour',
  'her sister',
  'his grandson',
  'her landlord',
];
const FEELINGS = [
  'worried',
  'exhausted',
  'embarrassed',
  'relieved',
  'frustrated',
  'anxious',
  'grateful',
  'confused',
  'calm',
  'hopeful',
  'angry',
  'overwhelmed',
];
const TIMES = [
  'late on a Friday',
  'first thing in the morning',
  'just before closing',
  'in the middle of the night',
  'on a bank holiday',
  'during the lunch rush',
  'at the end of a long week',
  'the day before a trip',
];
const ADVERBS = ['gently', 'patiently', 'quickly', 'carefully', 'quietly', 'honestly', 'clearly'];
const AGENT_MOVES = [
  'listened without interrupting',
  'repeated the problem back in the customer’s own words',
  'promised a call back and kept the promise',
  'put the account on hold until things settled',
  'wrote down every step and sent it in plain words',
  'took ownership instead of transferring the call',
  'asked what mattered most before suggesting anything',
  'checked the notes so the customer did not have to explain again',
  'admitted the mistake before the customer had to prove it',
  'slowed down and let the silence do some of the work',
];
const LESSONS = [
  'Listening first saves more time than it costs.',
  'A promise kept is worth more than a perfect script.',
  'Customers remember how the call felt long after they forget what was fixed.',
  'Owning a problem end to end is the fastest way to earn trust back.',
  'Plain words beat policy language, every time.',
  'Asking one more question often finds the real problem.',
  'Warmth and efficiency are not opposites.',
  'The second call is where loyalty is won or lost.',
  'Saying sorry like a person is part of the job.',
  'Slowing down for one customer can speed up the whole queue.',
];
const PROMPTS = [
  'What would you have said at the moment the customer went quiet?',
  'Where in our process did the customer have to repeat themselves, and why?',
  'What small gesture could you make on your next call like this one?',
  'How did the agent find out what really mattered to the customer?',
  'Which of our rules made this call harder than it needed to be?',
  'How would you hand this case over so nobody has to start again?',
  'What did the agent do that you would like to try this week?',
];
const GOALS = [
  'Get it sorted in one call',
  'Keep the household running',
  'Understand the fees',
  'Stop worrying about the account',
  'Look after a parent from far away',
  'Travel without surprises',
  'Grow the business without extra admin',
  'Make the money last the month',
  'Feel in control again',
];
const FRUSTRATIONS = [
  'Being transferred',
  'Repeating the whole story',
  'Jargon in every letter',
  'Hold music',
  'Promises of a call back that never comes',
  'Forms that ask the same thing twice',
  'Being treated as a case number',
  'Apps that log out mid-task',
];
const NEEDS = [
  'One person who follows through',
  'A clear list of next steps',
  'Time to think',
  'Honest answers',
  'Someone who reads the notes',
  'A written summary',
  'A quiet place to talk',
  'Patience',
];

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

const between = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));

function pickSome<T>(random: Random, items: readonly T[], min: number, max: number): T[] {
  const count = between(random, min, max);
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(random, items));
  return [...chosen];
}

/** One to `max` different sentences from `makers`, in a random order. */
const sentences = (random: Random, makers: readonly (() => string)[], min: number, max: number) =>
  pickSome(random, makers, min, max)
    .map((make) => make())
    .join(' ');

const article = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

const capitalise = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

/**
 * `min` to `max` different third-person sentences about a call, 8 to 30 words each; `who` as
 * written mid-sentence ("the customer", "Ada").
 */
function narrative(random: Random, who: string, min: number, max: number): string {
  const Who = capitalise(who);
  const makers = [
    () =>
      `${Who} had been trying to sort out the ${pick(random, THINGS)} through ${pick(random, PLACES)} and ended up calling us ${pick(random, TIMES)}.`,
    () =>
      `By the time the call connected, ${who} was ${pick(random, FEELINGS)} and had already explained everything twice.`,
    () => `The agent ${pick(random, AGENT_MOVES)}, and the tone of the whole conversation changed.`,
    () =>
      `It turned out the ${pick(random, THINGS)} was only half the problem: ${pick(random, PEOPLE)} had been unwell and the post had piled up.`,
    () =>
      `Nobody on the team had broken a rule, yet the customer left the previous call more ${pick(random, FEELINGS)} than before.`,
    () =>
      `In the listening session the team noticed how ${pick(random, ADVERBS)} the agent spoke once the real worry came out.`,
    () =>
      `The fix itself took a few minutes; what took longer was making sure the customer felt heard.`,
  ];
  return sentences(random, makers, min, max);
}

/** What a customer says in a turn: one to three sentences. */
function customerLine(random: Random): string {
  const makers = [
    () =>
      `I'm calling about the ${pick(random, THINGS)} again, and honestly I'm ${pick(random, FEELINGS)}.`,
    () => `I tried ${pick(random, PLACES)} first, but it kept sending me round in circles.`,
    () => `It's for ${pick(random, PEOPLE)}, really, I'm just the one who deals with these things.`,
    () => `Nobody told me the ${pick(random, THINGS)} would take this long.`,
    () => `Sorry, I know this isn't your fault.`,
    () => `Can you tell me what happens next, in plain words?`,
    () => `That's the first time anyone has actually explained it.`,
    () => `I just don't want to have to ring up again next week.`,
    () => `Thank you, that really helps.`,
  ];
  return sentences(random, makers, 1, 3);
}

/** What an agent says in a turn: one to three sentences. */
function agentLine(random: Random): string {
  const makers = [
    () => `I'm sorry you've had to chase this; let me look at the ${pick(random, THINGS)} now.`,
    () => `I can see the notes from your last call, so you won't need to go through it again.`,
    () => `Here's what I'll do: I'll sort it today and send you a short summary of every step.`,
    () => `Take your time, there's no rush on my side.`,
    () => `That sounds really hard, and it makes sense that you're ${pick(random, FEELINGS)}.`,
    () => `I'll stay with this until it's done, and I'll call you back myself.`,
    () => `Is there anything else about the ${pick(random, THINGS)} that's worrying you?`,
  ];
  return sentences(random, makers, 1, 3);
}

function quoteText(random: Random): string {
  const makers = [
    () => `You were the first person who didn't make me explain it twice.`,
    () =>
      `I was ${pick(random, FEELINGS)} when I rang, and I put the phone down ${pick(random, FEELINGS)}.`,
    () => `She sorted the ${pick(random, THINGS)} and then asked how I was doing.`,
    () => `All I wanted was someone to own the ${pick(random, THINGS)} from start to finish.`,
    () => `He called back exactly when he said he would.`,
    () => `Nobody rushed me, and that's all I needed.`,
    () => `The app kept logging me out, but the person on the phone made up for it.`,
    () => `It's the little things, like remembering what I told you last time.`,
    () => `I've been a customer for years and that was the best call I've had.`,
  ];
  return sentences(random, makers, 1, 3);
}

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;

/** A YAML scalar: quoted when it could be read as something other than text. */
const yaml = (text: string) => JSON.stringify(text);
const yamlList = (items: readonly string[]) => `[${items.map(yaml).join(', ')}]`;

function isoDate(random: Random, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 11, 31);
  return new Date(start + Math.floor(random() * (end - start))).toISOString().slice(0, 10);
}

export interface ContentCounts {
  personas: number;
  stories: number;
  quotes: number;
}

/** How many items of each kind make `total`: personas 5%, stories 35%, quotes the rest. */
export function countsFor(total: number): ContentCounts {
  const personas = Math.max(1, Math.round(total * 0.05));
  const stories = Math.round(total * 0.35);
  return { personas, stories, quotes: Math.max(0, total - personas - stories) };
}

export interface GeneratedFile {
  /** Relative to content/, e.g. stories/the-refund-that-came-late-12.md. */
  path: string;
  /** The file's text; absent for a photo, which is copied from `photo`. */
  text?: string;
  /** A photo of SAMPLE_PHOTOS to copy to `path`. */
  photo?: string;
}

export interface GeneratedContent {
  counts: ContentCounts;
  files: GeneratedFile[];
  /** Slugs of the generated stories, for a story page to measure. */
  storySlugs: string[];
}

export function generateContent(total: number, seed = 1): GeneratedContent {
  const random = seededRandom(seed);
  const counts = countsFor(total);
  const files: GeneratedFile[] = [];

  const names = FIRST_NAMES.flatMap((first) => FAMILY_NAMES.map((family) => `${first} ${family}`));
  const personas: string[] = [];
  for (let i = 0; i < counts.personas; i++) {
    // Names run out after about nine hundred personas; a second round gets a middle initial.
    const base = names.splice(Math.floor(random() * names.length), 1)[0];
    const name =
      base ??
      `${pick(random, FIRST_NAMES)} ${String.fromCharCode(65 + (i % 26))}. ${pick(random, FAMILY_NAMES)}`;
    const slug = `${name.toLowerCase().replace(/[^a-z]+/g, '-')}-${i}`.replace(/-+/g, '-');
    personas.push(slug);
    const first = name.split(' ')[0] ?? name;
    const segment = pick(random, SEGMENTS);
    const photo = i % 3 === 0 ? pick(random, SAMPLE_PHOTOS) : undefined;
    const lines = [
      '---',
      `name: ${yaml(name)}`,
      `summary: ${yaml(clip(`${pick(random, GOALS)}, while juggling the ${pick(random, THINGS)} and ${pick(random, PEOPLE)}; ${pick(random, FEELINGS)} about calling us.`, PERSONA_SUMMARY_MAX))}`,
      ...(photo
        ? [`photo: ./${slug}.jpg`, `photoAlt: ${yaml(`${first} at home, looking at a letter`)}`]
        : []),
      `segment: ${yaml(segment)}`,
      `goals: ${yamlList(pickSome(random, GOALS, 2, 4))}`,
      `frustrations: ${yamlList(pickSome(random, FRUSTRATIONS, 2, 4))}`,
      `needs: ${yamlList(pickSome(random, NEEDS, 2, 4))}`,
      `channels: ${yamlList(pickSome(random, CHANNELS, 1, 3))}`,
      `tags: ${yamlList(pickSome(random, TAGS, 1, 3))}`,
      'display: true',
      '---',
      narrative(random, first, 3, 5),
      '',
      narrative(random, first, 2, 4),
      '',
    ];
    files.push({ path: `personas/${slug}.md`, text: lines.join('\n') });
    if (photo) files.push({ path: `personas/${slug}.jpg`, photo });
  }

  // Every persona is named by at least one quote or story (else the validator warns).
  const personaFor = (index: number) =>
    index < personas.length ? personas[index] : random() < 0.8 ? pick(random, personas) : undefined;

  const storySlugs: string[] = [];
  for (let i = 0; i < counts.stories; i++) {
    const thing = pick(random, THINGS);
    const title = capitalise(
      pick(random, [
        `the ${thing} that came late`,
        `${article(thing)} and a long night`,
        `the ${thing} nobody explained`,
        `the second call about the ${thing}`,
        `when the ${thing} was not the problem`,
        `one ${thing}, three departments`,
      ]),
    );
    const slug = `${title.toLowerCase().replace(/[^a-z]+/g, '-')}-${i}`.replace(/-+/g, '-');
    storySlugs.push(slug);
    const persona = personaFor(i);
    const turns = between(random, 10, 20);
    const transcript = Array.from({ length: turns }, (_, turn) =>
      turn % 2 === 0 ? `**Customer:** ${customerLine(random)}` : `**Agent:** ${agentLine(random)}`,
    );
    // One story in five ends with a coach's question from the listening session.
    if (random() < 0.2) {
      transcript[turns - 1] = '**Coach:** What changed for you at that point in the call?';
    }
    const lines = [
      '---',
      `title: ${yaml(title)}`,
      `summary: ${yaml(clip(narrative(random, 'a customer', 2, 2), STORY_SUMMARY_MAX))}`,
      `lesson: ${yaml(pick(random, LESSONS))}`,
      ...(persona ? [`persona: ${persona}`] : []),
      `date: ${isoDate(random, 2022, 2025)}`,
      `channel: ${pick(random, CHANNELS)}`,
      `consent: ${pick(random, CONSENTS)}`,
      `tags: ${yamlList(pickSome(random, TAGS, 1, 3))}`,
      `featured: ${random() < 0.05}`,
      'display: true',
      ...(random() < 0.1 ? [`expires: ${isoDate(random, 2035, 2039)}`] : []),
      'prompts:',
      ...pickSome(random, PROMPTS, 1, 3).map((prompt) => `  - ${yaml(prompt)}`),
      '---',
      narrative(random, 'the customer', 2, 4),
      '',
      ...transcript.flatMap((line) => [line, '']),
      narrative(random, 'the customer', 1, 3),
      '',
    ];
    files.push({ path: `stories/${slug}.md`, text: lines.join('\n') });
  }

  for (let i = 0; i < counts.quotes; i++) {
    const persona = personaFor(counts.stories + i);
    const text = quoteText(random);
    const slug = `${text
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')
      .split('-')
      .filter(Boolean)
      .slice(0, 5)
      .join('-')}-${i}`;
    const age = pick(random, [
      'twenties',
      'thirties',
      'forties',
      'fifties',
      'sixties',
      'seventies',
    ]);
    const lines = [
      '---',
      ...(persona ? [`persona: ${persona}`] : []),
      ...(random() < 0.7 ? [`attribution: ${yaml(`Customer in their ${age}`)}`] : []),
      `source: ${pick(random, SOURCES)}`,
      `date: ${isoDate(random, 2022, 2025)}`,
      `consent: ${pick(random, CONSENTS)}`,
      `tags: ${yamlList(pickSome(random, TAGS, 1, 2))}`,
      'display: true',
      '---',
      text,
      '',
    ];
    files.push({ path: `quotes/${slug}.md`, text: lines.join('\n') });
  }

  const listed = storySlugs.slice(0, 3).map((slug) => `  - stories/${slug}`);
  files.push(
    {
      path: 'playlists/call-floor.yaml',
      text: [
        'name: Call floor',
        'description: Everything, with stories and personas for the morning huddle.',
        'order: shuffle',
        'schedule:',
        '  - name: Morning huddle',
        '    days: [mon, tue, wed, thu, fri]',
        '    from: "07:30"',
        '    to: "09:30"',
        '    filters:',
        '      kinds: [story, persona]',
        '',
      ].join('\n'),
    },
    {
      path: 'playlists/coaching-room.yaml',
      text: [
        'name: Coaching room',
        'description: Stories with a lesson to talk through.',
        'order: newest',
        'filters:',
        '  kinds: [story, quote]',
        '  tags: [coaching, empathy, patience]',
        '',
      ].join('\n'),
    },
    {
      path: 'playlists/front-of-house.yaml',
      text: [
        'name: Front of house',
        'description: The stories we tell new starters first.',
        'order: as-listed',
        ...(listed.length > 0 ? ['items:', ...listed] : []),
        '',
      ].join('\n'),
    },
  );
  return { counts, files, storySlugs };
}

/**
 * Replaces the content of `contentRoot` (a copy's content/ folder) with generated content.
 * `photoDir` holds SAMPLE_PHOTOS (a personas/ folder of the sample room), outside `contentRoot`.
 */
export function writeContent(contentRoot: string, content: GeneratedContent, photoDir: string) {
  for (const kind of ['personas', 'quotes', 'stories', 'playlists']) {
    rmSync(path.join(contentRoot, kind), { recursive: true, force: true });
    mkdirSync(path.join(contentRoot, kind), { recursive: true });
  }
  for (const file of content.files) {
    const target = path.join(contentRoot, file.path);
    if (file.photo) copyFileSync(path.join(photoDir, file.photo), target);
    else writeFileSync(target, file.text ?? '');
  }
}
