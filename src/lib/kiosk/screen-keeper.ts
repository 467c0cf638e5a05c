/**
 * Keeps an unattended wall screen alive: polls the version file for new deploys and switches
 * to one at a slide boundary, reloads after errors or a stalled rotation (backing off when that
 * keeps happening), and restarts daily if asked. It starts when the page does, not when the
 * slides have loaded, so a screen whose slides fail to load still finds the next good deploy.
 * Every reload is checked first (reload-check.ts) and hands control to a waiting service
 * worker, since a reload alone never activates one.
 *
 * Framework-free, with the browser passed in (ScreenEnvironment), so it runs under fake timers
 * in unit tests; src/components/kiosk/kiosk.svelte.ts binds it to the page.
 */
import type { KioskAddresses } from './addresses';
import { HEALTHY_AFTER_MS, parseFailureRecord, recordFailure, reloadDelay } from './backoff';
import { msUntilNext, nextPollMs, type KioskOptions } from './options';
import { checkBeforeReload, parseVersion } from './reload-check';
import type { SafeStorage } from './safe-storage';

export const FAILURES_KEY = 'customer-room:failures';
export const WATCH_EVERY_MS = 5_000;
/** After a reload was refused (portal, fallback page, server error), try again this much later. */
export const REFUSED_RETRY_MS = 30_000;

export type UpdateState = 'current' | 'fetching' | 'ready' | 'failed';

/** The wall's service worker, as far as the keeper needs it. */
export interface WallWorker {
  /** Fetches the new build's worker; true once it installed (its check passed) and waits. */
  installUpdate(): Promise<boolean>;
  /** Hands control to a waiting worker; resolves once it controls the page, or at once. */
  activateWaiting(): Promise<void>;
  /** A worker controls the page, so a reload comes back from its cache even offline. */
  controlsPage(): boolean;
}

export interface ScreenEnvironment {
  /** fetch from the network, never from a cache. */
  fetchFresh(url: string): Promise<Response>;
  reload(): void;
  storage: SafeStorage;
  random(): number;
  now(): number;
  /** A one-line message for the console: what happened and what the screen does next. */
  warn(message: string): void;
  /** Resolves to the wall's worker, or undefined when there is none (plain http, dev). */
  worker: Promise<WallWorker | undefined>;
}

export interface WatchedWall {
  /** How many slides have been shown: it must keep rising. */
  shown(): number;
  paused(): boolean;
  /** Longest time one slide may stay up, in ms, at the current speed. */
  longestSlideMs: number;
}

export interface KeeperStatus {
  update: UpdateState;
  /** The last version check: when (ms since the epoch) and whether the server answered. */
  lastCheck?: { at: number; ok: boolean } | undefined;
  /** Milliseconds until the reload that a failure scheduled. */
  reloadIn?: number | undefined;
  /** The last thing that went wrong, for the `?debug` overlay. */
  problem?: string | undefined;
}

export class ScreenKeeper {
  status: KeeperStatus = { update: 'current' };

