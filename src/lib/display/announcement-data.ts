/**
 * The announcements as the build hands them on: ended ones left out (like expired items), the
 * body rendered once, a reading time for the wall, in turn order. The wall, the screens page and
 * the home page's banner all read this list.
 */
import type { AnnouncementMode, AnnouncementTone } from '../catalog/vocabulary';
import { ANNOUNCEMENT_DEFAULT_EVERY } from '../catalog/vocabulary';
import { markdownToText, renderMarkdown } from '../catalog/markdown';
import { ANNOUNCEMENT_MAX_SECONDS, byStart, hasEnded, type Announcement } from './announcements';
import { slideSeconds, wordCount } from './duration';

/** An announcement file as the schema leaves it. */
export interface AnnouncementEntry {
  id: string;
  body?: string | undefined;
  data: {
    title: string;
    from: string;
    until: string;
    mode: AnnouncementMode;
    every?: number | undefined;
    screens: readonly string[];
    tone: AnnouncementTone;
  };
}

export function shapeAnnouncements(
  entries: readonly AnnouncementEntry[],
  now: Date,
): Announcement[] {
  return entries
    .filter(({ data }) => !hasEnded(data, now))
    .map(({ id, body = '', data }): Announcement => {
      const words = wordCount(`${data.title} ${markdownToText(body)}`);
      return {
        kind: 'announcement',
        id,
        title: data.title,
        html: renderMarkdown(body),
        from: data.from,
        until: data.until,
        mode: data.mode,
        every: data.every ?? ANNOUNCEMENT_DEFAULT_EVERY,
        screens: [...data.screens],
        tone: data.tone,
        seconds: slideSeconds(words, { min: 10, max: ANNOUNCEMENT_MAX_SECONDS }),
      };
    })
    .sort(byStart);
}
