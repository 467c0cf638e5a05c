/** Full screen on, or off again (the wall's `f` key). Browsers that cannot are left as they are. */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