  #options: KioskOptions;
  #env: ScreenEnvironment;
  #addresses: KioskAddresses;
  #version: string;
  #onChange: (status: KeeperStatus) => void;
  #worker: WallWorker | undefined;
  #playing = false;
  #restartDue = false;
  #reloading = false;
  #timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    options: KioskOptions,
    env: ScreenEnvironment,
    addresses: KioskAddresses,
    version: string,
    onChange: (status: KeeperStatus) => void = () => undefined,
  ) {
    this.#options = options;
    this.#env = env;
    this.#addresses = addresses;
    this.#version = version;
    this.#onChange = onChange;
  }

  /** Starts polling and the timers; returns what stops them. */
  start(): () => void {
    void this.#env.worker.then((worker) => (this.#worker = worker)).catch(() => undefined);
    this.#schedulePoll();
    this.#later(() => this.#env.storage.removeItem(FAILURES_KEY), HEALTHY_AFTER_MS);
    if (this.#options.restartAt) {
      this.#later(
        () => (this.#restartDue = true),
        msUntilNext(this.#options.restartAt, this.#env.now()),
      );
    }
    return () => {
      for (const timer of this.#timers) clearTimeout(timer);
      this.#timers.clear();
    };
  }

  /** The slides play: watch that they keep moving, and switch builds only between slides. */
  watch(wall: WatchedWall): void {
    this.#playing = true;
    let lastShown = wall.shown();
    let lastChange = this.#env.now();
    const stalledAfter = 2 * wall.longestSlideMs;
    const check = () => {
      const shown = wall.shown();
      if (shown !== lastShown || wall.paused()) {
        lastShown = shown;
        lastChange = this.#env.now();
      } else if (this.#env.now() - lastChange > stalledAfter) {
        this.fail('the rotation stalled');
      }
      this.#later(check, WATCH_EVERY_MS);
    };
    this.#later(check, WATCH_EVERY_MS);
  }

  /**
   * Called as the rotation is about to show its next slide. Returns true when the screen is
   * switching to a new build or restarting instead: the current slide stays until it does.
   */
  atSlideBoundary = (): boolean => {
    if (this.#reloading) return true;
    if (this.status.update === 'ready' || this.#restartDue) {
      this.#restartDue = false;
      void this.#reloadSafely();
      return true;
    }
    return false;
  };

  /** Something broke: reload soon, and later each time it happens again in a row. */
  fail(reason: string): void {
    if (this.status.reloadIn !== undefined) return;
    const { storage } = this.#env;
    const record = recordFailure(
      parseFailureRecord(storage.getItem(FAILURES_KEY)),
      this.#env.now(),
    );
    storage.setItem(FAILURES_KEY, JSON.stringify(record));
    const reloadIn = reloadDelay(record.count - 1);
    this.#set({ reloadIn, problem: reason });
    this.#env.warn(`Customer Room: ${reason}; reloading in ${reloadIn / 1000} s`);
    this.#later(() => void this.#reloadSafely(), reloadIn);
  }

  #set(change: Partial<KeeperStatus>) {
    this.status = { ...this.status, ...change };
    this.#onChange(this.status);
  }

  #later(callback: () => void, ms: number) {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      callback();
    }, ms);
    this.#timers.add(timer);
  }

  #schedulePoll() {
    this.#later(
      () =>
        void this.#checkVersion().finally(() => {
          this.#schedulePoll();
        }),
      nextPollMs(this.#options.pollSeconds, () => this.#env.random()),
    );
  }

  async #checkVersion() {
    let latest: string | undefined;
    try {
      const response = await this.#env.fetchFresh(this.#addresses.version);
      latest = response.ok ? parseVersion(await response.text()) : undefined;
    } catch {
      latest = undefined;
    }
    this.#set({ lastCheck: { at: this.#env.now(), ok: latest !== undefined } });
    const { update } = this.status;
    if (!latest || latest === this.#version || update === 'fetching' || update === 'ready') {
      return;
    }
    await this.#fetchNewBuild();
  }

  /** Installs the new build beside the old one; only a complete, checked install is used. */
  async #fetchNewBuild() {
    this.#set({ update: 'fetching' });
    const worker = await this.#env.worker.catch(() => undefined);
    let ready: boolean;
    if (worker) {
      ready = await worker.installUpdate().catch(() => false);
    } else {
      const check = await checkBeforeReload((url) => this.#env.fetchFresh(url), this.#addresses);
      ready = check.verdict === 'wall';
    }
    this.#set({ update: ready ? 'ready' : 'failed' });
    if (!ready) {
      this.#set({ problem: 'the new deploy did not pass its check; playing on' });
      this.#env.warn('Customer Room: the new deploy did not pass its check; playing on');
    }
    // No slides to wait for (they failed to load): switch now rather than at a boundary.
    if (ready && !this.#playing) void this.#reloadSafely();
  }

  /** Reloads only when the page will come back as the wall: from the server, or offline from the worker. */
  async #reloadSafely() {
    if (this.#reloading) return;
    this.#reloading = true;
    const check = await checkBeforeReload((url) => this.#env.fetchFresh(url), this.#addresses);
    const worker = this.#worker ?? (await this.#env.worker.catch(() => undefined));
    if (check.verdict === 'wall' || (check.verdict === 'offline' && worker?.controlsPage())) {
      await worker?.activateWaiting().catch(() => undefined);
      this.#env.reload();
      return;
    }
    const reason = check.verdict === 'offline' ? 'the server is unreachable' : check.reason;
    this.#reloading = false;
    // A new build that was ready is fetched again at the next poll, not at every slide.
    const update = this.status.update === 'ready' ? 'failed' : this.status.update;
    this.#set({ update, reloadIn: undefined, problem: `${reason}; not reloading` });
    this.#env.warn(`Customer Room: ${reason}; playing on, trying again later`);
    this.#later(() => this.fail(reason), REFUSED_RETRY_MS);
  }
}
