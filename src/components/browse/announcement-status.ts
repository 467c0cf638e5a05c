/**
 * Browse pages are static, but whether an announcement is on depends on the reader's clock: the
 * pages carry every announcement not ended at build time and this marks each one, on load and
 * every minute, as live, scheduled or ended (hidden). `data-live-only` ones show only while live.
 */
import { statusAt } from '../../lib/display/announcements';

const RECHECK_MS = 60_000;

function mark(elements: readonly HTMLElement[]) {
  const now = new Date();
  for (const element of elements) {
    const status = statusAt(
      { from: element.dataset.from ?? '', until: element.dataset.until ?? '' },
      now,
    );
    element.dataset.status = status;
    element.hidden = status === 'ended' || ('liveOnly' in element.dataset && status !== 'live');
  }
}

export function followAnnouncementStatus(selector: string): void {
  const elements = Array.from(document.querySelectorAll<HTMLElement>(selector));
  if (elements.length === 0) return;
  mark(elements);
  setInterval(() => mark(elements), RECHECK_MS);
}
