/**
 * The wall's keys, for whoever stands at the screen with a keyboard: → and ← step through the
 * slides, space pauses and resumes, f toggles full screen. With Alt, Ctrl or ⌘ held a key is
 * the browser's (Ctrl+F, Alt+←), never the wall's.
 */
export interface WallControls {
  next(): void;
  previous(): void;
  togglePause(): void;
  toggleFullscreen(): void;
}

export type WallCommand = keyof WallControls;

/** A Map, not an object: a key named `constructor` must find nothing. */
const WALL_KEYS = new Map<string, WallCommand>([
  ['ArrowRight', 'next'],
  ['ArrowLeft', 'previous'],
  [' ', 'togglePause'],
  ['f', 'toggleFullscreen'],
]);

export type WallKey = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>;

/** What a key press asks of the wall, if anything. */
export function wallCommand({ key, altKey, ctrlKey, metaKey }: WallKey): WallCommand | undefined {
  return altKey || ctrlKey || metaKey ? undefined : WALL_KEYS.get(key);
}

/**
 * Runs what a key asks and keeps the browser from doing it too (space would scroll); before the
 * wall plays (no controls yet) every key is left to the browser.
 */
export function handleWallKey(
  event: WallKey & Pick<KeyboardEvent, 'preventDefault'>,
  controls: WallControls | undefined,
): void {
  const command = controls && wallCommand(event);
  if (!controls || !command) return;
  controls[command]();
  event.preventDefault();
}
