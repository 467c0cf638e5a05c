/**
 * The wall display's state: two slide slots that take turns (the next slide is drawn into the
 * hidden one, then faded in), so the DOM holds two slides however long the wall runs. The
 * rotation plays the index's entries; each slide's text comes from its chunk
 * (lib/display/slide-library.ts), fetched a few slides ahead. A slide whose chunk cannot be read
 * is skipped, and said so; the previous slide stays up meanwhile.
 */
import { RotationPlayer, type Showing } from '../../lib/display/player';
import { chromeShift } from '../../lib/display/params';
import type { PlaylistPlan } from '../../lib/display/playlist';
import type { Slide } from '../../lib/display/slides';
import type { SlideLibrary } from '../../lib/display/slide-library';
import { errorMessage, type SlideEntry } from '../../lib/display/wall-data';
import { AnnouncementQueue, type Announcement } from '../../lib/display/announcements';

/** What a slot of the wall shows: a slide of the rotation, or an announcement breaking in. */
export type WallSlide = Slide | Announcement;

const CURSOR_IDLE_MS = 3000;
/** Slides whose text is fetched ahead of their turn. */
const LOOK_AHEAD = 3;
/**
 * Skipped slides in a row before the wall gives up and lets the screen's self-care reload it
 * (every chunk failing: the files are gone, or the network with nothing cached).
 */
const MAX_SKIPS_IN_A_ROW = 10;

export interface WallStateOptions {
  /** The index's entries: what the rotation orders. */
  slides: readonly SlideEntry[];
  /** Where each slide's text comes from. */
  library: SlideLibrary;
  /** A slide was skipped: why, in one line. */
  onSkip: (message: string) => void;
  /** No slide's text could be read, many times in a row: why, in one line. */
  onStuck: (message: string) => void;
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

  #player: RotationPlayer<SlideEntry, Announcement>;
  #library: SlideLibrary;
  #onSkip: (message: string) => void;
  #onStuck: (message: string) => void;
  /** Which showing the player asked for last: a slide that loads late only shows if still wanted. */
  #asked = 0;
  #skipsInARow = 0;
  /** The player's choice is waiting for its text: its time starts once it is up. */
  #fetching = false;
  #announcements: AnnouncementQueue;
  #holdAtBoundary: () => boolean;
  #cursorTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: WallStateOptions) {
    const { slides, plan, announcements, screen, speed, holdAtBoundary } = options;
    this.#library = options.library;
    this.#onSkip = options.onSkip;
    this.#onStuck = options.onStuck;
    this.#holdAtBoundary = holdAtBoundary ?? (() => false);
    this.#announcements = new AnnouncementQueue(plan.slug, announcements);
    this.#player = new RotationPlayer<SlideEntry, Announcement>({
      slides,
      plan,
      screen,
      speed,
      interrupter: this.#announcements,
      onShow: (showing) => this.#fetchAndShow(showing),
      onPause: (paused) => (this.paused = paused),
      fetching: () => this.#fetching,
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

  /** The player's next showing: its text now if it is here, else once its chunk has come. */
  #fetchAndShow(showing: Showing<SlideEntry | Announcement>) {
    const asked = ++this.#asked;
    this.#fetching = false;
    const { slide: entry } = showing;
    if (entry.kind === 'announcement') {
      this.#show({ ...showing, slide: entry });
      return;
    }
    const show = (slide: Slide) => {
      this.#skipsInARow = 0;
      this.#show({ ...showing, slide });
      this.#library.prefetch(this.#player.upcoming(LOOK_AHEAD));
    };
    try {
      const ready = this.#library.ready(entry);
      if (ready) {
        show(ready);
        return;
      }
    } catch (error) {
      this.#skip(errorMessage(error), entry);
      return;
    }
    this.#fetching = true;
    this.#library.load(entry).then(
      (slide) => {
        if (asked !== this.#asked) return;
        this.#fetching = false;
        show(slide);
        this.#player.shownLate();
      },
      (error: unknown) => {
        if (asked !== this.#asked) return;
        this.#fetching = false;
        this.#skip(errorMessage(error), entry);
      },
    );
  }

  #skip(problem: string, entry: SlideEntry) {
    this.#skipsInARow += 1;
    if (this.#skipsInARow >= MAX_SKIPS_IN_A_ROW) {
      this.#onStuck(`${MAX_SKIPS_IN_A_ROW} slides in a row could not be read (${problem})`);
      // Tried again at the next slide's time, not at once: no loop of requests meanwhile.
      this.#skipsInARow = 0;
      return;
    }
    this.#onSkip(`skipped ${entry.id}: ${problem}`);
    this.#player.next();
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
