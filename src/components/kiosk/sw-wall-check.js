/**
 * Imported by the wall's service worker (/sw.js): while a new build's worker installs, it
 * fetches every wall's slides file and checks that it parses into slides, and that the wall of
 * everything holds at least one (unless the room was built empty). A failed check fails the
 * install, so a half-copied or broken deploy is never activated and the screens keep playing
 * the build they have. The build puts WALL_DATA before this file's text
 * (src/integrations/kiosk.ts).
 */
/* global WALL_DATA */

async function checkWallData({ url, needsSlides }) {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const data = JSON.parse(await response.text());
  if (!data || !Array.isArray(data.slides)) throw new Error(`${url} holds no slides`);
  if (needsSlides && data.slides.length === 0) throw new Error(`${url} lost its slides`);
}

self.addEventListener('install', (event) => {
  event.waitUntil(Promise.all(WALL_DATA.map(checkWallData)));
});
