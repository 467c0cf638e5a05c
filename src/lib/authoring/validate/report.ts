/** The validator's report, as people read it in a terminal or a CI log. */
import type { Problem } from './index';

export interface ReportOptions {
  /** ANSI colours: on a terminal yes, in CI logs and files no. */
  color: boolean;
  filesChecked: number;
  /** What to run again after fixing, e.g. `npm run validate`. */
  rerun?: string;
}

const STYLES = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 } as const;
type Style = keyof typeof STYLES;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `path:line  field  message`, one line a problem. */
export function problemLine(problem: Problem, paint: (style: Style, text: string) => string) {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${paint('bold', where)}  ${paint('cyan', problem.field)}  ${problem.message}`;
}

export function formatReport(problems: readonly Problem[], options: ReportOptions): string {
  const paint = (style: Style, text: string) =>
    options.color ? `\u001b[${STYLES[style]}m${text}\u001b[0m` : text;
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const out: string[] = [];
  if (errors.length) {
    out.push(paint('red', paint('bold', 'Errors — these stop the site from being built:')));
    out.push(...errors.map((problem) => problemLine(problem, paint)), '');
  }
  if (warnings.length) {
    out.push(paint('yellow', paint('bold', 'Warnings — worth a look; the site still builds:')));
    out.push(...warnings.map((problem) => problemLine(problem, paint)), '');
  }
  const checked = `${plural(options.filesChecked, 'file')} checked`;
  if (errors.length) {
    const files = new Set(errors.map((problem) => problem.file)).size;
    const also = warnings.length ? ` and ${plural(warnings.length, 'warning')}` : '';
    out.push(
      paint(
        'red',
        `✖ ${plural(errors.length, 'error')} in ${plural(files, 'file')}${also} (${checked}).`,
      ) + ` Fix the errors, then run ${options.rerun ?? 'npm run validate'} again.`,
    );
  } else if (warnings.length) {
    out.push(paint('green', `✔ ${checked}: no errors, ${plural(warnings.length, 'warning')}.`));
  } else {
    out.push(paint('green', `✔ ${checked}: no problems.`));
  }
  return out.join('\n');
}

/** Escapes text for a GitHub Actions workflow command. */
const escapeData = (text: string) =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * The problems as GitHub Actions annotations: on a pull request each one shows on its file and
 * line in the "Files changed" tab, where an editor on the web sees it.
 */
export function githubAnnotations(problems: readonly Problem[]): string {
  return problems
    .map((problem) => {
      const properties = [
        `file=${escapeProperty(problem.file)}`,
        ...(problem.line ? [`line=${problem.line}`] : []),
        `title=${escapeProperty(problem.field)}`,
      ].join(',');
      return `::${problem.severity} ${properties}::${escapeData(problem.message)}`;
    })
    .join('\n');
}
