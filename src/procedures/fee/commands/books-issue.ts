// Issue a receipt book to a cashier (07-fees.md "Receipt books"): a number range that overlaps no other book.
// e.g. wuye fee books issue SJ-0003 --from 0000101 --to 0000150 --cashier S003
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { allBooks, requireStaff } from '../accounts.js';
import { requireFeeRole } from '../roles.js';

export function parse(l: Line) {
  const id = l.id(0, 'receipt-book');
  const number = (key: string) => {
    const v = l.text(key)!;
    if (!/^\d{7}$/.test(v))
      throw new UsageError(
        msg(`${l.flag(key)} 应为 7 位号码，而不是 "${v}"`, `${l.flag(key)} must be a 7-digit number, not "${v}"`),
      );
    return v;
  };
  const from = number('from');
  const to = number('to');
  if (from > to) throw new UsageError(msg('--from 不能大于 --to', '--from must not be after --to'));
  return { id, from, to, cashier: l.idOpt('cashier', 'staff')! };
}

export async function run(ctx: Ctx, { id, from, to, ...o }: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    requireFeeRole(ctx, 'issueBooks');
    const cashier = requireStaff(ctx.store, o.cashier, '--cashier', ['cashier']);
    const clash = allBooks(ctx.store).find((b) => b.id !== id && !(to < b.from || b.to < from));
    if (clash)
      throw new RuleError(
        msg(
          `号段 ${from}–${to} 与收据本 ${clash.id}（${clash.from}–${clash.to}）重叠`,
          `numbers ${from}–${to} overlap book ${clash.id} (${clash.from}–${clash.to})`,
        ),
      );
    tx.create('receipt-book', id, {
      kind: 'receipt-book',
      id,
      from,
      to,
      issued: { to: cashier.id, at: ctx.now(), by: ctx.operator().id },
    });
    return {
      message: `fee: books issue ${id} to ${cashier.id}`,
      summary: msg(
        `收据本 ${id}（${from}–${to}）已发给 ${cashier.name}`,
        `book ${id} (${from}–${to}) issued to ${cashier.name}`,
      ),
    };
  });
}
