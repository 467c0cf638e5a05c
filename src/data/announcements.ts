/** The announcements of content/announcements/, shaped once for the wall and the pages. */
import { getCollection } from 'astro:content';
import type { Announcement } from '../lib/display/announcements';
import { shapeAnnouncements } from '../lib/display/announcement-data';

let announcements: Promise<Announcement[]> | undefined;

/** Every announcement not yet ended when the site is built, in turn order. */
export function getAnnouncements(): Promise<Announcement[]> {
  announcements ??= (async () =>
    shapeAnnouncements(await getCollection('announcements'), new Date()))();
  return announcements;
}
