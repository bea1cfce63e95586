// What other procedures call to take money through the fee accounts (07-fees.md "Deposits": held in the unit's
// account and refunded through the procedure that took them; manual 四.3 renovation deposits and pass fees):
// a receipt from the cashier's current book and a payment entry, a one-off charge paid on the spot (a bill line
// and its payment), or a deposit refund — staged in the caller's Tx.
// e.g. const { receipt } = recordPayment(tx, ctx.store, { unit, cashier: op.id, at: ctx.now(), amount: 200000, method: 'cash', deposit: 'renovation-deposit' })
import { RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { formatMoney, formatYuan, type Fen } from '../../core/money.js';
import type { Store, Tx } from '../../core/store.js';
import { appendIn } from '../../core/yamlio.js';
import { accountId, allBooks, changeAccount, feeYears, unitAccounts } from './accounts.js';
import { dayClosed } from './cashday.js';
import {
  balance,
  currentBook,
  nextAdjustmentId,
  nextNumber,
  periodOf,
  type Account,
  type Allocation,
  type Bill,
  type Method,
  type Payment,
} from './rules.js';

/** The fee account id of a unit's year (2026-1-2-0801), and the payment methods: for procedures that take money. */
export { accountId } from './accounts.js';
export type { Method } from './rules.js';

export interface PaymentInput {
  unit: string;
  cashier: string;
  cashierName?: string;
  at: string;
  amount: Fen;
  method: Method;
  payer?: string;
  allocations?: Allocation[];
  prepaid?: Fen;
  deposit?: string;
  note?: string;
}

/** Take the next number of the cashier's current book (under the caller's lock) and register it as used. */
export function takeReceipt(
  tx: Tx,
  store: Store,
  x: { cashier: string; cashierName?: string; at: string; unit: string; amount: Fen },
): { no: string; book: string } {
  if (dayClosed(store, x.at.slice(0, 10), x.cashier)) {
    throw new RuleError(
      msg(
        `${x.cashierName ?? x.cashier} 的 ${x.at.slice(0, 10)} 已日结，不能再收款`,
        `${x.cashierName ?? x.cashier}'s day ${x.at.slice(0, 10)} is closed; no more payments can be taken on it`,
      ),
      msg(
        '日结后的收款记到下一天；更正用 wuye fee adjust',
        'take further payments on the next day; correct with wuye fee adjust',
      ),
    );
  }
  const book = currentBook(allBooks(store, tx), x.cashier);
  if (!book)
    throw new RuleError(
      msg(
        `${x.cashierName ?? x.cashier} 没有可用的收据本`,
        `${x.cashierName ?? x.cashier} has no receipt book with numbers left`,
      ),
      msg(
        `先领用收据本: wuye fee books issue BOOK --from N --to M --cashier ${x.cashier}`,
        `issue a book first: wuye fee books issue BOOK --from N --to M --cashier ${x.cashier}`,
      ),
    );
  const no = nextNumber(book)!;
  tx.edit('receipt-book', book.id, (doc) =>
    appendIn(doc, ['numbers'], { no, status: 'used', at: x.at, unit: x.unit, amount: formatMoney(x.amount) }),
  );
  return { no, book: book.id };
}

/** A payment with its receipt, on the unit's account of the payment's year. */
export function recordPayment(tx: Tx, store: Store, x: PaymentInput): Payment {
  const { no, book } = takeReceipt(tx, store, x);
  const payment: Payment = {
    receipt: no,
    book,
    at: x.at,
    amount: formatMoney(x.amount),
    method: x.method,
    ...(x.payer ? { payer: x.payer } : {}),
    cashier: x.cashier,
    allocations: (x.allocations ?? []).map((a) => ({
      bill: a.bill,
      amount: formatMoney(a.amount),
      ...(a.late_fee ? { late_fee: true } : {}),
    })),
    ...(x.deposit ? { deposit: x.deposit } : {}),
    ...(x.prepaid ? { prepaid: formatMoney(x.prepaid) } : {}),
    ...(x.note ? { note: x.note } : {}),
  };
  changeAccount(tx, Number(x.at.slice(0, 4)), x.unit, (acc) => {
    (acc.payments ??= []).push(payment);
  });
  return payment;
}

export interface OneOffInput extends Omit<PaymentInput, 'allocations' | 'prepaid' | 'deposit'> {
  /** The fee item's code on the bill, e.g. renovation-management-fee. */
  item: string;
  /** Rate and base printed on the bill line; default the amount × 1. */
  rate?: string;
  base?: string;
}

/**
 * A one-off charge taken on the spot (07-fees.md: one-off items): a bill line of the item for the
 * period of `at`, due that day, and a payment with the next receipt allocated to it in full — on the
 * unit's account of that year, so the account's invariants hold (allocations add up, the bill is paid
 * exactly once). Bill ids are <period>/<item>; a second charge of the same item in the same period
 * takes <item>-2, <item>-3 … (a bill line is never changed once written).
 */
export function chargeOneOff(tx: Tx, store: Store, x: OneOffInput): { bill: Bill; payment: Payment } {
  if (!Number.isInteger(x.amount) || x.amount <= 0)
    throw new RuleError(msg('一次性收费的金额须大于零', 'a one-off charge must be above zero'));
  const period = periodOf(x.at.slice(0, 10));
  const year = Number(period.slice(0, 4));
  const taken = new Set(
    (tx.tryRead<Account>('fee-account', accountId(year, x.unit))?.data.bills ?? []).map((b) => b.id),
  );
  let item = x.item;
  for (let n = 2; taken.has(`${period}/${item}`); n++) item = `${x.item}-${n}`;
  const bill: Bill = {
    id: `${period}/${item}`,
    item,
    period,
    rate: x.rate ?? formatMoney(x.amount),
    base: x.base ?? '1.00',
    amount: formatMoney(x.amount),
    due: x.at.slice(0, 10),
    ...(x.note ? { note: x.note } : {}),
  };
  changeAccount(tx, year, x.unit, (acc) => {
    (acc.bills ??= []).push(bill);
  });
  const payment = recordPayment(tx, store, { ...x, allocations: [{ bill: bill.id, amount: x.amount }] });
  return { bill, payment };
}

/** Refund (part of) a deposit held in the unit's account; never more than was taken. */
export function refundDeposit(
  tx: Tx,
  store: Store,
  x: { unit: string; deposit: string; amount: Fen; reason: string; approvedBy: string; by: string; at: string },
): void {
  const years = [...new Set([...feeYears(store), Number(x.at.slice(0, 4))])].sort();
  const held = balance(unitAccounts(tx, x.unit, years)).deposits.get(x.deposit) ?? 0;
  if (x.amount > held)
    throw new RuleError(
      msg(
        `${x.unit} 的押金 ${x.deposit} 只有 ${formatYuan(held)}，不能退 ${formatYuan(x.amount)}`,
        `${x.unit} holds only ${formatYuan(held)} of deposit ${x.deposit}; cannot refund ${formatYuan(x.amount)}`,
      ),
    );
  changeAccount(tx, Number(x.at.slice(0, 4)), x.unit, (acc) => {
    (acc.adjustments ??= []).push({
      id: nextAdjustmentId(acc),
      at: x.at,
      type: 'deposit-refund',
      deposit: x.deposit,
      amount: formatMoney(x.amount),
      reason: x.reason,
      approved_by: x.approvedBy,
      by: x.by,
    });
  });
}

/**
 * What a unit owes now (07-fees.md "arrears"): bills past their due date and not paid in full, summed in fen,
 * with their count and the oldest due date — for steps refused or warned while a unit is in arrears
 * (ownership transfer, moving-out passes). Read as the caller's Tx sees the accounts.
 */
export function unitArrears(
  src: Store | Tx,
  store: Store,
  unit: string,
  asOf: string,
): { amount: Fen; bills: number; oldest?: string } {
  const { bills } = balance(unitAccounts(src, unit, feeYears(store)));
  const owed = bills.filter((b) => b.outstanding > 0 && b.bill.due < asOf);
  return {
    amount: owed.reduce((a, b) => a + b.outstanding, 0),
    bills: owed.length,
    ...(owed.length ? { oldest: owed[0].bill.due } : {}),
  };
}
