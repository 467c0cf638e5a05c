/** Where each kind of item lives in browse mode. One place, so no page builds a URL by hand. */

export const routes = {
  home: '/',
  personas: '/personas/',
  stories: '/stories/',
  quotes: '/quotes/',
  tags: '/tags/',
  display: '/display/',
  persona: (slug: string) => `/personas/${slug}/`,
  story: (slug: string) => `/stories/${slug}/`,
  /** Quotes have no page of their own: each is an anchor on the quote wall. */
  quote: (slug: string) => `/quotes/#${slug}`,
} as const;
