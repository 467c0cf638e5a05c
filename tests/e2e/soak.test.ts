/** A short soak: the long one is `npm run soak`. Memory must stay flat as the wall rotates. */
import { describe, expect, it } from 'vitest';
import { soak } from '../../scripts/support/soak';
import { openPage, useBrowser } from './browser';

const browser = useBrowser();
const MAX_HEAP_GROWTH = 2 * 1024 * 1024;

describe('a wall display left running', () => {
  it('keeps its DOM and heap flat over 300 rotations', async () => {
    const { page, close } = await openPage(browser());
    const { start, end } = await soak(page, '/display/?screen=soak&speed=40', 300);
    expect(end.rotations - start.rotations).toBeGreaterThanOrEqual(300);
    expect(end.heapBytes - start.heapBytes).toBeLessThanOrEqual(MAX_HEAP_GROWTH);
    // Two slides are in the DOM at any time; they differ in size by kind, never by age.
    expect(end.nodes).toBeLessThanOrEqual(start.nodes + 40);
    await close();
  });
});
