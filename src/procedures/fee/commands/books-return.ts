// A cashier returns a receipt book (used up or withdrawn); its free numbers can no longer be used.
// e.g. wuye fee books return SJ-0003
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { setIn } from '../../../core/yamlio.js';
import type { Book } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'receipt-book') });

export async function run(ctx: Ctx, { id }: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const b = tx.read<Book>('receipt-book', id).data;
    if (b.returned)
      throw new RuleError(
        msg(
          `收据本 ${id} 已于 ${b.returned.at.slice(0, 10)} 缴回`,
          `book ${id} was returned on ${b.returned.at.slice(0, 10)}`,
        ),
      );
    tx.edit('receipt-book', id, (doc) => setIn(doc, ['returned'], { at: ctx.now(), by: ctx.operator().id }));
    return {
      message: `fee: books return ${id}`,
      summary: msg(
        `收据本 ${id} 已缴回（已用 ${(b.numbers ?? []).length} 号）`,
        `book ${id} returned (${(b.numbers ?? []).length} numbers used)`,
      ),
    };
  });
}
