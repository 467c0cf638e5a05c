/**
 * The HTML validity check every built page passes: html-validate with its `standard` and
 * `document` presets, which check what the W3C Nu checker checks (content models, element and
 * attribute validity, one <main>, no duplicate ids, nothing after </html>, <style> only in <head>),
 * offline and without Java. The two rules turned off below say why.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';

export const HTML_VALIDITY_CONFIG: ConfigData = {
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: {
    // Astro minifies its output: a void element written `<br>` or `<br/>` is valid either way.
    'void-style': 'off',
    // Subresource integrity guards files from another origin; every file here is the site's own
    // (the Content-Security-Policy allows 'self' only), and Nu does not ask for it either.
    'require-sri': 'off',
  },
};

export interface PageProblem {
  page: string;
  line: number;
  rule: string;
  message: string;
}

const validator = new HtmlValidate(HTML_VALIDITY_CONFIG);

export async function htmlProblems(page: string, html: string): Promise<PageProblem[]> {
  const report = await validator.validateString(html, page);
  // html-validate's parser forgives what Nu calls a stray tag after </html>: checked here.
  const stray = html.trimEnd().endsWith('</html>')
    ? []
    : [
        {
          page,
          line: html.split('\n').length,
          rule: 'after-html',
          message: 'content after </html>',
        },
      ];
  return stray.concat(
    report.results.flatMap((result) =>
      result.messages.map((message) => ({
        page,
        line: message.line,
        rule: message.ruleId,
        message: message.message,
      })),
    ),
  );
}
