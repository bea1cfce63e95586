// Reprint a receipt (补打): the same number, marked 补打; the reprint is noted on the payment.
// e.g. wuye fee receipt reprint 0000101 [--out DIR]
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { accountId, allBooks, bookOfNumber, changeAccount, receiptNumber } from '../accounts.js';
import { printReceipt } from '../receipts.js';

export const parse = (l: Line) => ({ no: receiptNumber(l.arg(0)!), out: l.text('out') });

export async function run(ctx: Ctx, { no, out }: ReturnType<typeof parse>): Promise<void> {
  let acc = '';
  await ctx.write((tx) => {
    const book = bookOfNumber(allBooks(ctx.store, tx), no);
    const entry = (book.numbers ?? []).find((n) => n.no === no);
    if (!entry || !entry.unit) throw new RuleError(msg(`收据 ${no} 没有开出过`, `receipt ${no} was never issued`));
    const year = Number(entry.at.slice(0, 4));
    acc = accountId(year, entry.unit);
    changeAccount(tx, year, entry.unit, (a) => {
      const p = a.payments?.find((x) => x.receipt === no);
      if (!p)
        throw new RuleError(msg(`收据 ${no} 在账户中没有收款记录`, `receipt ${no} has no payment in the account`));
      (p.reprints ??= []).push({ at: ctx.now(), by: ctx.operator().id });
    });
    return { message: `fee: receipt reprint ${no}`, summary: msg(`补打收据 ${no}`, `reprinted receipt ${no}`) };
  });
  if (ctx.dryRun) return;
  const file = await printReceipt(ctx, acc, no, out, true);
  if (!ctx.globals.json && !ctx.globals.quiet)
    ctx.out.line(t(msg(`收据已补打: ${file}`, `receipt reprinted: ${file}`)));
}
