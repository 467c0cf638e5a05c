/** The slides' text of one playlist's wall, a chunk a file (`/display/<playlist>/wall-<n>.json`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { playlistWallChunkPaths, wallChunkResponse } from '../../../data/display';
import type { PackedChunk } from '../../../lib/display/wall-data';

export const getStaticPaths = (() => playlistWallChunkPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  wallChunkResponse((props as { chunk: PackedChunk }).chunk);
