/**
 * Where the browser editor lives in a built site. Everything of it is under ADMIN_PATH, so the
 * service workers, the search index and the JS budgets leave it out by that one prefix.
 */
export const ADMIN_PATH = '/admin/';
/** The editor's own bundle (src/integrations/editor.ts), beside its page. */
export const EDITOR_BASE = `${ADMIN_PATH}editor/`;
export const EDITOR_ENTRY = 'editor.js';
export const EDITOR_SCRIPT = `${EDITOR_BASE}${EDITOR_ENTRY}`;

/** Whether an address of the site belongs to the editor. */
export const isEditorPath = (pathname: string) => pathname.startsWith(ADMIN_PATH);
