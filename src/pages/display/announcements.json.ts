/**
 * Every screen's announcements in one small file of their own, beside the slides: a change to an
 * announcement never rewrites a slide file, and a wall fetches it on start and on every poll.
 */
import type { APIRoute } from 'astro';
import { getAnnouncements } from '../../data/announcements';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getAnnouncements()), {
    headers: { 'Content-Type': 'application/json' },
  });
