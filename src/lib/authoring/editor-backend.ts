/**
 * Where the browser editor commits, from the build's environment (docs/authoring.md, "Editing in
 * the browser"). A missing or wrong setting is not left for the editor to fail on with a blank
 * page: it becomes a sentence saying what to set and where, which /admin/ shows instead.
 */
import { BACKEND_NAMES, type BackendName, type EditorBackend } from './editor-config';

export const EDITOR_SETTINGS = {
  backend: 'CMS_BACKEND',
  repo: 'CMS_REPO',
  branch: 'CMS_BRANCH',
  authUrl: 'CMS_AUTH_URL',
  apiRoot: 'CMS_API_ROOT',
  appId: 'CMS_APP_ID',
} as const;

export type EditorBackendSetting =
  { ok: true; backend: EditorBackend } | { ok: false; problems: string[] };

const isBackendName = (name: string): name is BackendName =>
  (BACKEND_NAMES as readonly string[]).includes(name);

const REPO_PATTERN = /^[\w.-]+(\/[\w.-]+)+$/;

/**
 * The backend the build's environment names. GitHub is the default; GitHub Actions names the
 * repository itself (GITHUB_REPOSITORY), so the publish workflow needs no setting for it.
 */
export function editorBackendFrom(
  env: Readonly<Record<string, string | undefined>>,
): EditorBackendSetting {
  const problems: string[] = [];
  const name = (env[EDITOR_SETTINGS.backend] || 'github').trim().toLowerCase();
  if (!isBackendName(name)) {
    problems.push(
      `${EDITOR_SETTINGS.backend}=${name} is not a backend the editor knows — set it to one of: ${BACKEND_NAMES.join(', ')} (gitea also serves Forgejo).`,
    );
  }
  const repo = (
    env[EDITOR_SETTINGS.repo] ||
    (name === 'github' ? env.GITHUB_REPOSITORY : '') ||
    ''
  ).trim();
  if (!repo) {
    problems.push(
      `${EDITOR_SETTINGS.repo} is not set — set it to the repository the content lives in, as owner/name (e.g. cx-team/customer-room), in the environment of the build.`,
    );
  } else if (!REPO_PATTERN.test(repo)) {
    problems.push(
      `${EDITOR_SETTINGS.repo}=${repo} is not a repository name — write it as owner/name, e.g. cx-team/customer-room.`,
    );
  }
  for (const setting of [EDITOR_SETTINGS.authUrl, EDITOR_SETTINGS.apiRoot]) {
    const value = env[setting];
    if (value && !/^https?:\/\/[^\s/]+/.test(value)) {
      problems.push(`${setting}=${value} is not an address — write it as https://host.example.`);
    }
  }
  if (problems.length > 0 || !isBackendName(name)) return { ok: false, problems };
  return {
    ok: true,
    backend: {
      name,
      repo,
      branch: env[EDITOR_SETTINGS.branch] || undefined,
      base_url: env[EDITOR_SETTINGS.authUrl] || undefined,
      api_root: env[EDITOR_SETTINGS.apiRoot] || undefined,
      app_id: env[EDITOR_SETTINGS.appId] || undefined,
    },
  };
}
