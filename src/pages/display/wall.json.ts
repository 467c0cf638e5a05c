/** The index of `/display/` (every item that may be on a wall), fetched by its page. */
import type { APIRoute } from 'astro';
import { getDefaultPlaylist, wallDataResponse } from '../../data/display';

export const GET: APIRoute = async () => wallDataResponse(await getDefaultPlaylist());
