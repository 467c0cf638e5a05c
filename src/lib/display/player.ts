/**
 * The rotation's clock: which slide is up and when the next one comes. Framework-free so it can
 * be tested with fake timers, and so the view only renders what it is told.
 *
 * It never stops: one steady heartbeat compares the wall clock with the slide's deadline, so a
 * timer the browser throttled or dropped while the tab was hidden cannot stall the rotation
 * (the failure Swiper's own autoplay is known for); the first beat after the tab is shown again
 * catches up. Memory stays flat: one rotation array, replaced (not grown) each loop.
 */
import { expiredOnDay } from '../catalog/expiry';
import { rotationAt, localDay, type PlaylistPlan, type SlideMeta } from './playlist';
import { activeDayPart } from './schedule';

export interface Timed {
  seconds: number;
}

export interface Showing<S> {
  slide: S;
  /** 0-based place in the loop, and the loop's length. */
  position: number;
  total: number;
  /** What is playing: the day-part's name, or the playlist's. */
  name: string;
  /** Milliseconds this slide stays up at the current speed. */
  duration: number;
  /** How many slides have been shown since the start: drives the anti-burn-in shift. */
  count: number;
}

/**
 * What may break into the rotation (announcements): asked at every slide boundary, and on every
 * heartbeat whether something must go up at once.
 */
export interface Interrupter<E> {
  /** Changes when the screen must switch now instead of at the slide's end. */
  urgentKey(now: Date): string;
  /** The slide to show instead of the rotation's next, or undefined to go on with the rotation. */
  next(now: Date): E | undefined;
}

export interface PlayerOptions<S, E = never> {
  slides: readonly S[];
  plan: PlaylistPlan;
  screen: string;
  /** 2 plays twice as fast (previews and tests). */
  speed?: number;
  onShow: (showing: Showing<S | E>) => void;
  onPause?: (paused: boolean) => void;
  interrupter?: Interrupter<E> | undefined;
  /**
   * True while the view is still fetching the slide's text: its time has not begun, so the
   * rotation does not move on from a slide nobody has seen yet (`shownLate` then starts it).
   */
  fetching?: () => boolean;
}

const HEARTBEAT_MS = 250;

export class RotationPlayer<S extends SlideMeta & Timed, E extends Timed = never> {
  #options: PlayerOptions<S, E>;
  #speed: number;
  #rotation: S[] = [];
  #name = '';
  #dayPart = -1;
  #day = '';
  #position = 0;
  #count = 0;
  #deadline = 0;
  #remaining = 0;
  #duration = 0;
  #paused = false;
  #heartbeat: ReturnType<typeof setInterval> | undefined;
  #urgentKey = '';

  constructor(options: PlayerOptions<S, E>) {
    this.#options = options;
    this.#speed = options.speed && options.speed > 0 ? options.speed : 1;
  }

  get paused(): boolean {
    return this.#paused;
  }

  start(): void {
    if (this.#heartbeat !== undefined) return;
    this.#rebuild();
    this.#restartLoop();
    this.#heartbeat = setInterval(() => this.tick(), HEARTBEAT_MS);
  }

  stop(): void {
    clearInterval(this.#heartbeat);
    this.#heartbeat = undefined;
  }

  /** Called by the heartbeat, and by the view when the page becomes visible again. */
  tick(): void {
    const now = new Date();
    if (activeDayPart(this.#options.plan.schedule, now) !== this.#dayPart) {
      // A day-part starts or ends: switch at once, without a reload.
      this.#rebuild();
      this.#restartLoop();
      return;
    }
    const urgentKey = this.#options.interrupter?.urgentKey(now) ?? '';
    if (urgentKey !== this.#urgentKey) {
      // A takeover starts, ends or arrives: switch now, not at the end of the slide.
      this.next();
      return;
    }
    if (this.#paused || this.#options.fetching?.()) return;
    if (Date.now() >= this.#deadline) this.next();
  }

  /** The slide's text came after the player chose it: its whole time starts now it is up. */
  shownLate(): void {
    this.#deadline = Date.now() + this.#duration;
    this.#remaining = this.#duration;
  }

  next(): void {
    const now = new Date();
    this.#urgentKey = this.#options.interrupter?.urgentKey(now) ?? '';
    const interruption = this.#options.interrupter?.next(now);
    if (interruption) {
      this.#present(interruption, this.#position);
      return;
    }
    const today = localDay(now);
    let following = this.#position + 1;
    // Past midnight the loop finishes in yesterday's order, without what expired with it.
    while (
      following < this.#rotation.length &&
      expiredOnDay(this.#rotation[following]?.expires, today)
    ) {
      following += 1;
    }
    if (following >= this.#rotation.length) {
      // A new loop: a new day means a new shuffle.
      if (today !== this.#day) this.#rebuild();
      this.#show(0);
    } else {
      this.#show(following);
    }
  }

  previous(): void {
    const length = this.#rotation.length;
    const position = (this.#position - 1 + length) % length;
    if (expiredOnDay(this.#rotation[position]?.expires, localDay(new Date()))) {
      this.#rebuild();
      this.#show(0);
    } else {
      this.#show(position);
    }
  }

  /** The rotation's next `count` slides after the one showing (for fetching their text ahead). */
  upcoming(count: number): S[] {
    const length = this.#rotation.length;
    const ahead: S[] = [];
    for (let step = 1; step <= Math.min(count, length); step++) {
      const slide = this.#rotation[(this.#position + step + length) % length];
      if (slide) ahead.push(slide);
    }
    return ahead;
  }

  togglePause(): void {
    this.#paused = !this.#paused;
    if (this.#paused) this.#remaining = Math.max(0, this.#deadline - Date.now());
    else this.#deadline = Date.now() + this.#remaining;
    this.#options.onPause?.(this.#paused);
  }

  #rebuild(): void {
    const now = new Date();
    const { slides, plan, screen } = this.#options;
    const rotation = rotationAt(slides, plan, now, screen);
    this.#rotation = rotation.slides;
    this.#name = rotation.name;
    this.#dayPart = rotation.dayPart;
    this.#day = localDay(now);
  }

  /** From the top of the loop, letting an interruption go first. */
  #restartLoop(): void {
    this.#position = -1;
    this.next();
  }

  #show(position: number): void {
    const slide = this.#rotation[position];
    if (!slide) return;
    this.#present(slide, position);
  }

  #present(slide: S | E, position: number): void {
    this.#position = position;
    const duration = (slide.seconds * 1000) / this.#speed;
    this.#deadline = Date.now() + duration;
    this.#remaining = duration;
    this.#duration = duration;
    this.#count += 1;
    this.#options.onShow({
      slide,
      // An announcement before the first slide still reads as the start of the loop.
      position: Math.max(0, position),
      total: this.#rotation.length,
      name: this.#name,
      duration,
      count: this.#count,
    });
  }
}
