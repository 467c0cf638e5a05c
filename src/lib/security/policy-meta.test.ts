import { describe, expect, it } from 'vitest';
import { gitHostApi, withEditorPolicy } from './policy-meta';

const page = (policy: string) =>
  `<head><meta http-equiv="content-security-policy" content="${policy}"><title>Editor</title></head>`;

describe('the editor page policy', () => {
  it("keeps the site's policy, adding the editor's styles by hash and the git host's API", () => {
    const html = withEditorPolicy(
      page(
        "default-src 'self';connect-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-b'",
      ),
      {
        api: 'https://api.github.com',
        styleHashes: ["'sha256-c'", "'sha256-b'"],
        attributeHashes: ["'sha256-d'"],
      },
    );
    expect(html).toBe(
      page(
        "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-b' blob: 'sha256-c' 'unsafe-hashes' 'sha256-d'; connect-src 'self' data: blob: https://api.github.com; img-src 'self' data: blob:; frame-src 'self' blob:",
      ),
    );
    expect(html).not.toContain('unsafe-inline');
  });

  it('allows no style attribute when the editor has none', () => {
    const html = withEditorPolicy(page("style-src 'self'"), {
      api: 'https://gitlab.com',
      styleHashes: [],
      attributeHashes: [],
    });
    expect(html).toBe(
      page(
        "style-src 'self' blob:; connect-src 'self' data: blob: https://gitlab.com; img-src 'self' data: blob:; frame-src 'self' blob:",
      ),
    );
  });

  it('names the API of the backend the build is set up for', () => {
    expect(gitHostApi('github')).toBe('https://api.github.com');
    expect(gitHostApi('gitlab')).toBe('https://gitlab.com');
    expect(gitHostApi('gitea')).toBe('https://gitea.com');
    expect(gitHostApi('gitea', 'https://git.example.com/api/v1')).toBe('https://git.example.com');
  });
});
