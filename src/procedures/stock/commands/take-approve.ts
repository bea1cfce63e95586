// wuye stock take approve PD2026-0003 --as S001
// The stocktake approved (spec 16-stock.md: differences explained and approved before the book changes): by a role
// wuye.yaml allows (stock.approve_roles, default the director), not by the one who counted; then each difference
// goes on the book as a surplus or a shortage, in the same commit. Unexplained or wrong approver: exit 1, nothing written.
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { setIn } from '../../../core/yamlio.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { conf } from '../book.js';
import { enter } from '../moves.js';
import { checkApproval, difference, qn, type Take } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'stocktake') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const who = actor(ctx);
    const t = tx.read<Take>('stocktake', o.id).data;
    checkApproval(t, who, conf(ctx).approveRoles);
    const today = ctx.today();
    if (today < t.date) throw new RuleError(msg(`盘点日期 ${t.date} 在今天之后`, `the stocktake is dated after today`));
    const diffs = t.lines.filter((l) => difference(l) !== 0);
    const moves = enter(
      tx,
      ctx,
      diffs.map((l) => ({
        type: difference(l) > 0 ? ('surplus' as const) : ('shortage' as const),
        date: today,
        item: l.item,
        qty: qn(Math.abs(difference(l))),
        stocktake: t.id,
        approved_by: who.id,
        ...(l.explanation ? { note: l.explanation } : {}),
      })),
    );
    tx.edit('stocktake', o.id, (doc) => {
      setIn(doc, ['state'], 'approved');
      setIn(doc, ['approved_by'], who.id);
      setIn(doc, ['approved_at'], who.now);
    });
    return {
      message: `stock: take approve ${o.id}`,
      summary: msg(
        `盘点 ${o.id} 已批准，调账 ${moves.length} 笔${moves.length ? `（${moves.map((m) => m.move.id).join('、')}）` : ''}`,
        `stocktake ${o.id} approved, ${moves.length} adjustment(s)${moves.length ? ` (${moves.map((m) => m.move.id).join(', ')})` : ''}`,
      ),
    };
  });
}
