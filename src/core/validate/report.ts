// How `wuye validate` reports (hledger/beancount style): one line per problem,
// `file:line:column: 错误: message`, the fix indented below it, in file and
// line order; then the totals. --json: one document {errors, warnings, files, problems}.
import { msg, t } from '../i18n.js';
import type { Problem } from '../yamlio.js';

export interface Totals {
  errors: number;
  warnings: number;
  files: number;
}

export function totals(problems: readonly Problem[], files: number): Totals {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors, files };
}

export function problemLines(p: Problem, shownAs: (file: string) => string = (f) => f): string[] {
  const sev = p.severity === 'error' ? t(msg('错误', 'error')) : t(msg('警告', 'warning'));
  const lines = [`${shownAs(p.file)}:${p.line}:${p.column}: ${sev}: ${t(p.message)}`];
  if (p.hint) lines.push(`  ${t(p.hint)}`);
  return lines;
}

export function summaryLine(x: Totals): string {
  return t(
    msg(
      `${x.errors} 个错误，${x.warnings} 个警告，${x.files} 个文件`,
      `${x.errors} error${x.errors === 1 ? '' : 's'}, ${x.warnings} warning${x.warnings === 1 ? '' : 's'}, ${x.files} file${x.files === 1 ? '' : 's'}`,
    ),
  );
}

export function jsonReport(
  problems: readonly Problem[],
  x: Totals,
  shownAs: (file: string) => string = (f) => f,
): unknown {
  return {
    ...x,
    problems: problems.map((p) => ({
      file: shownAs(p.file),
      line: p.line,
      column: p.column,
      severity: p.severity,
      code: p.code,
      message: t(p.message),
      ...(p.hint ? { hint: t(p.hint) } : {}),
    })),
  };
}
