/**
 * The /admin/ page's script (bundled apart by src/integrations/editor.ts): hands the site's
 * styles to the preview, registers the quote and story previews and starts Sveltia CMS with the
 * configuration the build generated. A failure to start is shown as a message, never a blank page.
 */
import type { CmsConfig } from '@sveltia/cms';
import { readEmbeddedJson } from '../../lib/shared/embed-json';
import { previewTemplates } from './previews';
import { listUnreadableFiles } from './unreadable-files';

interface EmbeddedEditor {
  config: CmsConfig;
  personaNames: Record<string, string>;
}

function showProblem(message: string) {
  const box = document.createElement('main');
  box.setAttribute('role', 'alert');
  box.style.cssText = 'max-width:40rem;margin:3rem auto;padding:0 1rem;font:1.1rem/1.5 sans-serif';
  const heading = document.createElement('h1');
  heading.textContent = 'The editor could not start';
  const text = document.createElement('p');
  text.textContent = `${message} — see docs/authoring.md, "Editing in the browser".`;
  box.append(heading, text);
  document.body.prepend(box);
}

/**
 * The site's stylesheets as the page loaded them (before the editor adds its own), handed to
 * the preview and then switched off here, where they would restyle the editor itself.
 */
function takeSiteStyles(): { urls: string[]; css: string[] } {
  const urls: string[] = [];
  const css: string[] = [];
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    urls.push(link.href);
    link.disabled = true;
  }
  for (const style of document.querySelectorAll('style')) {
    css.push(style.textContent ?? '');
    style.remove();
  }
  return { urls, css };
}

/**
 * Sveltia asks the GitHub status page every five minutes to show an outage banner, even in local
 * repository mode. Nothing but the backend a person signed in to is asked: the check is refused
 * here, and the editor shows no banner.
 */
const STATUS_PAGES = ['https://www.githubstatus.com/', 'https://status.gitlab.com/'];

function refuseStatusChecks() {
  const siteFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (STATUS_PAGES.some((page) => url.startsWith(page))) {
      return Promise.reject(new TypeError('status checks are switched off'));
    }
    return siteFetch(input, init);
  };
}

async function start() {
  const embedded = readEmbeddedJson(document, 'editor-config') as EmbeddedEditor | undefined;
  if (!embedded) return;
  refuseStatusChecks();
  listUnreadableFiles();
  const styles = takeSiteStyles();
  const { default: CMS } = await import('@sveltia/cms');
  for (const url of styles.urls) CMS.registerPreviewStyle(url);
  for (const css of styles.css) CMS.registerPreviewStyle(css, { raw: true });
  const createElement = (window as unknown as { h: Parameters<typeof previewTemplates>[0] }).h;
  const templates = previewTemplates(createElement, embedded.personaNames);
  for (const [name, template] of Object.entries(templates)) {
    CMS.registerPreviewTemplate(
      name,
      template as unknown as Parameters<typeof CMS.registerPreviewTemplate>[1],
    );
  }
  await CMS.init({ config: embedded.config });
}

start().catch((error: unknown) => {
  showProblem(error instanceof Error ? error.message : String(error));
});
