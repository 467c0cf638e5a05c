import { describe, expect, it } from 'vitest';
import { withoutPolicyMeta } from './policy-meta';

describe('withoutPolicyMeta', () => {
  it("takes the site's own policy out of a page and leaves the rest", () => {
    const html =
      '<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src \'self\'"><title>Editor</title></head>';
    expect(withoutPolicyMeta(html)).toBe(
      '<head><meta charset="utf-8"><title>Editor</title></head>',
    );
  });
});
