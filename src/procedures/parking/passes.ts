// Monthly passes and their money (spec 09-parking.md; manual 四.10): each payment is a one-off charge on the
// holder's fee account (item parking-pass, rate the monthly fee, base the months) paid with the next receipt
// of the cashier's book (fee/api.ts), in the same commit as the pass.
// e.g. payPass(ctx, tx, pass, { from: '2026-12', to: '2027-02' }, 'wechat')
import { RuleError } from '../../core/errors.js';
import { nextInSequence } from '../../core/ids.js';
import { msg } from '../../core/i18n.js';
import { formatMoney, parseMoney } from '../../core/money.js';
import type { Tx } from '../../core/store.js';
import type { Ctx } from '../../kit/context.js';
import { chargeOneOff, type Method } from '../fee/api.js';
import { cfg, monthsBetween, type Pass } from './rules.js';

export const conf = (ctx: Ctx) => cfg(ctx.config.parking);

/** The next monthly-pass number: YK0001, station-coded YKB0001 (two desks never issue one number). */
export function nextPassId(ctx: Ctx, tx: Tx): string {
  return nextInSequence(`YK${ctx.config.station ?? ''}`, 4, tx.store.ids('parking-pass'));
}

/** Take the months' fee through the fee account; returns the payment entry for the pass. */
export function payPass(
  ctx: Ctx,
  tx: Tx,
  p: Pick<Pass, 'id' | 'unit' | 'fee' | 'holder' | 'plate'>,
  span: { from: string; to: string },
  method: Method,
): Pass['payments'][number] {
  const op = ctx.operator();
  if (!(op.roles as string[]).includes('cashier'))
    throw new RuleError(
      msg('月卡费由收款员收取（开收据）', 'pass fees are taken by the cashier (with a receipt)'),
      msg('用 --as 指定收款员', 'pass --as with a cashier'),
    );
  const months = monthsBetween(span.from, span.to) + 1;
  const amount = parseMoney(p.fee) * months;
  const at = ctx.now();
  const { payment } = chargeOneOff(tx, ctx.store, {
    unit: p.unit,
    cashier: op.id,
    cashierName: op.name,
    at,
    amount,
    method,
    payer: p.holder,
    item: 'parking-pass',
    rate: p.fee,
    base: `${months}.00`,
    note: `${p.id} ${p.plate} ${span.from}–${span.to}`,
  });
  return {
    from: span.from,
    to: span.to,
    months,
    amount: formatMoney(amount),
    method,
    receipt: payment.receipt,
    book: payment.book,
    at,
    by: op.id,
  };
}
