/**
 * Keeps a wall screen alive without anyone touching it: registers the service worker, checks
 * <base>version.json for a new build and switches to it at a slide boundary, reloads after errors
 * or a stalled rotation (backing off when that keeps happening), and restarts daily if asked.
 * Its state feeds the `?debug` overlay.
 */
import {
  HEALTHY_AFTER_MS,
  parseFailureRecord,
  recordFailure,
  reloadDelay,
} from '../../lib/kiosk/backoff';
import { sitePath } from '../../lib/shared/site-path';
import { msUntilNext, nextPollMs, type KioskOptions } from '../../lib/kiosk/options';
import { registerServiceWorker } from './service-worker';

export const FAILURES_KEY = 'customer-room:failures';
const WATCH_EVERY_MS = 5_000;

export type UpdateState = 'current' | 'fetching' | 'ready' | 'failed';

export interface WatchedWall {
  /** How many slides have been shown: it must keep rising. */
  shown(): number;
  paused(): boolean;
  /** Longest time one slide may stay up, in ms, at the current speed. */
  longestSlideMs: number;
}

export class Kiosk {
  version = $state('');
  built = $state('');
  online = $state(true);
  worker = $state('not registered');
  update = $state<UpdateState>('current');
  /** The last version check: when (ms since the epoch) and whether the server answered. */
  lastCheck = $state<{ at: number; ok: boolean } | undefined>();
  reloadIn = $state<number | undefined>();
  readonly startedAt = Date.now();

  #options: KioskOptions;
  #registration: ServiceWorkerRegistration | undefined;
  #restartDue = false;
  #reloading = false;
  // Bookkeeping for cleanup, never rendered: a plain Set, not a reactive one.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #timers = new Set<ReturnType<typeof setTimeout>>();
  #cleanups: (() => void)[] = [];

  constructor(options: KioskOptions) {
    this.#options = options;
    this.version = document.documentElement.dataset.version ?? '';
    this.built = document.documentElement.dataset.built ?? '';
    this.online = navigator.onLine;
  }

  start(wall: WatchedWall): () => void {
    this.#listen(window, 'error', () => this.fail('error'));
    this.#listen(window, 'unhandledrejection', () => this.fail('unhandled rejection'));
    this.#listen(window, 'online', () => (this.online = true));
    this.#listen(window, 'offline', () => (this.online = false));
    void this.#registerWorker();
    this.#watch(wall);
    this.#schedulePoll();
    this.#later(() => localStorage.removeItem(FAILURES_KEY), HEALTHY_AFTER_MS);
    if (this.#options.restartAt) {
      this.#later(
        () => (this.#restartDue = true),
        msUntilNext(this.#options.restartAt, Date.now()),
      );
    }
    return () => {
      for (const timer of this.#timers) clearTimeout(timer);
      for (const cleanup of this.#cleanups) cleanup();
    };
  }

  /**
   * Called as the rotation is about to show its next slide. Returns true when the screen is
   * switching to a new build or restarting instead: the current slide stays until it does.
   */
  atSlideBoundary = (): boolean => {
    if (this.#reloading) return true;
    if (this.update === 'ready') {
      this.#switchToNewBuild();
      return true;
    }
    if (this.#restartDue) {
      void this.#reloadSafely();
      return true;
    }
    return false;
  };

  /** Something broke: reload soon, and later each time it happens again in a row. */
  fail(reason: string): void {
    if (this.reloadIn !== undefined) return;
    const record = recordFailure(
      parseFailureRecord(localStorage.getItem(FAILURES_KEY)),
      Date.now(),
    );
    localStorage.setItem(FAILURES_KEY, JSON.stringify(record));
    this.reloadIn = reloadDelay(record.count - 1);
    document.documentElement.dataset.reloadIn = String(this.reloadIn);
    console.warn(`Customer Room: ${reason}; reloading in ${this.reloadIn / 1000} s`);
    this.#later(() => void this.#reloadSafely(), this.reloadIn);
  }

  #listen(target: EventTarget, type: string, handler: () => void) {
    target.addEventListener(type, handler);
    this.#cleanups.push(() => target.removeEventListener(type, handler));
  }

  #later(callback: () => void, ms: number) {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      callback();
    }, ms);
    this.#timers.add(timer);
  }

