/**
 * Lists, at the foot of /admin/, the content files the editor left out because it could not
 * parse them (lib/authoring/unreadable-files.ts reads its console reports), so nobody wonders
 * where a story went. The rest of the content loads as usual.
 */
import { unreadableFile, type UnreadableFile } from '../../lib/authoring/unreadable-files';

function show(files: readonly UnreadableFile[]) {
  let box = document.getElementById('unreadable-files');
  if (!box) {
    box = document.createElement('aside');
    box.id = 'unreadable-files';
    box.setAttribute('role', 'status');
    box.style.cssText =
      'position:fixed;left:1rem;bottom:1rem;z-index:1000;max-width:40rem;padding:.8rem 1rem;border-radius:8px;background:#fbe9dc;color:#1f1a17;border:2px solid #8d3a1b;font:0.95rem/1.4 sans-serif;box-shadow:0 4px 16px rgb(0 0 0 / .2)';
    document.body.append(box);
  }
  const heading = document.createElement('strong');
  heading.textContent = 'These files could not be read, so they are not listed:';
  const list = document.createElement('ul');
  list.style.cssText = 'margin:.4rem 0;padding-left:1.2rem';
  for (const { file, reason } of files) {
    const item = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = file;
    item.append(name, ` — ${reason}`);
    list.append(item);
  }
  const fix = document.createElement('span');
  fix.textContent = 'Fix them in git; `npm run validate` shows the line.';
  box.replaceChildren(heading, list, fix);
}

/** Watches the editor's console reports for files it left out, and lists them on the page. */
export function listUnreadableFiles() {
  const files: UnreadableFile[] = [];
  const report = console.error.bind(console);
  console.error = (...parts: unknown[]) => {
    const unreadable = unreadableFile(parts);
    if (unreadable && !files.some(({ file }) => file === unreadable.file)) {
      files.push(unreadable);
      show(files);
    }
    report(...parts);
  };
}
