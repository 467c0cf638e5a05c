import { describe, expect, it } from 'vitest';
import { gitHostApi, withEditorPolicy } from './policy-meta';

const page = (policy: string) =>
  `<head><meta http-equiv="content-security-policy" content="${policy}"><title>Editor</title></head>`;

describe('the editor page policy', () => {
  it("keeps the site's policy but allows inline styles, in-memory images and the git host's API", () => {
    const html = withEditorPolicy(
      page(
        "default-src 'self';connect-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-b'",
      ),
      'https://api.github.com',
    );
    expect(html).toBe(
      page(
        "default-src 'self'; script-src 'self' 'sha256-a'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline' blob:; frame-src 'self' blob:; connect-src 'self' blob: https://api.github.com",
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
