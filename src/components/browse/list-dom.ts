/**
 * Shows a server-rendered list's items in the order the filters chose: the others are hidden,
 * and the shown ones are moved into order, so the reading order matches what is seen.
 * Items are the list's children carrying `data-slug`.
 */
export function showInOrder(list: HTMLElement, slugs: readonly string[]) {
  const items = [...list.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && !!child.dataset['slug'],
  );
  const wanted = new Set(slugs);
  for (const item of items) item.hidden = !wanted.has(item.dataset['slug'] ?? '');
  const order = items.filter((item) => !item.hidden).map((item) => item.dataset['slug']);
  if (order.join('\n') === slugs.join('\n')) return;
  const bySlug = new Map(items.map((item) => [item.dataset['slug'], item]));
  for (const slug of slugs) {
    const item = bySlug.get(slug);
    if (item) list.append(item);
  }
}
