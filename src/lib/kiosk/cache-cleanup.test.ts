import { describe, expect, it } from 'vitest';
import {
  deleteStaleCaches,
  kindCachePrefix,
  staleCaches,
  type CacheCleanup,
} from './cache-cleanup';

const wallOfBuild2: CacheCleanup = {
  current: `${kindCachePrefix('wall')}build2`,
  otherKinds: [kindCachePrefix('pages')],
};

const names = [
  'customer-room-wall-build2-precache-v2-https://room.example/display/',
  'customer-room-wall-build2-pages',
  'customer-room-wall-build1-precache-v2-https://room.example/display/',
  'customer-room-wall-build1-assets',
  'customer-room-pages-build1-pages',
  'customer-room-pages-build2-assets',
  'customer-room-build0-precache-v2-https://room.example/',
  'another-app-cache',
];

describe('staleCaches', () => {
  it("names its own kind's caches of other builds and the single worker's of earlier builds", () => {
    expect(staleCaches(names, wallOfBuild2)).toEqual([
      'customer-room-wall-build1-precache-v2-https://room.example/display/',
      'customer-room-wall-build1-assets',
      'customer-room-build0-precache-v2-https://room.example/',
    ]);
  });

  it("leaves the other kind's caches, whatever their build, and other sites' caches", () => {
    const pagesOfBuild2 = {
      current: `${kindCachePrefix('pages')}build2`,
      otherKinds: [kindCachePrefix('wall')],
    };
    expect(staleCaches(names, pagesOfBuild2)).toEqual([
      'customer-room-pages-build1-pages',
      'customer-room-build0-precache-v2-https://room.example/',
    ]);
  });
});

describe('deleteStaleCaches', () => {
  it('deletes them from the cache storage', async () => {
    const kept = new Set(names);
    await deleteStaleCaches(
      {
        keys: async () => [...kept],
        delete: async (name) => kept.delete(name),
      },
      wallOfBuild2,
    );
    expect([...kept]).toEqual([
      'customer-room-wall-build2-precache-v2-https://room.example/display/',
      'customer-room-wall-build2-pages',
      'customer-room-pages-build1-pages',
      'customer-room-pages-build2-assets',
      'another-app-cache',
    ]);
  });
});
