/** The base path a built site was made for, read from the site itself (see lib/shared/base-path). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_INFO_FILE, builtBasePath } from '../../src/lib/shared/base-path.ts';

export function builtBase(siteDir: string): string {
  const info = path.join(siteDir, BUILD_INFO_FILE);
  return builtBasePath(existsSync(info) ? readFileSync(info, 'utf8') : undefined);
}
