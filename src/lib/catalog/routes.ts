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
  /** A quote's place on the quote wall: an anchor on the page of the wall that shows it. */
  quote: (slug: string, page = 1) => `${listPageUrl(quotes, page)}#${slug}`,
  /** A quote on a page of its own, for a link that unfolds into its card in chat. */
  quotePage: (slug: string) => sitePath(`/quotes/${slug}/`),
  /** The picture a shared link to a story or a quote unfolds into (1200 × 630 PNG). */
  storyCard: (slug: string) => sitePath(`/stories/${slug}/card.png`),
  quoteCard: (slug: string) => sitePath(`/quotes/${slug}/card.png`),
} as const;
