/**
 * Brings a wall its announcements: once when it starts, then on the kiosk's poll interval
 * (`?poll=`, jittered like the version check), so a deploy's new or changed announcement is on
 * every screen within two polls without waiting for the switch to the new build. Its own module,
 * beside the kiosk's version poll rather than inside it. Offline, the service worker answers
 * with the copy it precached, so an announcement scheduled in advance still comes up at `from`.
 */
import { nextPollMs } from '../../lib/kiosk/options';
import { sitePath } from '../../lib/shared/site-path';
import { readAnnouncements, type Announcement } from '../../lib/display/announcements';

export const ANNOUNCEMENTS_URL = sitePath('/display/announcements.json');

/** The announcements now, or undefined when the file cannot be had (the wall keeps what it has). */
export async function fetchAnnouncements(): Promise<Announcement[] | undefined> {
  try {
    const response = await fetch(ANNOUNCEMENTS_URL, { cache: 'no-store' });
    if (!response.ok) return undefined;
    return readAnnouncements(await response.json());
  } catch {
    return undefined;
  }
}

/** Polls for announcements; hands each answer that differs from the last on. Returns the stop. */
export function followAnnouncements(
  pollSeconds: number,
  first: readonly Announcement[],
  onChange: (announcements: Announcement[]) => void,
): () => void {
  let last = JSON.stringify(first);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const poll = async () => {
    const latest = await fetchAnnouncements();
    if (stopped) return;
    const text = latest && JSON.stringify(latest);
    if (latest && text !== last) {
      last = text ?? last;
      onChange(latest);
    }
    timer = setTimeout(() => void poll(), nextPollMs(pollSeconds, Math.random));
  };
  timer = setTimeout(() => void poll(), nextPollMs(pollSeconds, Math.random));
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
