// Money of a renovation through the unit's fee account (spec 03-renovation.md "Records": all
// through the fee account; 07-fees.md "Deposits"), by the fee procedure's api.ts: the renovation
// deposit and the pass deposits are payments with their deposit code on fees/<year>/<unit>.yaml;
// the management, debris and pass fees are one-off charges there (chargeOneOff), each paid with
// the next receipt of the cashier's book; the refund is a deposit-refund adjustment — all in the
// same Tx as the case, which keeps each charge with its receipt and book.
// e.g. takeCharge(ctx, tx, c, unit, 'deposit', 200000, 'cash') → { receipt: '0000101', book: 'SJ-0001' }
import type { Ctx } from '../../kit/context.js';
import type { Tx } from '../../core/store.js';
import type { UnitRecord } from '../../core/types.gen.js';
import { labelZh } from '../../core/labels.js';
import { chargeOneOff, recordPayment, refundDeposit, type Method } from '../fee/api.js';
import { collected, type Case, type ChargeItem } from './rules.js';

export const DEPOSIT_ITEMS: readonly ChargeItem[] = ['deposit', 'pass-deposit'];

/** The fee account's deposit code of a charge: the configured renovation deposit item for the unit's type. */
export function depositCode(ctx: Ctx, unit: UnitRecord, item: ChargeItem): string {
  if (item === 'pass-deposit') return 'renovation-pass-deposit';
  const items = ctx.config.fees?.items ?? [];
  const own = items.find(
    (i) =>
      i.kind === 'deposit' &&
      i.code.startsWith('renovation-deposit') &&
      (i.unit_types ?? []).includes(unit.type as never),
  );
  return (
    own?.code ??
    items.find((i) => i.kind === 'deposit' && i.code === 'renovation-deposit')?.code ??
    'renovation-deposit'
  );
}

/** Take a deposit through the fee account; returns the receipt and book numbers for the case's charge. */
export function takeDeposit(
  ctx: Ctx,
  tx: Tx,
  c: Case,
  unit: UnitRecord,
  item: ChargeItem,
  amount: number,
  method: Method,
  payer?: string,
): { receipt: string; book: string } {
  const op = ctx.operator();
  const p = recordPayment(tx, ctx.store, {
    unit: c.unit,
    cashier: op.id,
    cashierName: op.name,
    at: ctx.now(),
    amount,
    method,
    deposit: depositCode(ctx, unit, item),
    ...(payer ? { payer } : {}),
    note: `${c.id} ${item === 'deposit' ? '装修押金' : '出入证押金'}`,
  });
  return { receipt: p.receipt, book: p.book };
}

/** The fee account's bill item of a renovation fee: renovation-management-fee, renovation-debris-fee, renovation-pass-fee. */
export const feeItemCode = (item: ChargeItem): string => `renovation-${item}`;

/** Take a fee (management, debris, pass) as a one-off charge on the fee account; returns the receipt and book numbers for the case's charge. */
export function takeFee(
  ctx: Ctx,
  tx: Tx,
  c: Case,
  item: ChargeItem,
  amount: number,
  method: Method,
  payer?: string,
): { receipt: string; book: string } {
  const op = ctx.operator();
  const { payment: p } = chargeOneOff(tx, ctx.store, {
    unit: c.unit,
    cashier: op.id,
    cashierName: op.name,
    at: ctx.now(),
    amount,
    method,
    item: feeItemCode(item),
    ...(payer ? { payer } : {}),
    note: `${c.id} ${labelZh('renovationCharge', item)}`,
  });
  return { receipt: p.receipt, book: p.book };
}

/** Take any charge of the case through the fee account: a deposit or a one-off fee. */
export function takeCharge(
  ctx: Ctx,
  tx: Tx,
  c: Case,
  unit: UnitRecord,
  item: ChargeItem,
  amount: number,
  method: Method,
  payer?: string,
): { receipt: string; book: string } {
  return DEPOSIT_ITEMS.includes(item)
    ? takeDeposit(ctx, tx, c, unit, item, amount, method, payer)
    : takeFee(ctx, tx, c, item, amount, method, payer);
}

/**
 * Pay an approved refund: deductions come off the renovation deposit first, then the pass
 * deposits; only deposits taken through the fee account (charges with a book) are refunded there.
 */
export function payRefund(
  ctx: Ctx,
  tx: Tx,
  c: Case,
  unit: UnitRecord,
  deducted: number,
  reason: string,
  approvedBy: string,
): void {
  const through = (item: ChargeItem) =>
    (c.charges ?? [])
      .filter((x) => x.item === item && x.book)
      .reduce((s, x) => s + Number(x.amount.replace('.', '')), 0);
  const dep = collected(c, 'deposit');
  const parts: [ChargeItem, number][] = [
    ['deposit', Math.max(0, dep - deducted)],
    ['pass-deposit', collected(c, 'pass-deposit') - Math.max(0, deducted - dep)],
  ];
  for (const [item, refund] of parts) {
    const amount = Math.min(refund, through(item));
    if (amount > 0)
      refundDeposit(tx, ctx.store, {
        unit: c.unit,
        deposit: depositCode(ctx, unit, item),
        amount,
        reason: `${c.id} ${reason}`,
        approvedBy,
        by: ctx.operator().id,
        at: ctx.now(),
      });
  }
}
