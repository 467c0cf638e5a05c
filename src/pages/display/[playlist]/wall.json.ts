/** The index of one playlist's wall, fetched by its page `/display/<playlist>/`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { playlistPaths, wallDataResponse } from '../../../data/display';
import type { Playlist } from '../../../lib/display/plans';

export const getStaticPaths = (() => playlistPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  wallDataResponse((props as { playlist: Playlist }).playlist);
