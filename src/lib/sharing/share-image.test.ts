import { describe, expect, it } from 'vitest';
import { quoteCard } from './card-layout';
import { cardShareImage, shareUrl } from './share-image';

describe('cardShareImage', () => {
  it('is a large 1200 × 630 PNG described by what it shows', () => {
    const image = cardShareImage('/quotes/thanks/card.png', quoteCard({ text: 'Thanks.' }));
    expect(image).toEqual({
      src: '/quotes/thanks/card.png',
      type: 'image/png',
      alt: '“Thanks.”',
      width: 1200,
      height: 630,
      large: true,
    });
  });
});

describe('shareUrl', () => {
  it('is absolute on the site’s address, under its base path, when the address is known', () => {
    const site = new URL('https://intranet.example.com/customer-room/');
    expect(shareUrl('/customer-room/stories/x/card.png', site)).toBe(
      'https://intranet.example.com/customer-room/stories/x/card.png',
    );
  });

  it('stays the address on this host without one', () => {
    expect(shareUrl('/stories/x/card.png', undefined)).toBe('/stories/x/card.png');
  });
});
