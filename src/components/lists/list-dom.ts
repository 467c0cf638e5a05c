/**
 * Makes a list show these cards, in this order, and nothing else, so the reading order matches
 * what is seen. Leaves the list alone when it already does (no needless re-layout).
 */
export function showCards(list: HTMLElement, cards: readonly HTMLElement[]) {
  const current = [...list.children];
  if (current.length === cards.length && current.every((child, index) => child === cards[index])) {
    return;
  }
  list.replaceChildren(...cards);
}

/**
 * The "Show more" button under a list that shows its matches a page at a time. It is rendered
 * with the page (src/components/lists/ListPager.astro), below the list, where the island that
 * drives it (above the list) cannot put it; hidden when nothing more is left to show.
 */
export function offerMore(container: HTMLElement | null, more: number, onMore: () => void) {
  const button = container?.querySelector('button');
  if (!container || !button) return;
  container.hidden = more === 0;
  button.textContent = `Show ${more} more`;
  button.onclick = onMore;
}
