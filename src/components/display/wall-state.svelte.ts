/**
 * The wall display's state: two slide slots that take turns (the next slide is drawn into the
 * hidden one, then faded in), so the DOM holds two slides however long the wall runs.
 */
import { RotationPlayer, type Showing } from '../../lib/display/player';
import { chromeShift } from '../../lib/display/params';
import type { PlaylistPlan } from '../../lib/display/playlist';
import type { Slide } from '../../lib/display/slides';
import { AnnouncementQueue, type Announcement } from '../../lib/display/announcements';

/** What a slot of the wall shows: a slide of the rotation, or an announcement breaking in. */
export type WallSlide = Slide | Announcement;

const CURSOR_IDLE_MS = 3000;

export interface WallStateOptions {
  slides: readonly Slide[];
  plan: PlaylistPlan;
  /** Announcements for every screen: the wall plays those for its playlist. */
  announcements?: readonly Announcement[];
  screen: string;
  speed: number;
  /** Asked before each new slide; true holds the current one (the screen is switching builds). */
  holdAtBoundary?: () => boolean;
}

export class WallState {
  slots = $state.raw<[WallSlide | undefined, WallSlide | undefined]>([undefined, undefined]);
  active = $state(0);
  /** How many times each slot has been shown: a slide drawn again is drawn afresh (its replay restarts). */
  slotShows = $state.raw<[number, number]>([0, 0]);
  paused = $state(false);
  cursorHidden = $state(false);
  showing = $state.raw<Omit<Showing<WallSlide>, 'slide'> | undefined>(undefined);
  /** An announcement is up: the wall shows no progress bar (no time left on a message). */
  announcing = $state(false);
  shift = $derived(chromeShift(this.showing?.count ?? 0));

  #player: RotationPlayer<Slide, Announcement>;
  #announcements: AnnouncementQueue;
  #holdAtBoundary: () => boolean;
  #cursorTimer: ReturnType<typeof setTimeout> | undefined;

  constructor({ slides, plan, announcements, screen, speed, holdAtBoundary }: WallStateOptions) {
    this.#holdAtBoundary = holdAtBoundary ?? (() => false);
    this.#announcements = new AnnouncementQueue(plan.slug, announcements);
    this.#player = new RotationPlayer<Slide, Announcement>({
      slides,
      plan,
      screen,
      speed,
      interrupter: this.#announcements,
      onShow: (showing) => this.#show(showing),
      onPause: (paused) => (this.paused = paused),
    });
  }

  start = () => this.#player.start();
  stop = () => {
    this.#player.stop();
    clearTimeout(this.#cursorTimer);
  };
  next = () => this.#player.next();
  previous = () => this.#player.previous();
  togglePause = () => this.#player.togglePause();
  /** The page is visible again: catch up at once rather than at the next heartbeat. */
  resume = () => this.#player.tick();

  pointerMoved = () => {
    this.cursorHidden = false;
    clearTimeout(this.#cursorTimer);
    this.#cursorTimer = setTimeout(() => (this.cursorHidden = true), CURSOR_IDLE_MS);
  };

  /** A deploy's announcements: a takeover goes up within a heartbeat, the rest at a boundary. */
  replaceAnnouncements = (announcements: readonly Announcement[]) => {
    this.#announcements.replace(announcements);
  };

  get isPaused() {
    return this.#player.paused;
  }

  #show({ slide, ...showing }: Showing<WallSlide>) {
    if (this.showing !== undefined && this.#holdAtBoundary()) return;
    const target = this.showing === undefined ? 0 : 1 - this.active;
    const slots: [WallSlide | undefined, WallSlide | undefined] = [...this.slots];
    slots[target] = slide;
    this.slots = slots;
    const shows: [number, number] = [...this.slotShows];
    shows[target] = (shows[target] ?? 0) + 1;
    this.slotShows = shows;
    this.active = target;
    this.announcing = slide.kind === 'announcement';
    this.showing = showing;
  }
}
