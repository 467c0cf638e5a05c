/** A fixture site's content as files on disk, read independently of the site, for tests to compare. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readFrontMatter } from '../../src/lib/shared/front-matter';
import { parseCalendarDate, startOfDay } from '../../src/lib/shared/dates';
import { ROOM } from './fixture-sites';

export interface ContentFile {
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

/** The files of one kind, from the room fixture (the site the browser tests build) or another. */
export function readContent(
  kind: 'personas' | 'quotes' | 'stories',
  contentRoot = ROOM,
): ContentFile[] {
  const dir = path.join(contentRoot, kind);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const { data, body } = readFrontMatter(readFileSync(path.join(dir, file), 'utf8'), file);
      return { slug: file.slice(0, -3), data, body };
    });
}

export function isExpiredToday(file: ContentFile): boolean {
  const expires =
    typeof file.data.expires === 'string' ? parseCalendarDate(file.data.expires) : null;
  return expires !== null && expires < startOfDay(new Date());
}
