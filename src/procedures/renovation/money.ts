// Money of a renovation through the unit's fee account (spec 03-renovation.md "Records": all
// through the fee account; 07-fees.md "Deposits"), by the fee procedure's api.ts: the renovation
// deposit and the pass deposits are payments with their deposit code on fees/<year>/<unit>.yaml;
// the management, debris and pass fees are one-off charges there (chargeOneOff), each paid with
// the next receipt of the cashier's book; the refund is a deposit-refund adjustment — all in the
// same Tx as the case, which keeps each charge with its receipt and book.
// e.g. takeCharge(ctx, tx, c, unit, 'deposit', 200000, 'cash') → { receipt: '0000101', book: 'SJ-0001' }
import type { Ctx } from '../../kit/context.js';
import type { Tx } from '../../core/store.js';
import type { ConfigRecord, UnitRecord } from '../../core/types.gen.js';
import { labelZh } from '../../core/labels.js';
import { chargeOneOff, deductDeposit, recordPayment, refundDeposit, unitLedger, type Method } from '../fee/api.js';
import type { Store } from '../../core/store.js';
import { formatMoney, parseMoney } from '../../core/money.js';
import { allCases } from '../../core/case-engine.js';
import { conf, RENOVATION_CASES } from './cases.js';
import { collected, outstanding, type Case, type ChargeItem } from './rules.js';

export const DEPOSIT_ITEMS: readonly ChargeItem[] = ['deposit', 'pass-deposit'];

type FeeItems = NonNullable<NonNullable<ConfigRecord['fees']>['items']>;

/** The fee account's deposit code of a charge: the configured renovation deposit item for the unit's type. */
export function depositCode(ctx: Ctx, unit: Pick<UnitRecord, 'type'>, item: ChargeItem): string {
  return depositCodeOf(ctx.config.fees?.items ?? [], unit, item);
}

export function depositCodeOf(items: FeeItems, unit: Pick<UnitRecord, 'type'>, item: ChargeItem): string {
  if (item === 'pass-deposit') return 'renovation-pass-deposit';
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
 * Pay an approved refund: deductions come off the renovation deposit first, then the pass deposits; of the
 * deposits taken through the fee account (charges with a book), the refunded part leaves the account as a
 * deposit refund and the deducted part as a deposit deduction (the center's income, with the reason) — so
 * nothing of this case stays held for the next one.
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
    (c.charges ?? []).filter((x) => x.item === item && x.book).reduce((t, x) => t + parseMoney(x.amount), 0);
  const dep = collected(c, 'deposit');
  const pass = collected(c, 'pass-deposit');
  const deductions = (c.refund?.deductions ?? []).map((d) => d.reason).join('；');
  const parts: [ChargeItem, number, number][] = [
    ['deposit', dep, Math.min(deducted, dep)],
    ['pass-deposit', pass, Math.min(pass, Math.max(0, deducted - dep))],
  ];
  for (const [item, held, cut] of parts) {
    const onAccount = through(item);
    const refund = Math.min(held - cut, onAccount);
    const deduct = Math.min(cut, onAccount - refund);
    const x = {
      unit: c.unit,
      deposit: depositCode(ctx, unit, item),
      approvedBy,
      by: ctx.operator().id,
      at: ctx.now(),
      station: ctx.config.station,
    };
    if (refund > 0) refundDeposit(tx, ctx.store, { ...x, amount: refund, reason: `${c.id} ${reason}` });
    if (deduct > 0)
      deductDeposit(tx, ctx.store, { ...x, amount: deduct, reason: `${c.id} 扣款：${deductions || '按装修协议'}` });
  }
}

export type Charge = NonNullable<Case['charges']>[number];

/**
 * What the unit's fee account already holds for this case (manual 四.2 4.5 3: the renovation deposit and the
 * debris fee may be paid at move-in instead of at the renovation): a deposit of the case's code still held, and a
 * paid debris fee (an optional move-in item that is not a deposit), neither given by a receipt another renovation
 * case already counts. They become the case's charges marked `held`, with the receipt given then — so the case
 * does not ask for them again; the debris fee paid makes the debris removal entrusted.
 */
export function heldForCase(ctx: Ctx, tx: Tx, c: Case, unit: UnitRecord): { charges: Charge[]; debris: boolean } {
  const items = ctx.config.fees?.items ?? [];
  const code = depositCode(ctx, unit, 'deposit');
  const { accounts, bal } = unitLedger(tx, ctx.store, c.unit);
  const used = claimedReceipts(tx.store, c);
  const charges: Charge[] = [];
  const payments = accounts
    .flatMap((a) => a.payments ?? [])
    .filter((p) => !p.void && !used.has(`${p.book}/${p.receipt}`));
  // the deposit: what the account holds beyond what this case took itself, up to what the case still owes
  const own = (c.charges ?? [])
    .filter((x) => x.item === 'deposit' && x.book)
    .reduce((t, x) => t + parseMoney(x.amount), 0);
  const owed = outstanding(c, unit.area, conf(ctx)).find((o) => o.item === 'deposit')?.amount ?? 0;
  let left = Math.min(owed, (bal.deposits.get(code) ?? 0) - own);
  for (const p of [...payments].reverse()) {
    if (left <= 0) break;
    if (p.deposit !== code) continue;
    const amount = Math.min(left, parseMoney(p.amount));
    charges.push({
      item: 'deposit',
      amount: formatMoney(amount),
      receipt: p.receipt,
      book: p.book,
      at: p.at,
      by: p.cashier,
      held: true,
    });
    left -= amount;
  }
  // the debris fee: an optional move-in charge (not a deposit) paid in full, once per case
  const debrisItems = new Set(
    items
      .filter(
        (i) =>
          i.at_movein &&
          i.optional &&
          i.kind !== 'deposit' &&
          (!i.unit_types?.length || i.unit_types.includes(unit.type as never)),
      )
      .map((i) => i.code),
  );
  if (!(c.charges ?? []).some((x) => x.item === 'debris-fee')) {
    for (const st of bal.bills) {
      if (!debrisItems.has(st.bill.item) || st.outstanding > 0 || st.paid <= 0) continue;
      const p = payments.find((x) => (x.allocations ?? []).some((a) => a.bill === st.bill.id && !a.late_fee));
      if (!p) continue;
      charges.push({
        item: 'debris-fee',
        amount: formatMoney(st.paid),
        receipt: p.receipt,
        book: p.book,
        at: p.at,
        by: p.cashier,
        held: true,
      });
      break;
    }
  }
  return { charges, debris: charges.some((x) => x.item === 'debris-fee') };
}

/** The receipts (book/number) the unit's other renovation cases already count as theirs. */
function claimedReceipts(store: Store, c: Case): Set<string> {
  const out = new Set<string>();
  for (const o of allCases<Case>(store, RENOVATION_CASES))
    if (o.unit === c.unit && o.id !== c.id)
      for (const x of o.charges ?? []) if (x.book) out.add(`${x.book}/${x.receipt}`);
  for (const x of c.charges ?? []) if (x.book) out.add(`${x.book}/${x.receipt}`);
  return out;
}

/** The note of a held charge for the log: 装修押金 ¥2,000.00（收据 0000123，入伙时已交，沿用）. */
export const heldNote = (xs: readonly Charge[]): string =>
  xs
    .map((x) => `${x.item === 'deposit' ? '装修押金' : '垃圾清运费'} ${x.amount}（收据 ${x.receipt}，已交，沿用）`)
    .join('；');
