// wuye parking invoices return FP0001 [--unused cancelled] --as S005
// Manual 四.10: the attendant returns the book to the cashier; the numbers neither used nor voided are
// recorded as returned unused — back in stock or cancelled (缴销).
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { setIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { pad, runs, unaccounted, type Book } from '../rules.js';
import { requireCashier } from '../shifts.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'invoice-book'),
  unused: l.choice<'back' | 'cancelled'>('unused') ?? 'back',
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const op = ctx.operator();
    requireCashier(op, msg('收回发票本', 'take back an invoice book'));
    const b = tx.read<Book>('invoice-book', o.id).data;
    if (b.state !== 'issued')
      throw new RuleError(msg(`发票本 ${o.id} 已交回`, `invoice book ${o.id} was already returned`));
    const left = unaccounted(b);
    tx.edit('invoice-book', o.id, (doc) => {
      setIn(doc, ['returned'], {
        at: ctx.now(),
        by: op.id,
        unused: runs(left).map(([a, z]) => ({ from: pad(a), to: pad(z) })),
        disposition: o.unused,
      });
      setIn(doc, ['state'], 'returned');
    });
    return {
      message: `parking: invoices return ${o.id}`,
      summary: msg(`发票本 ${o.id} 已交回，未用 ${left.length} 张`, `book ${o.id} returned, ${left.length} unused`),
    };
  });
}
