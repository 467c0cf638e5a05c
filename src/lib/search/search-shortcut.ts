/**
 * The `/` shortcut to the search box, on every page. Kept apart from the rest of search so that
 * pages ship only these few bytes until search is used.
 */

/**
 * Whether a key press should move focus to the search box: `/` with no modifier, when the
 * person is not typing somewhere else already.
 */
export function isSearchShortcut(
  event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean },
  typingElsewhere: boolean,
): boolean {
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingElsewhere;
}
