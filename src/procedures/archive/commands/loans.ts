// 档案借阅登记 (三.2 2.6, standard 2.6): the loans of a period, those not back and overdue, and whether each
// confidential file went out with the cs-manager's approval.
// e.g. wuye archive loans --overdue · wuye archive loans --from 2026-01-01 --json
import { msg } from '../../../core/i18n.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { archiveLoanStandard, loansBetween, type ArchiveFile } from '../rules.js';

export function parse(l: Line) {
  return { overdue: l.flagged('overdue'), open: l.flagged('open'), from: l.date('from'), to: l.date('to') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const today = ctx.today();
  const from = o.from ?? (o.open || o.overdue ? '0000-01-01' : `${today.slice(0, 4)}-01-01`);
  const to = o.to ?? today;
  const files = [...ctx.shown.all<ArchiveFile>('archive')].map((r) => r.data);
  const managers = new Set(
    [...ctx.shown.all<StaffRecord>('staff')]
      .filter((s) => (s.data.roles as string[]).includes('cs-manager'))
      .map((s) => s.id),
  );
  const rows = loansBetween(files, from, to, today).filter(
    (r) => (!o.open || !r.loan.in) && (!o.overdue || (r.overdue && !r.loan.in)),
  );
  const standard = archiveLoanStandard(files, from, to, today, managers);
  if (ctx.globals.json) {
    ctx.out.json({
      from,
      to,
      standard,
      loans: rows.map((r) => ({
        file: r.file,
        no: r.index + 1,
        confidential: r.confidential,
        overdue: r.overdue,
        ...r.loan,
      })),
    });
    return;
  }
  ctx.out.table(rows, [
    { key: 'file', header: msg('档案袋', 'File'), get: (r) => r.file },
    { key: 'conf', header: msg('密级', 'Conf.'), get: (r) => (r.confidential ? '机密' : '一般') },
    { key: 'to', header: msg('借阅人', 'Borrower'), get: (r) => r.loan.to },
    { key: 'purpose', header: msg('事由', 'Purpose'), get: (r) => r.loan.purpose },
    { key: 'out', header: msg('借出', 'Out'), get: (r) => r.loan.out },
    { key: 'due', header: msg('应还', 'Due'), get: (r) => r.loan.due },
    { key: 'in', header: msg('归还', 'Back'), get: (r) => r.loan.in ?? (r.overdue ? '逾期未还' : '未还') },
    { key: 'ok', header: msg('批准', 'Approved'), get: (r) => r.loan.approved_by ?? '' },
  ]);
  if (!o.open && !o.overdue)
    ctx.info(
      msg(
        `${from} 至 ${to}：借阅 ${standard.loans} 次，机密 ${standard.confidential}（未经经理批准 ${standard.unapproved}），未还 ${standard.notReturned}，逾期 ${standard.overdue}`,
        `${from} to ${to}: ${standard.loans} loans, ${standard.confidential} confidential (${standard.unapproved} without the manager's approval), ${standard.notReturned} not back, ${standard.overdue} overdue`,
      ),
    );
}