  async #registerWorker() {
    try {
      this.#registration = await registerServiceWorker('wall');
      if (!this.#registration) {
        this.worker = 'not available';
        return;
      }
      const describe = () => {
        const registration = this.#registration;
        this.worker = registration?.active
          ? registration.waiting
            ? 'active, new version waiting'
            : 'active'
          : (registration?.installing?.state ?? 'starting');
      };
      describe();
      this.#listen(this.#registration, 'updatefound', describe);
      this.#listen(navigator.serviceWorker, 'controllerchange', describe);
      void navigator.serviceWorker.ready.then(describe);
    } catch {
      // No secure context (plain http on a LAN address): updates still work, offline does not.
      this.worker = 'refused (needs https or localhost)';
    }
  }

  #watch(wall: WatchedWall) {
    let lastShown = wall.shown();
    let lastChange = Date.now();
    const stalledAfter = 2 * wall.longestSlideMs;
    const check = () => {
      const shown = wall.shown();
      if (shown !== lastShown || wall.paused()) {
        lastShown = shown;
        lastChange = Date.now();
      } else if (Date.now() - lastChange > stalledAfter) {
        this.fail('the rotation stalled');
      }
      this.#later(check, WATCH_EVERY_MS);
    };
    this.#later(check, WATCH_EVERY_MS);
  }

  #schedulePoll() {
    this.#later(
      async () => {
        await this.#checkVersion();
        this.#schedulePoll();
      },
      nextPollMs(this.#options.pollSeconds, Math.random),
    );
  }

  async #checkVersion() {
    try {
      const response = await fetch(sitePath('/version.json'), { cache: 'no-store' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const latest = ((await response.json()) as { version?: string }).version;
      this.lastCheck = { at: Date.now(), ok: true };
      if (
        latest &&
        latest !== this.version &&
        this.update !== 'fetching' &&
        this.update !== 'ready'
      ) {
        await this.#fetchNewBuild();
      }
    } catch {
      this.lastCheck = { at: Date.now(), ok: false };
    }
  }

  /** Installs the new build beside the old one; only a complete install is switched to. */
  async #fetchNewBuild() {
    this.update = 'fetching';
    const registration = this.#registration;
    if (!registration) {
      const page = await fetch(location.href, { cache: 'no-store' }).catch(() => undefined);
      this.update = page?.ok ? 'ready' : 'failed';
      return;
    }
    try {
      await registration.update();
      const worker = registration.installing ?? registration.waiting;
      if (!worker) throw new Error('no new service worker');
      const state = await new Promise<ServiceWorkerState>((resolve) => {
        if (worker.state !== 'installing') resolve(worker.state);
        else worker.addEventListener('statechange', () => resolve(worker.state), { once: true });
      });
      this.update = state === 'redundant' ? 'failed' : 'ready';
    } catch {
      this.update = 'failed';
    }
  }

  #switchToNewBuild() {
    this.#reloading = true;
    const waiting = this.#registration?.waiting;
    if (waiting) {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
        once: true,
      });
      waiting.postMessage({ type: 'SKIP_WAITING' });
    } else {
      location.reload();
    }
  }

  /** Reloads only when the page can come back: from the service worker or the server. */
  async #reloadSafely() {
    this.#reloading = true;
    if (navigator.serviceWorker?.controller) {
      location.reload();
      return;
    }
    const reachable = await fetch(location.href, { cache: 'no-store' })
      .then((response) => response.ok)
      .catch(() => false);
    if (reachable) location.reload();
    else {
      this.#reloading = false;
      this.reloadIn = undefined;
      this.#later(() => this.fail('the server is unreachable'), 30_000);
    }
  }
}
