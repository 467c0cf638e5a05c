/** The slides' text of `/display/`, a chunk a file, fetched a few slides ahead of their turn. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDefaultPlaylist, wallChunkPaths, wallChunkResponse } from '../../data/display';
import type { PackedChunk } from '../../lib/display/wall-data';

export const getStaticPaths = (async () =>
  wallChunkPaths(await getDefaultPlaylist())) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  wallChunkResponse((props as { chunk: PackedChunk }).chunk);
