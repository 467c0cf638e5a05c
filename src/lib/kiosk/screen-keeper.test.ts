import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_RELOAD_MS } from './backoff';
import { MIN_POLL_SECONDS, readKioskOptions } from './options';
import { WALL_MARKER } from './reload-check';
import { safeStorage } from './safe-storage';
import {
  FAILURES_KEY,
  REFUSED_RETRY_MS,
  ScreenKeeper,
  type ScreenEnvironment,
  type WallWorker,
} from './screen-keeper';

const WALL_PAGE = `<!doctype html><html lang="en" ${WALL_MARKER}><body>wall</body></html>`;
const PORTAL_PAGE = '<!doctype html><html><body>Please accept the terms to continue</body></html>';
const ADDRESSES = { version: '/version.json', page: '/display/?screen=test' };
const POLL_MS = MIN_POLL_SECONDS * 1000;

/** What the server answers: the wall and a version, or a portal, or nothing at all. */
interface Server {
  page: string;
  version: string;
  status: number;
  down: boolean;
}

function fakeScreen(options = '?poll=10', worker?: WallWorker) {
  const server: Server = {
    page: WALL_PAGE,
    version: JSON.stringify({ version: 'v1' }),
    status: 200,
    down: false,
  };
  const requests: string[] = [];
  const reloads: number[] = [];
  const warnings: string[] = [];
  const stored = new Map<string, string>();
  const env: ScreenEnvironment = {
    fetchFresh: (url) => {
      requests.push(url);
      if (server.down) return Promise.reject(new TypeError('Failed to fetch'));
      const body = url === ADDRESSES.version ? server.version : server.page;
      return Promise.resolve(new Response(body, { status: server.status }));
    },
    reload: () => reloads.push(Date.now()),
    storage: safeStorage(() => ({
      length: 0,
      clear: () => stored.clear(),
      key: () => null,
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
      removeItem: (key: string) => void stored.delete(key),
    })),
    // No jitter: polls land exactly on the interval.
    random: () => 0.5,
    now: () => Date.now(),
    warn: (message) => warnings.push(message),
    worker: Promise.resolve(worker),
  };
  const keeper = new ScreenKeeper(readKioskOptions(options), env, ADDRESSES, 'v1');
  return { keeper, env, server, requests, reloads, warnings, stored };
}

function fakeWorker(installs: boolean) {
  const calls: string[] = [];
  const worker: WallWorker = {
    installUpdate: () => {
      calls.push('install');
      return Promise.resolve(installs);
    },
    activateWaiting: () => {
      calls.push('activate');
      return Promise.resolve();
    },
    controlsPage: () => true,
  };
  return { worker, calls };
}

/** A wall whose rotation moves only when `advance()` is called. */
const playingWall = () => {
  let shown = 1;
  return {
    advance: () => (shown += 1),
    wall: { shown: () => shown, paused: () => false, longestSlideMs: 10_000 },
  };
};

/** A wall that shows a new slide every time it is looked at. */
const movingWall = () => {
  let shown = 0;
  return { shown: () => (shown += 1), paused: () => false, longestSlideMs: 10_000 };
};

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(2026, 11, 2, 10, 0) });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('polling for new deploys', () => {
  it('asks for the version at the poll interval, never faster than every 10 s', async () => {
    const { keeper, requests } = fakeScreen('?poll=0.01');
    keeper.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests.filter((url) => url === ADDRESSES.version)).toHaveLength(6);
  });

  it('polls even when the slides never loaded, and switches to the new build at once', async () => {
    const { worker, calls } = fakeWorker(true);
    const { keeper, server, reloads } = fakeScreen('?poll=10', worker);
    // The slides failed to load, so keeper.watch() was never called.
    keeper.start();
    server.version = JSON.stringify({ version: 'v2' });
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(calls).toEqual(['install', 'activate']);
    expect(reloads).toHaveLength(1);
  });

  it('keeps playing the old build when the new one fails its check', async () => {
    const { worker, calls } = fakeWorker(false);
    const { keeper, server, reloads, warnings } = fakeScreen('?poll=10', worker);
    keeper.start();
    keeper.watch(playingWall().wall);
    server.version = JSON.stringify({ version: 'v2-broken' });
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(keeper.status.update).toBe('failed');
    expect(keeper.atSlideBoundary()).toBe(false);
    expect(reloads).toEqual([]);
    expect(warnings.join('\n')).toMatch(/did not pass its check/);
    // Tried again at the next poll: a fixed deploy is picked up.
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(calls).toEqual(['install', 'install']);
  });

  it('activates the waiting worker before the reload at the next slide boundary', async () => {
    const { worker, calls } = fakeWorker(true);
    const { keeper, server, reloads } = fakeScreen('?poll=10', worker);
    keeper.start();
    keeper.watch(playingWall().wall);
    server.version = JSON.stringify({ version: 'v2' });
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(keeper.status.update).toBe('ready');
    expect(reloads).toEqual([]);
    expect(keeper.atSlideBoundary()).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['install', 'activate']);
    expect(reloads).toHaveLength(1);
  });
});

