// 档案归还 (三.2 2.2: files kept complete): the file back, checked; what is missing is recorded.
// e.g. wuye archive return 1-2-0801 · wuye archive return 1-2-0801 --missing 委托书原件
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { setIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { isOverdue, openLoan, type ArchiveFile, fileOf } from '../rules.js';

export const parse = (l: Line) => ({ ...fileOf(l.id(0, 'unit')), missing: l.text('missing') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  const today = ctx.today();
  await ctx.write((tx) => {
    const f = tx.read<ArchiveFile>('archive', o.id).data;
    const cur = openLoan(f);
    if (!cur)
      throw new RuleError(
        msg(`${o.unit} 的档案袋没有借出，无需归还`, `${o.unit}'s file is not out; there is nothing to return`),
        msg(`借阅记录见 wuye archive show ${o.unit}`, `see its loans with wuye archive show ${o.unit}`),
      );
    const i = f.loans!.indexOf(cur);
    const late = isOverdue(cur, today);
    tx.edit('archive', o.id, (doc) => {
      setIn(doc, ['loans', i, 'in'], today);
      setIn(doc, ['loans', i, 'received_by'], op.id);
      setIn(doc, ['loans', i, 'complete'], !o.missing);
      if (o.missing) {
        const note = `${today} 归还时缺少：${o.missing}（借阅人 ${cur.to}）`;
        const prev = (f.notes ?? '').trim();
        setIn(doc, ['notes'], prev ? `${prev}\n${note}` : note);
      }
    });
    if (o.missing)
      ctx.warn(
        msg(
          `归还不齐全，缺少：${o.missing}，已记入档案备注`,
          `returned incomplete, missing: ${o.missing}; noted on the file`,
        ),
      );
    return {
      message: `archive: return ${o.unit}`,
      summary: msg(
        `${o.unit} 的档案袋已由 ${cur.to} 归还${late ? '（逾期）' : ''}`,
        `${o.unit}'s file returned by ${cur.to}${late ? ' (late)' : ''}`,
      ),
    };
  });
}
