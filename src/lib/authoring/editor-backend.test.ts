import { describe, expect, it } from 'vitest';
import { editorBackendFrom } from './editor-backend';

describe('editorBackendFrom', () => {
  it('commits to GitHub by default, to the repository GitHub Actions names', () => {
    expect(editorBackendFrom({ GITHUB_REPOSITORY: 'cx/room' })).toEqual({
      ok: true,
      backend: {
        name: 'github',
        repo: 'cx/room',
        branch: undefined,
        base_url: undefined,
        api_root: undefined,
        app_id: undefined,
      },
    });
  });

  it('switches to GitLab or Gitea/Forgejo by one setting', () => {
    const setting = editorBackendFrom({
      CMS_BACKEND: 'gitea',
      CMS_REPO: 'cx/room',
      CMS_BRANCH: 'content',
      CMS_API_ROOT: 'https://forgejo.example/api/v1',
      CMS_AUTH_URL: 'https://forgejo.example',
      CMS_APP_ID: 'abc',
    });
    expect(setting).toMatchObject({
      ok: true,
      backend: { name: 'gitea', repo: 'cx/room', branch: 'content', app_id: 'abc' },
    });
  });

  it('says what to set when the repository is missing or the backend is wrong', () => {
    const missing = editorBackendFrom({});
    expect(missing.ok).toBe(false);
    expect(missing.ok ? [] : missing.problems).toEqual([
      expect.stringContaining('CMS_REPO is not set — set it to the repository'),
    ]);
    const wrong = editorBackendFrom({ CMS_BACKEND: 'bitbucket', CMS_REPO: 'room' });
    expect(wrong.ok ? [] : wrong.problems).toEqual([
      expect.stringContaining('CMS_BACKEND=bitbucket is not a backend'),
      expect.stringContaining('CMS_REPO=room is not a repository name'),
    ]);
  });
});
