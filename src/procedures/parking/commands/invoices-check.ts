// wuye parking invoices check FP0001 --as S005
// Manual 四.10 (核销): a book is closed only when every number is accounted for — used on a shift, voided,
// or returned unused — and none twice; otherwise the numbers missing are named and nothing is written.
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { setIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { accounting, pad, runsText, unaccounted, type Book } from '../rules.js';
import { requireCashier } from '../shifts.js';

export const parse = (l: Line) => ({ id: l.id(0, 'invoice-book') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const op = ctx.operator();
    requireCashier(op, msg('核销发票本', 'verify an invoice book'));
    const b = tx.read<Book>('invoice-book', o.id).data;
    if (b.state === 'closed')
      throw new RuleError(msg(`发票本 ${o.id} 已核销`, `invoice book ${o.id} is already closed`));
    const { status, twice, outside } = accounting(b);
    if (twice.length || outside.length)
      throw new RuleError(
        msg(
          `发票本 ${o.id} 有重复登记的号码 ${twice.map(pad).join('、')}${outside.length ? `，本外号码 ${outside.map(pad).join('、')}` : ''}`,
          `book ${o.id} has numbers recorded twice ${twice.map(pad).join(', ')}${outside.length ? ` and outside it ${outside.map(pad).join(', ')}` : ''}`,
        ),
        msg('更正发票本记录后再核销', "correct the book's record, then verify"),
      );
    const left = unaccounted(b);
    if (left.length)
      throw new RuleError(
        msg(
          `发票本 ${o.id} 还有 ${left.length} 个号码没有着落: ${runsText(left)}`,
          `book ${o.id} has ${left.length} numbers not accounted for: ${runsText(left)}`,
        ),
        msg(
          `登记使用或作废（wuye parking invoices use），或先交回（wuye parking invoices return ${o.id}）`,
          `record them used or voided (wuye parking invoices use), or return the book first (wuye parking invoices return ${o.id})`,
        ),
      );
    tx.edit('invoice-book', o.id, (doc) => {
      setIn(doc, ['checked'], { at: ctx.now(), by: op.id });
      setIn(doc, ['state'], 'closed');
    });
    const used = [...status.values()].filter((s) => s === 'used').length;
    return {
      message: `parking: invoices check ${o.id}`,
      summary: msg(
        `发票本 ${o.id} 已核销: ${status.size} 个号码全部有着落（使用 ${used}）`,
        `book ${o.id} closed: all ${status.size} numbers accounted for (${used} used)`,
      ),
    };
  });
}
