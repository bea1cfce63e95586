// 档案借阅 (三.2 2.6): a file lent with borrower, purpose and due date; a confidential file only with the
// cs-manager's approval (--approved-by); a file already out is refused.
// e.g. wuye archive loan 1-2-0801 --to 工程部黄海波 --purpose 查阅装修图纸 --approved-by S002
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { appendIn } from '../../../core/yamlio.js';
import { CONFIG_DEFAULTS } from '../../../core/enums.gen.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { requireStaff } from '../../../kit/refs.js';
import { openLoan, type ArchiveFile, type ArchiveLoan, fileOf } from '../rules.js';

export function parse(l: Line) {
  return {
    ...fileOf(l.id(0, 'unit')),
    to: l.text('to')!,
    purpose: l.text('purpose')!,
    staff: l.idOpt('staff', 'staff'),
    due: l.date('due'),
    approvedBy: l.idOpt('approvedBy', 'staff'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  const today = ctx.today();
  await ctx.write((tx) => {
    const f = tx.read<ArchiveFile>('archive', o.id).data;
    const cur = openLoan(f);
    if (cur)
      throw new RuleError(
        msg(
          `${o.unit} 的档案袋已借出（${cur.to}，${cur.out}），尚未归还`,
          `${o.unit}'s file is already out (${cur.to}, ${cur.out})`,
        ),
        msg(`先收回: wuye archive return ${o.unit}`, `take it back first: wuye archive return ${o.unit}`),
      );
    if (f.confidential && !o.approvedBy)
      throw new RuleError(
        msg(
          `${o.unit} 是机密档案，借阅须客服部经理批准`,
          `${o.unit} is a confidential file: a loan needs the cs-manager's approval`,
        ),
        msg(
          `经理批准后加 --approved-by 经理的员工编号，如 --approved-by S002`,
          "add --approved-by with the manager's staff id, e.g. --approved-by S002",
        ),
      );
    if (o.approvedBy) requireStaff(tx, o.approvedBy, '--approved-by', f.confidential ? ['cs-manager'] : undefined);
    if (o.staff) requireStaff(tx, o.staff, '--staff');
    const days = ctx.config.archive?.loan_workdays ?? CONFIG_DEFAULTS.archive.loan_workdays;
    const due = o.due ?? ctx.calendar.addWorkdays(today, days);
    if (due < today)
      throw new RuleError(
        msg(`应还日期 ${due} 早于今天`, `due date ${due} is before today`),
        msg('给一个以后的日期', 'give a later date'),
      );
    const loan: ArchiveLoan = {
      to: o.to,
      ...(o.staff ? { staff: o.staff } : {}),
      purpose: o.purpose,
      out: today,
      due,
      ...(o.approvedBy ? { approved_by: o.approvedBy } : {}),
      by: op.id,
    };
    tx.edit('archive', o.id, (doc) => appendIn(doc, ['loans'], loan));
    return {
      message: `archive: loan ${o.unit}`,
      summary: msg(
        `${o.unit} 的档案袋已借给 ${o.to}，应于 ${due} 归还`,
        `${o.unit}'s file lent to ${o.to}, due back ${due}`,
      ),
    };
  });
}
