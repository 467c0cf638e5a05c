/** Where each kind of item lives in browse mode. One place, so no page builds a URL by hand. */
import { listPageUrl } from '../lists/list-pages';

export const routes = {
  home: '/',
  personas: '/personas/',
  stories: '/stories/',
  quotes: '/quotes/',
  tags: '/tags/',
  display: '/display/',
  screens: '/screens/',
  search: '/search/',
  persona: (slug: string) => `/personas/${slug}/`,
  story: (slug: string) => `/stories/${slug}/`,
  /** A story on a shared screen, for a coach's listening session. */
  session: (slug: string) => `/stories/${slug}/session/`,
  /** A story's recording, under its own file name, e.g. /stories/<slug>/<slug>.m4a. */
  recording: (slug: string, file: string) => `/stories/${slug}/${file}`,
  /** A story's transcript as WebVTT captions, for people who need them. */
  captions: (slug: string) => `/stories/${slug}/captions.vtt`,
  /** Quotes have no page of their own: each is an anchor on the page of the quote wall that shows it. */
  quote: (slug: string, page = 1) => `${listPageUrl('/quotes/', page)}#${slug}`,
} as const;
