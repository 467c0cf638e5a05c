/**
 * The session's recording: revealing a timed step plays it and the timed steps after it, each
 * shown as it starts, and stops at the next coaching prompt (lib/session/session-audio.ts).
 */
import {
  pauseLeft,
  playRun,
  shownAfter,
  shownAt,
  type PlayRun,
} from '../../lib/session/session-audio';
import type { Session } from './session-state.svelte';

/** What the player needs of an <audio> element. */
export interface SessionMedia {
  currentTime: number;
  readonly paused: boolean;
  play(): Promise<void>;
  pause(): void;
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export class SessionPlayer {
  time = $state(0);
  playing = $state(false);
  /** Seconds left of the pause being played, for "sit with it: 5 s". */
  readonly pauseLeft: number | undefined;
  #run: PlayRun | undefined;
  readonly #session: Session;
  readonly #media: SessionMedia;
  readonly #duration: number;

  constructor(session: Session, media: SessionMedia, duration: number) {
    this.#session = session;
    this.#media = media;
    this.#duration = duration;
    this.pauseLeft = $derived(this.playing ? pauseLeft(session.newest, this.time) : undefined);
  }

  /** Listens to the media; returns what stops listening. */
  start(): () => void {
    const events = { timeupdate: this.#follow, play: this.#state, pause: this.#state };
    for (const [type, listener] of Object.entries(events))
      this.#media.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of Object.entries(events))
        this.#media.removeEventListener(type, listener);
    };
  }

  /** The coach moved: play what the newest step starts, or stop. */
  moved() {
    this.#run = playRun(this.#session.steps, this.#session.step - 1, this.#duration);
    if (!this.#run) {
      this.#media.pause();
      return;
    }
    this.#media.currentTime = this.#run.from;
    this.time = this.#run.from;
    void this.#media.play().catch(() => undefined);
  }

  /** Space: pause, or go on playing where it stopped (or replay the newest step). */
  toggle() {
    if (!this.#media.paused) {
      this.#media.pause();
      return;
    }
    if (this.#run && this.#media.currentTime < this.#run.until) {
      void this.#media.play().catch(() => undefined);
      return;
    }
    this.moved();
  }

  #state = () => {
    this.playing = !this.#media.paused;
  };

  #follow = () => {
    const time = this.#media.currentTime;
    this.time = time;
    const run = this.#run;
    if (!run) return;
    const steps = this.#session.steps;
    if (time >= run.until) {
      this.#run = undefined;
      this.#media.pause();
      this.#session.showFirst(shownAfter(steps, run));
      return;
    }
    const shown = shownAt(steps, run, time);
    if (shown > this.#session.step) this.#session.showFirst(shown);
  };
}
