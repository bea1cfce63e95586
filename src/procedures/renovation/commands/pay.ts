// wuye renovation pay ZX2026-0007 --item all [--method wechat] [--receipt 0000123] --as S005
// Manual 四.3: the renovation deposit, the management fee for renovation, the debris fee
// (if entrusted) and the pass fees and deposits are paid before the permit. All go through the
// unit's fee account, each with the next receipt of the cashier's book (money.ts), in the same
// commit as the case; --receipt, if given, is checked against the first number the book gives.
import { str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { labelZh } from '../../../core/labels.js';
import { formatMoney, formatYuan, parseAmountInput } from '../../../core/money.js';
import type { Method } from '../../fee/api.js';
import { caseId, conf, record, unitOf } from '../cases.js';
import { takeCharge } from '../money.js';
import { outstanding, type ChargeItem } from '../rules.js';

export async function run(ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> {
  const id = caseId(arg);
  const item = str(opts, 'item')!;
  const receipt = str(opts, 'receipt')?.trim();
  const method = (str(opts, 'method') ?? 'cash') as Method;
  const amount = str(opts, 'amount') !== undefined ? parseAmountInput(str(opts, 'amount')!) : undefined;
  let total = 0;
  const receipts: string[] = [];
  await ctx.write((tx) => {
    record(
      ctx,
      tx,
      id,
      'pay',
      msg('收取装修费用', 'take renovation money'),
      ['approved', 'permitted', 'in-progress', 'suspended'],
      ['cashier'],
      (c) => {
        const unit = unitOf(tx, c);
        const owed = outstanding(c, unit.area, conf(ctx));
        const lines = item === 'all' ? owed : owed.filter((o) => o.item === item);
        if (lines.length === 0)
          throw new RuleError(
            msg(
              `${id} 没有应收的${item === 'all' ? '费用' : labelZh('renovationCharge', item)}`,
              `${id} owes nothing${item === 'all' ? '' : ` for ${item}`}`,
            ),
          );
        if (amount !== undefined) {
          if (item === 'all')
            throw new RuleError(msg('--item all 不能指定 --amount', '--amount cannot be used with --item all'));
          if (amount > lines[0].amount)
            throw new RuleError(
              msg(
                `金额 ${formatYuan(amount)} 超过应收 ${formatYuan(lines[0].amount)}`,
                `${formatYuan(amount)} is more than is due (${formatYuan(lines[0].amount)})`,
              ),
            );
          if (amount === 0) throw new RuleError(msg('金额须大于零', 'the amount must be above zero'));
          lines[0] = { ...lines[0], amount };
        }
        total = lines.reduce((s, l) => s + l.amount, 0);
        const charges = lines.map((l) => {
          const through = takeCharge(ctx, tx, c, unit, l.item, l.amount, method);
          receipts.push(through.receipt);
          return {
            item: l.item as ChargeItem,
            amount: formatMoney(l.amount),
            receipt: through.receipt,
            book: through.book,
            at: ctx.now(),
            by: ctx.operator().id,
          };
        });
        if (receipt && receipt !== receipts[0]) {
          throw new RuleError(
            msg(
              `收据本的下一个号码是 ${receipts[0]}，不是 --receipt ${receipt}`,
              `the next number of the cashier's book is ${receipts[0]}, not --receipt ${receipt}`,
            ),
            msg(
              '收据号由收款员当前的收据本自动取号；核对手中的收据，或不写 --receipt',
              "receipts come from the cashier's current book; check the receipt in hand, or leave out --receipt",
            ),
          );
        }
        return { append: { charges } };
      },
      receipt,
    );
    return {
      message: `renovation: pay ${id}`,
      summary: msg(
        `已收 ${formatYuan(total)}，收据 ${[...new Set(receipts)].join('、')}`,
        `received ${formatYuan(total)}, receipts ${[...new Set(receipts)].join(', ')}`,
      ),
    };
  });
}
