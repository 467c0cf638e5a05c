/** What the screens page says about each playlist: for whoever sets up a wall screen. */
import type { Playlist } from './plans';
import { summariseLoop, type LoopSummary } from './plans';
import type { Slide } from './slides';

export interface DayPartSummary extends LoopSummary {
  name: string;
  when: string;
}

export interface ScreenSummary extends LoopSummary {
  name: string;
  description?: string | undefined;
  url: string;
  dayParts: DayPartSummary[];
}

const DAY_NAMES = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/** `Mon–Fri 07:30–09:30`, or the days listed when they are not a run. */
export function describeWhen(days: readonly (keyof typeof DAY_NAMES)[], from: string, to: string) {
  const order = Object.keys(DAY_NAMES);
  const indexes = days.map((day) => order.indexOf(day)).sort((a, b) => a - b);
  const consecutive = indexes.every((value, i) => i === 0 || value === (indexes[i - 1] ?? 0) + 1);
  const names = indexes.map((i) => DAY_NAMES[order[i] as keyof typeof DAY_NAMES]);
  const dayText =
    indexes.length === 7
      ? 'Every day'
      : consecutive && names.length > 2
        ? `${names[0]}–${names[names.length - 1]}`
        : names.join(', ');
  return `${dayText} ${from}–${to}`;
}

export function summariseScreen(playlist: Playlist, slides: readonly Slide[]): ScreenSummary {
  const { plan } = playlist;
  return {
    name: plan.name,
    description: playlist.description,
    url: playlist.url,
    ...summariseLoop(slides, plan.filters),
    dayParts: plan.schedule.map((part, index) => ({
      name: part.name ?? `Day-part ${index + 1}`,
      when: describeWhen(part.days, part.from, part.to),
      ...summariseLoop(slides, part.filters),
    })),
  };
}
