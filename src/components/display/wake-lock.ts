/**
 * Keeps the screen awake where the browser offers the Screen Wake Lock API (secure contexts
 * only). The browser drops the lock whenever the page is hidden, so it is asked for again each
 * time the page becomes visible. Returns a function that lets go.
 */
export function keepScreenAwake(): () => void {
  let sentinel: WakeLockSentinel | undefined;
  const request = async () => {
    if (!('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
    try {
      sentinel = await navigator.wakeLock.request('screen');
    } catch {
      // Refused (battery saver, no user activation yet): the rotation runs regardless.
    }
  };
  const onVisibility = () => void request();
  document.addEventListener('visibilitychange', onVisibility);
  void request();
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    void sentinel?.release();
  };
}
