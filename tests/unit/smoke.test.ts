import { test } from 'vitest';
import { renderMarkdown } from '../../src/lib/markdown';
import { readFrontMatter } from '../../src/lib/front-matter';
import { parseStoryBody } from '../../src/lib/transcript';
import { MONOGRAM_COLOURS } from '../../src/lib/monogram';
import { contrastRatio } from '../support/contrast';
test('smoke', () => {
  console.log(renderMarkdown('[x](javascript:alert(1)) ![y](javascript:alert(2)) <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[ok](https://a.b) [rel](/x/) [m](mailto:a@b.c)'));
  console.log(renderMarkdown('[x](JaVaScRiPt:alert(1)) [y]( java\tscript:alert(1)) <javascript:alert(1)>\n\n[r]: javascript:alert(3)\n\n[z][r]'));
  try { readFrontMatter('---\nname: a\nsummary: [b\ndate: 2026-01-01\n---\nbody', 'content/x.md'); } catch (e) { console.log(String(e)); }
  console.log(readFrontMatter('---\nname: a\ndate: 2026-02-30\n---\nbody', 'f'));
  console.log(MONOGRAM_COLOURS.map((c) => contrastRatio(c, '#ffffff').toFixed(2)));
  console.log(JSON.stringify(parseStoryBody('Intro with <b>bold</b>.\n\n**Customer:** hi <script>alert(1)</script> *really*\n\n*(pause)*\n\n**Agent**: yes [l](https://x)\n\n*(after)*\n\n**Important** note\n\nEnd.'), null, 1));
});
