/** The picture a pasted link to a page unfolds into: its Open Graph and Twitter image tags. */
import { CARD_HEIGHT, CARD_WIDTH, cardAlt, type CardLayout } from './card-layout.ts';

export interface ShareImage {
  /** Its address on the site (with the base path); the page makes it absolute with SITE_URL. */
  src: string;
  type: 'image/png' | 'image/jpeg';
  alt: string;
  width: number;
  height: number;
  /** A wide card gets the large preview (summary_large_image); a portrait the small square one. */
  large: boolean;
}

/** A story's or a quote's card, drawn at build time (src/build/share-card-image.ts). */
export function cardShareImage(src: string, layout: CardLayout): ShareImage {
  return {
    src,
    type: 'image/png',
    alt: cardAlt(layout),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    large: true,
  };
}

/** An absolute address for chat apps when the site's address is known (SITE_URL), else as it is. */
export function shareUrl(src: string, site: URL | undefined): string {
  return site ? new URL(src, site).href : src;
}
