/**
 * The story page's player: a native <audio> and the transcript beside it. The line being played
 * is highlighted, a click or Enter on a turn plays from it, and `?t=1:02` starts there. Plain
 * DOM on server-rendered markup, so the page ships a few hundred bytes instead of a framework.
 */
import { cueAt, startFromSearch, type Cue } from '../../lib/calls/playback';

const CURRENT = 'playing';

/** Fetches the whole recording once, so the browse pages' worker keeps it for offline play. */
function keepForOffline(url: string) {
  if (!navigator.serviceWorker?.controller) return;
  void fetch(url).catch(() => undefined);
}

export function startStoryPlayer(root: ParentNode, search: string): void {
  const audio = root.querySelector<HTMLAudioElement>('audio[data-recording]');
  if (!audio) return;
  const lines = [...root.querySelectorAll<HTMLElement>('[data-start]')];
  const cues: Cue[] = lines.map((line) => ({
    start: Number(line.dataset.start),
    end: line.dataset.end ? Number(line.dataset.end) : undefined,
  }));
  let current = -1;

  const follow = () => {
    const playing = cueAt(cues, audio.currentTime);
    if (playing === current) return;
    lines[current]?.classList.remove(CURRENT);
    lines[current]?.removeAttribute('aria-current');
    lines[playing]?.classList.add(CURRENT);
    lines[playing]?.setAttribute('aria-current', 'true');
    current = playing;
  };
  for (const event of ['timeupdate', 'seeked', 'play', 'loadedmetadata']) {
    audio.addEventListener(event, follow);
  }

  const playFrom = (start: number) => {
    audio.currentTime = start;
    follow();
    void audio.play().catch(() => undefined);
  };
  lines.forEach((line, index) => {
    if (!line.matches('[data-seek]')) return;
    const start = cues[index]?.start ?? 0;
    line.addEventListener('click', () => playFrom(start));
    line.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      playFrom(start);
    });
  });

  const start = startFromSearch(search);
  if (start !== undefined) {
    const seek = () => {
      audio.currentTime = start;
      follow();
    };
    if (audio.readyState >= HTMLMediaElement.HAVE_METADATA) seek();
    else audio.addEventListener('loadedmetadata', seek, { once: true });
  }
  audio.addEventListener('play', () => keepForOffline(audio.currentSrc), { once: true });
}
