/**
 * The wall display's state: two slide slots that take turns (the next slide is drawn into the
 * hidden one, then faded in), so the DOM holds two slides however long the wall runs.
 */
import { RotationPlayer, type Showing } from '../../lib/display/player';
import { chromeShift } from '../../lib/display/params';
import type { PlaylistPlan } from '../../lib/display/playlist';
import type { Slide } from '../../lib/display/slides';

const CURSOR_IDLE_MS = 3000;

export interface WallStateOptions {
  slides: readonly Slide[];
  plan: PlaylistPlan;
  screen: string;
  speed: number;
  /** Asked before each new slide; true holds the current one (the screen is switching builds). */
  holdAtBoundary?: () => boolean;
}

export class WallState {
  slots = $state.raw<[Slide | undefined, Slide | undefined]>([undefined, undefined]);
  active = $state(0);
  /** How many times each slot has been shown: a slide drawn again is drawn afresh (its replay restarts). */
  slotShows = $state.raw<[number, number]>([0, 0]);
  paused = $state(false);
  cursorHidden = $state(false);
  showing = $state.raw<Omit<Showing<Slide>, 'slide'> | undefined>(undefined);
  shift = $derived(chromeShift(this.showing?.count ?? 0));

  #player: RotationPlayer<Slide>;
  #holdAtBoundary: () => boolean;
  #cursorTimer: ReturnType<typeof setTimeout> | undefined;

  constructor({ slides, plan, screen, speed, holdAtBoundary }: WallStateOptions) {
    this.#holdAtBoundary = holdAtBoundary ?? (() => false);
    this.#player = new RotationPlayer({
      slides,
      plan,
      screen,
      speed,
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

  get isPaused() {
    return this.#player.paused;
  }

  #show({ slide, ...showing }: Showing<Slide>) {
    if (this.showing !== undefined && this.#holdAtBoundary()) return;
    const target = this.showing === undefined ? 0 : 1 - this.active;
    const slots: [Slide | undefined, Slide | undefined] = [...this.slots];
    slots[target] = slide;
    this.slots = slots;
    const shows: [number, number] = [...this.slotShows];
    shows[target] = (shows[target] ?? 0) + 1;
    this.slotShows = shows;
    this.active = target;
    this.showing = showing;
  }
}
