/** The display's address options: `?speed=N` plays N times faster; `?screen=NAME` names a screen. */

export interface DisplayParams {
  speed: number;
  /** Seeds the shuffle so two screens side by side do not play in lockstep. */
  screen: string;
}

export const SCREEN_KEY = 'customer-room:screen';

interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * Without `?screen=`, each browser invents a name once and keeps it, so a screen's order is
 * stable across reloads and differs from its neighbour's.
 */
export function readDisplayParams(
  search: string,
  storage: KeyValueStore | undefined,
  invent: () => string,
): DisplayParams {
  const params = new URLSearchParams(search);
  const speed = Number(params.get('speed'));
  let screen = params.get('screen')?.trim() || undefined;
  if (!screen) {
    try {
      screen = storage?.getItem(SCREEN_KEY) ?? undefined;
      if (!screen) {
        screen = invent();
        storage?.setItem(SCREEN_KEY, screen);
      }
    } catch {
      // Storage can be disabled (kiosk profiles, private windows): a fresh name still works.
      screen = invent();
    }
  }
  return { speed: Number.isFinite(speed) && speed > 0 ? speed : 1, screen };
}

/** A few pixels' drift for the static chrome, different on each slide, so nothing burns in. */
const SHIFTS: readonly [number, number][] = [
  [0, 0],
  [4, -3],
  [-3, 4],
  [3, 3],
  [-4, -2],
  [2, -4],
  [-2, 2],
];

export function chromeShift(count: number): { x: number; y: number } {
  const [x, y] = SHIFTS[count % SHIFTS.length] ?? [0, 0];
  return { x, y };
}
