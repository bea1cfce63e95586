// Void a receipt (07-fees.md "Payments"): the number stays in its book as void with the reason (all copies
// kept) and its payment is reversed; a spoiled blank (the book's next number) can be voided too. A receipt
// of a closed cashier day is never edited: correct it with wuye fee adjust / refund.
// e.g. wuye fee receipt void 0000101 --reason 金额写错
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { appendIn } from '../../../core/yamlio.js';
import { accountId, allBooks, bookOfNumber, changeAccount, receiptNumber } from '../accounts.js';
import { bookedOn, dayClosed } from '../cashday.js';
import { requireFeeRole } from '../roles.js';
import { nextNumber, type Book } from '../rules.js';

export const parse = (l: Line) => ({ no: receiptNumber(l.arg(0)!), reason: l.text('reason')! });

export async function run(ctx: Ctx, { no, reason }: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    requireFeeRole(ctx, 'voidReceipt');
    const book = bookOfNumber(allBooks(ctx.store, tx), no);
    const entry = (book.numbers ?? []).find((n) => n.no === no);
    const at = ctx.now();
    if (!entry) {
      if (nextNumber(book) !== no)
        throw new RuleError(
          msg(
            `收据 ${no} 尚未使用，且不是收据本 ${book.id} 的下一个号码（${nextNumber(book) ?? '已用完'}）`,
            `receipt ${no} is not used and is not the next number of book ${book.id} (${nextNumber(book) ?? 'none left'})`,
          ),
          msg(
            '号码按顺序使用；只能作废下一个空白号码',
            'numbers are used in order; only the next blank one can be voided',
          ),
        );
      tx.edit<Book>('receipt-book', book.id, (doc) => appendIn(doc, ['numbers'], { no, status: 'void', at, reason }));
      return {
        message: `fee: receipt void ${no} (blank)`,
        summary: msg(`空白收据 ${no} 已作废`, `blank receipt ${no} voided`),
      };
    }
    if (entry.status === 'void')
      throw new RuleError(
        msg(`收据 ${no} 已作废（${entry.reason ?? ''}）`, `receipt ${no} is already void (${entry.reason ?? ''})`),
      );
    const unit = entry.unit!;
    const year = Number(entry.at.slice(0, 4));
    const acc = tx.read<{ payments?: { receipt: string; at: string; cashier: string }[] }>(
      'fee-account',
      accountId(year, unit),
    ).data;
    const p = (acc.payments ?? []).find((x) => x.receipt === no);
    if (!p)
      throw new RuleError(
        msg(
          `收据 ${no} 在 ${unit} 的 ${year} 年账户中没有收款记录`,
          `receipt ${no} has no payment in ${unit}'s ${year} account`,
        ),
        msg('运行 wuye validate 检查收费记录', 'run wuye validate to check the fee records'),
      );
    if (dayClosed(ctx.store, bookedOn(p), p.cashier)) {
      throw new RuleError(
        msg(
          `收据 ${no} 属于已日结的 ${bookedOn(p)}，不能作废`,
          `receipt ${no} belongs to the closed day ${bookedOn(p)}; it cannot be voided`,
        ),
        msg(
          '用冲正条目更正：wuye fee adjust 或 wuye fee refund',
          'correct it with a reversing entry: wuye fee adjust or wuye fee refund',
        ),
      );
    }
    changeAccount(tx, year, unit, (a) => {
      const pay = a.payments!.find((x) => x.receipt === no)!;
      pay.void = { at, by: ctx.operator().id, reason };
    });
    tx.edit<Book>('receipt-book', book.id, (doc, data) => {
      const i = (data.numbers ?? []).findIndex((n) => n.no === no);
      doc.setIn(['numbers', i, 'status'], 'void');
      doc.setIn(['numbers', i, 'reason'], reason);
    });
    return {
      message: `fee: receipt void ${no} ${unit}`,
      summary: msg(
        `收据 ${no}（${unit}，${entry.amount}）已作废，收款已冲回`,
        `receipt ${no} (${unit}, ${entry.amount}) voided; the payment is reversed`,
      ),
    };
  });
}
