// wuye renovation pay ZX2026-0007 --item all [--method wechat] [--receipt 0000123] --as S005
// Manual 四.3: the renovation deposit, the management fee for renovation, the debris fee
// (if entrusted) and the pass fees and deposits are paid before the permit; a deposit or debris fee
// already held on the fee account (paid at move-in, 四.2 4.5 3) counts, and is not taken again. All go through the
// unit's fee account, each with the next receipt of the cashier's book (money.ts), in the same
// commit as the case; --receipt, if given, is checked against the first number the book gives.
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { recordAct } from '../../../core/case-engine.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { labelZh } from '../../../core/labels.js';
import { formatMoney, formatYuan } from '../../../core/money.js';
import type { Method } from '../../fee/api.js';
import { ACTS } from '../acts.js';
import { conf, RENOVATION_CASES, unitOf } from '../cases.js';
import type { RenovationState } from '../machine.js';
import { heldForCase, heldNote, takeCharge } from '../money.js';
import { outstanding, type Case, type ChargeItem } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'renovation'),
  item: l.choice<ChargeItem | 'all'>('item')!,
  receipt: l.text('receipt'),
  method: l.choice<Method>('method') ?? 'cash',
  amount: l.money('amount'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, item, receipt, method, amount } = o;
  let total = 0;
  const receipts: string[] = [];
  let heldText = '';
  await ctx.write((tx) => {
    const who = actor(ctx);
    recordAct<Case, RenovationState>(
      tx,
      RENOVATION_CASES,
      who,
      id,
      ACTS.pay,
      (c) => {
        const unit = unitOf(tx, c);
        // what the fee account already holds for the case (paid at move-in) counts first, never taken twice
        const held = heldForCase(ctx, tx, c, unit);
        heldText = heldNote(held.charges);
        const withHeld = { ...c, charges: [...(c.charges ?? []), ...held.charges] };
        const owed = outstanding(withHeld, unit.area, conf(ctx));
        const lines = item === 'all' ? owed : owed.filter((o) => o.item === item);
        if (lines.length === 0 && held.charges.length) return { append: { charges: held.charges } };
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
            at: who.now,
            by: who.id,
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
        return { append: { charges: [...held.charges, ...charges] } };
      },
      receipt,
    );
    return {
      message: `renovation: pay ${id}`,
      summary: msg(
        `${receipts.length ? `已收 ${formatYuan(total)}，收据 ${[...new Set(receipts)].join('、')}` : '未收新款'}${heldText ? `；沿用收费账户中已交的 ${heldText}` : ''}`,
        `${receipts.length ? `received ${formatYuan(total)}, receipts ${[...new Set(receipts)].join(', ')}` : 'nothing new taken'}${heldText ? `; already on the fee account: ${heldText}` : ''}`,
      ),
    };
  });
}
