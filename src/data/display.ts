/** The wall display's data: playlists from content/playlists/ and the catalog's slides. */
import { getImage } from 'astro:assets';
import { getCollection } from 'astro:content';
import type { PersonaLink } from '../lib/catalog/catalog';
import { DEFAULT_PLAYLIST, slidesFor, toPlaylist, type Playlist } from '../lib/display/plans';
import { qrPath } from '../lib/display/qr';
import { basicLoop, basicSlideParam } from '../lib/display/basic-wall';
import { buildSlides, type Face, type Slide } from '../lib/display/slides';
import { splitWallData, type PackedChunk, type PackedWallIndex } from '../lib/display/wall-data';
import { getCatalog } from './site-catalog';

/**
 * Portrait widths for the slides: a quote's face is 11vmin (80 px at 720p, 119 px at 1080p), a
 * persona's 36vmin (778 px on a 4K screen, where 720 is close enough).
 */
const FACE_WIDTHS = [120, 240, 480, 720];

async function faceOf(persona: PersonaLink): Promise<Face> {
  if (!persona.photo) return { kind: 'monogram', ...persona.monogram };
  const image = await getImage({ src: persona.photo.image, widths: FACE_WIDTHS, format: 'webp' });
  return { kind: 'photo', src: image.src, srcset: image.srcSet.attribute };
}

let playlists: Promise<Playlist[]> | undefined;

/**
 * Every playlist, the default first. A playlist naming a tag no item carries never gets here: the
 * content check before the build refuses it (lib/authoring/validate), as `npm run validate` does.
 */
export function getPlaylists(): Promise<Playlist[]> {
  playlists ??= (async () => {
    const files = await getCollection('playlists');
    const fromFiles = files.map(({ id, data }) => toPlaylist(id, data));
    return [DEFAULT_PLAYLIST, ...fromFiles.sort((a, b) => a.plan.name.localeCompare(b.plan.name))];
  })();
  return playlists;
}

export interface DisplayData {
  playlist: Playlist;
  slides: Slide[];
}

export async function getDisplayData(
  playlist: Playlist,
  site: URL | undefined,
): Promise<DisplayData> {
  const catalog = await getCatalog();
  const faces = new Map<string, Face>();
  for (const persona of catalog.personas) faces.set(persona.slug, await faceOf(persona));
  const all = buildSlides(catalog, {
    faceOf: (persona) => faces.get(persona.slug) ?? { kind: 'monogram', ...persona.monogram },
    qrFor: (url) => (site ? qrPath(url) : undefined),
    bounds: playlist.bounds,
  });
  const playable = slidesFor(all, playlist.plan);
  return { playlist, slides: playable.length > 0 ? playable : all };
}

/** `/display/`: every item that may be on a wall. */
export async function getDefaultPlaylist(): Promise<Playlist> {
  const [everything] = await getPlaylists();
  if (!everything) throw new Error('the default playlist is missing');
  return everything;
}

/** The pages and data files of the playlists from content/playlists/ (not the default one). */
export async function playlistPaths() {
  const [, ...fromFiles] = await getPlaylists();
  return fromFiles.map((playlist) => ({
    params: { playlist: playlist.plan.slug },
    props: { playlist },
  }));
}

interface WallFiles {
  index: PackedWallIndex;
  chunks: PackedChunk[];
}

const wallFiles = new Map<string, Promise<WallFiles>>();

/** The site's address (SITE_URL), for the slides' QR codes: the same for index and chunks. */
const siteUrl = () => {
  const site = import.meta.env.SITE;
  return site && URL.canParse(site) ? new URL(site) : undefined;
};

/** A wall's index and chunks (lib/display/wall-data.ts), split once per playlist and build. */
function wallFilesOf(playlist: Playlist): Promise<WallFiles> {
  const key = playlist.plan.slug;
  let files = wallFiles.get(key);
  if (!files) {
    files = getDisplayData(playlist, siteUrl()).then(({ slides }) =>
      splitWallData({ plan: playlist.plan, slides }),
    );
    wallFiles.set(key, files);
  }
  return files;
}

const jsonResponse = (data: unknown) =>
  new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });

/** A wall's index file: its plan and what orders its loop (see lib/display/wall-data.ts). */
export async function wallDataResponse(playlist: Playlist): Promise<Response> {
  return jsonResponse((await wallFilesOf(playlist)).index);
}

/** The chunk files of a wall (`wall-<n>.json`), each with its JSON as a prop. */
export async function wallChunkPaths(playlist: Playlist) {
  const { chunks } = await wallFilesOf(playlist);
  return chunks.map((chunk, number) => ({ params: { chunk: String(number) }, props: { chunk } }));
}

/**
 * A wall's paths (`pathsOf`) for every playlist of content/playlists/, each under
 * `/display/<playlist>/`.
 */
async function inEveryPlaylist<Params extends object, Props>(
  pathsOf: (playlist: Playlist) => Promise<{ params: Params; props: Props }[]>,
) {
  const [, ...fromFiles] = await getPlaylists();
  const pages = await Promise.all(
    fromFiles.map(async (playlist) =>
      (await pathsOf(playlist)).map(({ params, props }) => ({
        params: { playlist: playlist.plan.slug, ...params },
        props,
      })),
    ),
  );
  return pages.flat();
}

/** The chunk files of every playlist of content/playlists/. */
export const playlistWallChunkPaths = () => inEveryPlaylist(wallChunkPaths);

/** One chunk file's response. */
export const wallChunkResponse = (chunk: PackedChunk): Response => jsonResponse(chunk);

/** The pages of a playlist's wall without JavaScript (lib/display/basic-wall.ts). */
export async function basicSlidePaths(playlist: Playlist) {
  const { slides } = await getDisplayData(playlist, undefined);
  return basicLoop(slides, playlist.plan, playlist.url, new Date()).map((basic) => ({
    params: { slide: basicSlideParam(basic.position) },
    props: { playlist, basic },
  }));
}

/** The same for every playlist of content/playlists/. */
export const playlistBasicSlidePaths = () => inEveryPlaylist(basicSlidePaths);
