// What a fee command still owes after its commit (src/kit/owed.ts): the receipt of a payment. A cashier's
// payment killed between its commit and the printing has taken money and handed over nothing; the cashier's
// next command prints the receipt's original — not a 补打, since none was ever handed over.
// e.g. fee pay returns { owed: { task: 'fee:receipt', data: { account: '2026-1-2-0801', receipt: '0000101', out: '/abs/dir' } } }
import { msg, t } from '../../core/i18n.js';
import type { Ctx } from '../../kit/context.js';
import type { OwedHandler } from '../../kit/owed.js';
import { printReceipt } from './receipts.js';
import type { Account } from './rules.js';

export interface ReceiptOwed {
  account: string;
  receipt: string;
  /** The folder to print into, absolute (as the payment's --out said). */
  out: string;
}

export const owed: Record<string, OwedHandler> = {
  async receipt(ctx: Ctx, d: ReceiptOwed, { recovered }) {
    const acc = ctx.store.tryRead<Account>('fee-account', d.account)?.data;
    const p = acc?.payments?.find((x) => x.receipt === d.receipt);
    if (!p || p.void) return false; // the payment never landed (rolled back), or is void by now: no receipt owed
    const file = await printReceipt(ctx, d.account, d.receipt, d.out, false);
    if (recovered)
      ctx.out.err(
        `wuye: ${t(
          msg(
            `上次收款（收据 ${d.receipt}，${acc!.unit}，¥${p.amount}）已提交，但命令在打印收据前被中断：已打印收据原件 ${file}，请交给交款人`,
            `the last payment (receipt ${d.receipt}, ${acc!.unit}, ¥${p.amount}) was committed, but its command was interrupted before printing the receipt: printed the original ${file}; hand it to the payer`,
          ),
        )}`,
      );
    else if (!ctx.globals.json && !ctx.globals.quiet)
      ctx.out.line(t(msg(`收据已打印: ${file}`, `receipt printed: ${file}`)));
    return true;
  },
};
