/** The `expires` rule: an item is shown through its expiry day and gone from the day after. */
import { startOfDay } from '../shared/dates';

export interface MayExpire {
  expires?: Date | undefined;
}

export function isExpired(item: MayExpire, now: Date): boolean {
  return item.expires !== undefined && item.expires < startOfDay(now);
}

/**
 * The same rule on a wall screen, by its own calendar: `lastDay` and `day` are YYYY-MM-DD. A
 * screen left offline, or a site nobody rebuilt, still never shows an expired item.
 */
export function expiredOnDay(lastDay: string | undefined, day: string): boolean {
  return lastDay !== undefined && lastDay < day;
}

/** The entries still in date: expired ones are not built, listed or linked. */
export function liveEntries<Entry extends { data: MayExpire }>(
  entries: readonly Entry[],
  now: Date,
): Entry[] {
  return entries.filter(({ data }) => !isExpired(data, now));
}