describe('reloading after a failure', () => {
  it('reloads after 5 s when the server still serves the wall', async () => {
    const { keeper, reloads, warnings } = fakeScreen();
    keeper.start();
    keeper.fail('an uncaught error');
    expect(keeper.status.reloadIn).toBe(FIRST_RELOAD_MS);
    await vi.advanceTimersByTimeAsync(FIRST_RELOAD_MS - 1);
    expect(reloads).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(reloads).toHaveLength(1);
    expect(warnings).toEqual(['Customer Room: an uncaught error; reloading in 5 s']);
  });

  it('never reloads into a captive portal, a fallback page or a server error', async () => {
    for (const answer of [
      { page: PORTAL_PAGE, status: 200 },
      { page: WALL_PAGE.replace(WALL_MARKER, ''), status: 200 },
      { page: WALL_PAGE, status: 500 },
    ]) {
      const { keeper, server, reloads } = fakeScreen();
      keeper.start();
      Object.assign(server, answer);
      keeper.fail('an uncaught error');
      await vi.advanceTimersByTimeAsync(FIRST_RELOAD_MS + REFUSED_RETRY_MS + 60_000);
      expect(reloads).toEqual([]);
      expect(keeper.status.problem).toMatch(/not reloading|reloading in/);
    }
  });

  it('refuses a version file that is an HTML page', async () => {
    const { keeper, server, reloads } = fakeScreen();
    keeper.start();
    server.version = PORTAL_PAGE;
    keeper.fail('the rotation stalled');
    await vi.advanceTimersByTimeAsync(FIRST_RELOAD_MS);
    expect(reloads).toEqual([]);
    expect(keeper.status.problem).toMatch(/is not a version file; not reloading/);
  });

  it('backs off while refused, and reloads once the wall is back', async () => {
    const { keeper, server, reloads, stored } = fakeScreen();
    keeper.start();
    server.page = PORTAL_PAGE;
    keeper.fail('an uncaught error');
    await vi.advanceTimersByTimeAsync(FIRST_RELOAD_MS + REFUSED_RETRY_MS);
    // Refused once, then a second failure in a row: it waits twice as long.
    expect(keeper.status.reloadIn).toBe(2 * FIRST_RELOAD_MS);
    expect(JSON.parse(stored.get(FAILURES_KEY) ?? '{}')).toMatchObject({ count: 2 });
    server.page = WALL_PAGE;
    await vi.advanceTimersByTimeAsync(2 * FIRST_RELOAD_MS);
    expect(reloads).toHaveLength(1);
  });

  it('offline, reloads only when the service worker can bring the wall back', async () => {
    const noWorker = fakeScreen();
    noWorker.keeper.start();
    noWorker.server.down = true;
    noWorker.keeper.fail('the rotation stalled');
    await vi.advanceTimersByTimeAsync(FIRST_RELOAD_MS);
    expect(noWorker.reloads).toEqual([]);

    const { worker } = fakeWorker(true);
    const withWorker = fakeScreen('', worker);
    withWorker.keeper.start();
    withWorker.server.down = true;
    withWorker.keeper.fail('the rotation stalled');
    await vi.advanceTimersByTimeAsync(FIRST_RELOAD_MS);
    expect(withWorker.reloads).toHaveLength(1);
  });

  it('still heals itself when storage throws', async () => {
    const { keeper, env, reloads } = fakeScreen();
    env.storage = safeStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    keeper.start();
    keeper.fail('an uncaught error');
    await vi.advanceTimersByTimeAsync(FIRST_RELOAD_MS);
    expect(reloads).toHaveLength(1);
  });
});

describe('the watchdog and the daily restart', () => {
  it('reloads when the rotation stops moving for two of its longest slides', async () => {
    const { keeper, reloads } = fakeScreen();
    const { wall, advance } = playingWall();
    keeper.start();
    keeper.watch(wall);
    for (let second = 0; second < 60; second += 5) {
      advance();
      await vi.advanceTimersByTimeAsync(5_000);
    }
    expect(keeper.status.reloadIn).toBeUndefined();
    await vi.advanceTimersByTimeAsync(25_000);
    expect(keeper.status.problem).toBe('the rotation stalled');
    await vi.advanceTimersByTimeAsync(FIRST_RELOAD_MS);
    expect(reloads).toHaveLength(1);
  });

  it('restarts at the set time, at the next slide boundary, once checked', async () => {
    const { keeper, reloads } = fakeScreen('?restart=10:30');
    keeper.start();
    keeper.watch(movingWall());
    await vi.advanceTimersByTimeAsync(29 * 60_000);
    expect(keeper.atSlideBoundary()).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(keeper.atSlideBoundary()).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(reloads).toHaveLength(1);
  });

  it('stops every timer when stopped', async () => {
    const { keeper, requests } = fakeScreen();
    const stop = keeper.start();
    stop();
    await vi.advanceTimersByTimeAsync(10 * POLL_MS);
    expect(requests).toEqual([]);
  });
});
