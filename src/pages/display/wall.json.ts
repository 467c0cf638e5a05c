/** The slides of `/display/` (every item that may be on a wall), fetched by its page. */
import type { APIRoute } from 'astro';
import { getPlaylists, wallDataResponse } from '../../data/display';

export const GET: APIRoute = async ({ site }) => {
  const [everything] = await getPlaylists();
  if (!everything) throw new Error('the default playlist is missing');
  return wallDataResponse(everything, site);
};
