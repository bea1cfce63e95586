// wuye audit verify [--since REV] [--json] — what git alone reveals (records.md
// "Git"): commits not made through wuye (warnings: hand edits are reported, not
// forbidden), commits after which a record fails layer 1 or 2 (errors), and the
// procedures' history rules (each manifest's `history`). Exit 1 on any error; with --strict on any warning too.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { verifyHistory, type VerifyFinding } from '../../../core/audit/verify.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { gitOk, hasHead, requireGitRepo } from '../../../core/git.js';
import { msg, t } from '../../../core/i18n.js';
import type { HistoryRule } from '../../../core/audit/rules.js';
import { collect } from '../../../kit/manifest.js';

export const parse = (l: Line) => ({ since: l.text('since'), strict: l.flagged('strict') });

export async function run(ctx: Ctx, { since, strict }: ReturnType<typeof parse>): Promise<void> {
  const root = ctx.root;
  requireGitRepo(root);
  if (
    since !== undefined &&
    (since.startsWith('-') || !gitOk(root, ['rev-parse', '--verify', '-q', `${since}^{commit}`]))
  ) {
    throw new UsageError(
      msg(`--since: 没有这个提交 "${since}"`, `--since: no such commit "${since}"`),
      msg('给出提交号、标签或分支名，如 --since HEAD~10', 'give a commit id, tag or branch, e.g. --since HEAD~10'),
    );
  }
  const res = hasHead(root)
    ? verifyHistory(root, { since, rules: await collect<HistoryRule>(ctx.procedures, 'history'), timezone: ctx.tz })
    : { commits: 0, stations: {}, findings: [] };
  const errors = res.findings.filter((f) => f.severity === 'error');
  const warnings = res.findings.filter((f) => f.severity === 'warning');
  if (ctx.globals.json) {
    ctx.out.json({
      commits: res.commits,
      stations: res.stations,
      errors: errors.length,
      warnings: warnings.length,
      findings: res.findings.map((f) => ({
        severity: f.severity,
        code: f.code,
        commit: f.commit,
        date: f.date,
        author: f.author,
        station: f.station ?? null,
        subject: f.subject,
        file: f.file ?? null,
        line: f.line ?? null,
        column: f.column ?? null,
        files: f.files ?? null,
        message: t(f.message),
      })),
    });
  } else {
    // --quiet: errors only.
    for (const f of res.findings) if (!ctx.globals.quiet || f.severity === 'error') printFinding(ctx, f);
    if (!ctx.globals.quiet) {
      const desks = Object.entries(res.stations).filter(([s]) => s);
      if (desks.length) {
        const list = (none: string) =>
          Object.entries(res.stations)
            .sort(([a], [b]) => (a || '~').localeCompare(b || '~'))
            .map(([s, n]) => `${s || none} ${n}`)
            .join(', ');
        ctx.out.line(t(msg(`各站点的提交：${list('（无站点）')}`, `commits by station: ${list('(no station)')}`)));
      }
      ctx.out.line(
        t(
          msg(
            `检查了 ${res.commits} 个提交：${errors.length} 个错误，${warnings.length} 个警告`,
            `checked ${res.commits} commit${res.commits === 1 ? '' : 's'}: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`,
          ),
        ),
      );
    }
  }
  if (strict && !errors.length && warnings.length)
    throw new RuleError(
      msg(
        `历史中有 ${warnings.length} 个警告（--strict：警告也算失败）`,
        `the history has ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (--strict: warnings count as failures)`,
      ),
      msg(
        '逐条查看上面的警告；用 git show 提交号 查看提交',
        'look at each warning above; see a commit with git show COMMIT',
      ),
    );
  if (errors.length) {
    throw new RuleError(
      msg(
        `历史中有 ${errors.length} 个错误`,
        `the history has ${errors.length} error${errors.length === 1 ? '' : 's'}`,
      ),
      msg(
        '用 wuye validate 检查当前记录；用 git show 提交号 查看出错的提交',
        'check the current records with wuye validate; look at a commit with git show COMMIT',
      ),
    );
  }
}

function printFinding(ctx: Ctx, f: VerifyFinding): void {
  const sev = f.severity === 'error' ? t(msg('错误', 'error')) : t(msg('警告', 'warning'));
  const head = `${f.commit.slice(0, 7)} ${f.date.slice(0, 10)} ${f.author}${f.station ? ` (${t(msg(`站点 ${f.station}`, `station ${f.station}`))})` : ''}`;
  if (f.file) {
    const where = f.line ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file;
    ctx.out.line(`${sev}: ${head}: ${where}: ${t(f.message)}`);
  } else {
    ctx.out.line(`${sev}: ${head}: ${t(f.message)} — ${f.subject}`);
  }
  for (const p of f.files ?? []) ctx.out.line(`    ${p}`);
}
