/**
 * The screen's self-care bound to the page: the keeper (lib/kiosk/screen-keeper.ts) with the
 * browser's fetch, reload, storage and service worker, and its state for the `?debug` overlay.
 */
import { kioskAddresses } from '../../lib/kiosk/addresses';
import type { KioskOptions } from '../../lib/kiosk/options';
import { safeStorage } from '../../lib/kiosk/safe-storage';
import {
  ScreenKeeper,
  type KeeperStatus,
  type UpdateState,
  type WallWorker,
  type WatchedWall,
} from '../../lib/kiosk/screen-keeper';
import { registerServiceWorker, wallWorker } from './service-worker';

export type { WatchedWall };

export class Kiosk {
  version = $state('');
  built = $state('');
  online = $state(true);
  worker = $state('not registered');
  update = $state<UpdateState>('current');
  /** The last version check: when (ms since the epoch) and whether the server answered. */
  lastCheck = $state<{ at: number; ok: boolean } | undefined>();
  reloadIn = $state<number | undefined>();
  /** The last thing that went wrong, in words. */
  problem = $state<string | undefined>();
  /** The last slide the wall skipped (its text did not load), and why. */
  skipped = $state<string | undefined>();
  readonly startedAt = Date.now();

  #keeper: ScreenKeeper;
  #cleanups: (() => void)[] = [];

  constructor(options: KioskOptions) {
    this.version = document.documentElement.dataset.version ?? '';
    this.built = document.documentElement.dataset.built ?? '';
    this.online = navigator.onLine;
    this.#keeper = new ScreenKeeper(
      options,
      {
        fetchFresh: (url) => fetch(url, { cache: 'no-store' }),
        reload: () => location.reload(),
        storage: safeStorage(() => localStorage),
        random: Math.random,
        now: Date.now,
        warn: (message) => console.warn(message),
        worker: this.#registerWorker(),
      },
      kioskAddresses(location),
      this.version,
      (status) => this.#show(status),
    );
  }

  /** Starts at once, before the slides load: returns what stops it. */
  start(): () => void {
    this.#listen(window, 'error', () => this.fail('an uncaught error'));
    this.#listen(window, 'unhandledrejection', () => this.fail('an unhandled rejection'));
    this.#listen(window, 'online', () => (this.online = true));
    this.#listen(window, 'offline', () => (this.online = false));
    const stop = this.#keeper.start();
    return () => {
      stop();
      for (const cleanup of this.#cleanups.splice(0)) cleanup();
    };
  }

  /** The slides play: watch the rotation. */
  watch(wall: WatchedWall): void {
    this.#keeper.watch(wall);
  }

  atSlideBoundary = (): boolean => this.#keeper.atSlideBoundary();

  fail(reason: string): void {
    this.#keeper.fail(reason);
  }

  /** Something the screen plays on through (a slide skipped): the overlay and console say so. */
  note(message: string): void {
    this.skipped = message;
    console.warn(`Customer Room: ${message}; playing on`);
  }

  #show(status: KeeperStatus) {
    this.update = status.update;
    this.lastCheck = status.lastCheck;
    this.reloadIn = status.reloadIn;
    this.problem = status.problem;
    const root = document.documentElement;
    if (status.reloadIn === undefined) delete root.dataset.reloadIn;
    else root.dataset.reloadIn = String(status.reloadIn);
  }

  #listen(target: EventTarget, type: string, handler: () => void) {
    target.addEventListener(type, handler);
    this.#cleanups.push(() => target.removeEventListener(type, handler));
  }

  async #registerWorker(): Promise<WallWorker | undefined> {
    try {
      const registration = await registerServiceWorker('wall');
      if (!registration) {
        this.worker = 'not available';
        return undefined;
      }
      const describe = () => {
        this.worker = registration.active
          ? registration.waiting
            ? 'active, new version waiting'
            : 'active'
          : (registration.installing?.state ?? 'starting');
      };
      describe();
      this.#listen(registration, 'updatefound', describe);
      this.#listen(navigator.serviceWorker, 'controllerchange', describe);
      void navigator.serviceWorker.ready.then(describe);
      return wallWorker(registration);
    } catch {
      // No secure context (plain http on a LAN address): updates still work, offline does not.
      this.worker = 'refused (needs https or localhost)';
      return undefined;
    }
  }
}
