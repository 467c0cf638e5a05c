/**
 * Words that appear in one story's transcript and nowhere else in the sample content: searching
 * for one must find that story. Read from the files on disk, independently of the site.
 */
import { parseStoryBody, transcriptTurns } from '../../src/lib/catalog/transcript';
import { isExpiredToday, readContent, type ContentFile } from './sample-content';

/** Whole words of five letters or more; words in contractions (`haven't`) are left out. */
const words = (text: string) =>
  [...text.toLowerCase().matchAll(/(?<!['’])\b[a-z]{5,}\b(?!['’])/g)].map(([word]) => word);

/** At most what an English stemmer keeps: `lately` → `late`, `noticeably` → `notic`. */
const stem = (word: string) => word.slice(0, word.length >= 7 ? 5 : 4);

/** Everything a file says, front matter included, lower-cased. */
function allText(file: ContentFile): string {
  return `${JSON.stringify(file.data)} ${file.body}`.toLowerCase();
}

/** For each live story, the words of its transcript whose stem appears in no other file. */
export function uniqueTranscriptWords(): { slug: string; words: string[] }[] {
  const stories = readContent('stories').filter((story) => !isExpiredToday(story));
  const everything = [...readContent('personas'), ...readContent('quotes'), ...stories];
  return stories.map((story) => {
    const transcript = transcriptTurns(parseStoryBody(story.body))
      .map((turn) => turn.text)
      .join(' ');
    const elsewhere = everything
      .filter((file) => file !== story)
      .map(allText)
      .join(' ');
    // Its own prose must not hold the word either: the hit must come from the transcript.
    const ownProse = story.body
      .split('\n')
      .filter((line) => !/^\*\*[^*]+\*\*/.test(line))
      .join(' ')
      .toLowerCase();
    const frontMatter = allText({ ...story, body: '' });
    const unique = [...new Set(words(transcript))].filter(
      (word) => ![elsewhere, ownProse, frontMatter].some((text) => text.includes(stem(word))),
    );
    // Longest first: the most distinctive word leads.
    return { slug: story.slug, words: unique.sort((a, b) => b.length - a.length) };
  });
}
