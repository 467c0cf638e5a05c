/**
 * Where each kind of item lives in browse mode. One place, so no page builds a URL by hand; every
 * address starts with the build's base path (`/` or `/customer-room/`, see shared/site-path.ts).
 */
import { listPageUrl } from '../lists/list-pages';
import { sitePath } from '../shared/site-path';

const quotes = sitePath('/quotes/');

export const routes = {
  home: sitePath('/'),
  personas: sitePath('/personas/'),
  stories: sitePath('/stories/'),
  quotes,
  tags: sitePath('/tags/'),
  display: sitePath('/display/'),
  screens: sitePath('/screens/'),
  search: sitePath('/search/'),
  persona: (slug: string) => sitePath(`/personas/${slug}/`),
  story: (slug: string) => sitePath(`/stories/${slug}/`),
  /** A story on a shared screen, for a coach's listening session. */
  session: (slug: string) => sitePath(`/stories/${slug}/session/`),
  /** A story's recording, under its own file name, e.g. /stories/<slug>/<slug>.m4a. */
  recording: (slug: string, file: string) => sitePath(`/stories/${slug}/${file}`),
  /** A story's transcript as WebVTT captions, for people who need them. */
  captions: (slug: string) => sitePath(`/stories/${slug}/captions.vtt`),
  /** Quotes have no page of their own: each is an anchor on the page of the quote wall that shows it. */
  quote: (slug: string, page = 1) => `${listPageUrl(quotes, page)}#${slug}`,
} as const;
