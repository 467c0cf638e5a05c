/**
 * Imported by the wall's service worker (/sw.js): while a new build's worker installs, it
 * fetches every wall's index and checks that it parses into slides, and that the wall of
 * everything holds at least one (unless the room was built empty); then the first chunk of each
 * wall's slide text, which must parse and hold slides. A failed check fails the install, so a
 * half-copied or broken deploy is never activated and the screens keep playing the build they
 * have. The build puts WALL_DATA before this file's text (src/integrations/kiosk.ts).
 */
/* global WALL_DATA */

async function fetchJson(url) {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return JSON.parse(await response.text());
}

async function checkChunk(url) {
  const data = await fetchJson(url);
  if (!data || !Array.isArray(data.slides) || data.slides.length === 0) {
    throw new Error(`${url} holds no slide text`);
  }
}

async function checkWallData({ url, needsSlides, chunks }) {
  const data = await fetchJson(url);
  if (!data || !Array.isArray(data.slides)) throw new Error(`${url} holds no slides`);
  if (needsSlides && data.slides.length === 0) throw new Error(`${url} lost its slides`);
  await Promise.all(chunks.map(checkChunk));
}

self.addEventListener('install', (event) => {
  event.waitUntil(Promise.all(WALL_DATA.map(checkWallData)));
});
