// What other procedures call to take money through the fee accounts (07-fees.md "Deposits": held in the unit's
// account and refunded through the procedure that took them; manual 四.3 renovation deposits and pass fees):
// a receipt from the cashier's current book and a payment entry, a one-off charge paid on the spot (a bill line
// and its payment), lines charged and paid together (move-in: pass-through items, the prepaid management fee),
// a deposit refunded or deducted — staged in the caller's Tx; and a unit's ledger to read what is held.
// e.g. const { receipt } = recordPayment(tx, ctx.store, { unit, cashier: op.id, at: ctx.now(), amount: 200000, method: 'cash', deposit: 'renovation-deposit' })
import { RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { formatMoney, formatYuan, parseMoney, type Fen } from '../../core/money.js';
import type { Store, Tx } from '../../core/store.js';
import type { Ctx } from '../../kit/context.js';
import { appendIn } from '../../core/yamlio.js';
import { accountId, allBooks, changeAccount, feeItems, feeYears, scanAccounts, unitAccounts } from './accounts.js';
import { incomeByItem, rateSummary } from './reports/data.js';
import type { WorkCalendar } from '../../core/calendar.js';
import { makeCalendar } from '../../core/root.js';
import { bookingDate } from './cashday.js';
import {
  balance,
  currentBook,
  nextAdjustmentId,
  nextNumber,
  periodOf,
  type Account,
  type Allocation,
  type Bill,
  type FeesConfig,
  type Method,
  type Payment,
} from './rules.js';

/** The fee account id of a unit's year (2026-1-2-0801), and the payment methods: for procedures that take money. */
export { accountId } from './accounts.js';
export type { Bill, FeesConfig, Method, Payment } from './rules.js';
/** The day a payment counts in (its booking date when taken after the cashier's close). */
export { bookedOn } from './cashday.js';
/** The bills of a periodic item from a start date, the rate in force on a date (move-in's prepaid management fee). */
export { billsFrom, rateOn } from './rules.js';

/** Print the receipt (three copies) of a payment taken now, as fee pay --print does; returns the file. */
export async function printReceipt(ctx: Ctx, unit: string, at: string, no: string, outDir: string): Promise<string> {
  const r = await import('./receipts.js');
  return r.printReceipt(ctx, accountId(Number(at.slice(0, 4)), unit), no, outDir, false);
}

/** A unit's accounts of every year (as the transaction sees them) and their balance: what is owed, paid and held. */
export function unitLedger(src: Store | Tx, store: Store, unit: string, extraYears: number[] = []) {
  const years = [...new Set([...feeYears(store), ...extraYears])].sort((a, b) => a - b);
  const accounts = unitAccounts(src, unit, years);
  return { accounts, bal: balance(accounts) };
}

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
  /** The center's working days (ctx.calendar), for the booking date of a payment taken after the close. */
  calendar?: Pick<WorkCalendar, 'addWorkdays'>;
}

/** Take the next number of the cashier's current book (under the caller's lock) and register it as used. */
export function takeReceipt(
  tx: Tx,
  store: Store,
  x: { cashier: string; cashierName?: string; at: string; unit: string; amount: Fen },
): { no: string; book: string } {
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

/**
 * A payment with its receipt, on the unit's account of the payment's year. Taken after the cashier closed the
 * day, it is booked to the next working day still open (日结后的收款记到下一天): `booked` holds that date.
 */
export function recordPayment(tx: Tx, store: Store, x: PaymentInput): Payment {
  const cal = x.calendar ?? makeCalendar(store.dir, () => {});
  const booked = bookingDate(store, cal, x.at, x.cashier);
  const { no, book } = takeReceipt(tx, store, x);
  const payment: Payment = {
    receipt: no,
    book,
    at: x.at,
    ...(booked !== x.at.slice(0, 10) ? { booked } : {}),
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

export interface ChargeInput extends Omit<PaymentInput, 'allocations' | 'prepaid' | 'deposit' | 'amount'> {
  /** The lines charged (07-fees.md: one-off, pass-through and periodic items), ids <period>/<item>. */
  bills: Bill[];
}

/**
 * Lines charged at the counter and paid at once with one receipt (the fees at move-in, 四.2 4.5): each bill goes
 * to the account of its period's year — a bill the billing run already raised (same id) is paid, not billed
 * again, and one already paid is left alone — and one payment from the cashier's current book is allocated to
 * them, in the caller's Tx. Returns undefined when nothing is left to pay.
 */
export function chargeBills(
  tx: Tx,
  store: Store,
  x: ChargeInput,
): { payment: Payment; amount: Fen; billed: Bill[] } | undefined {
  const years = x.bills.map((b) => Number(b.period.slice(0, 4)));
  const { bal } = unitLedger(tx, store, x.unit, years);
  const have = new Map(bal.bills.map((st) => [st.bill.id, st]));
  const allocations: Allocation[] = [];
  const billed: Bill[] = [];
  for (const b of x.bills) {
    const st = have.get(b.id);
    if (st) {
      if (st.outstanding > 0) allocations.push({ bill: b.id, amount: st.outstanding });
      continue;
    }
    const amount = parseMoney(b.amount);
    if (amount <= 0) continue;
    changeAccount(tx, Number(b.period.slice(0, 4)), x.unit, (acc) => {
      (acc.bills ??= []).push(b);
    });
    billed.push(b);
    allocations.push({ bill: b.id, amount });
  }
  const amount = allocations.reduce((t, a) => t + a.amount, 0);
  if (amount === 0) return undefined;
  const { bills: _b, ...rest } = x;
  return { payment: recordPayment(tx, store, { ...rest, amount, allocations }), amount, billed };
}

/**
 * Deduct (part of) a deposit per the agreement (a renovation violation): it leaves the deposits held and becomes
 * the center's income, with its reason and approver; never more than is held.
 */
export function deductDeposit(
  tx: Tx,
  store: Store,
  x: {
    unit: string;
    deposit: string;
    amount: Fen;
    reason: string;
    approvedBy: string;
    by: string;
    at: string;
    /** The desk's station (ctx.config.station): the adjustment id carries it. */
    station?: string;
  },
): void {
  moveDeposit(tx, store, x, 'deposit-deduction');
}

/** Refund (part of) a deposit held in the unit's account; never more than was taken. */
export function refundDeposit(
  tx: Tx,
  store: Store,
  x: {
    unit: string;
    deposit: string;
    amount: Fen;
    reason: string;
    approvedBy: string;
    by: string;
    at: string;
    /** The desk's station (ctx.config.station): the adjustment id carries it. */
    station?: string;
  },
): void {
  moveDeposit(tx, store, x, 'deposit-refund');
}

function moveDeposit(
  tx: Tx,
  store: Store,
  x: {
    unit: string;
    deposit: string;
    amount: Fen;
    reason: string;
    approvedBy: string;
    by: string;
    at: string;
    /** The desk's station (ctx.config.station): the adjustment id carries it. */
    station?: string;
  },
  type: 'deposit-refund' | 'deposit-deduction',
): void {
  const years = [...new Set([...feeYears(store), Number(x.at.slice(0, 4))])].sort();
  const held = balance(unitAccounts(tx, x.unit, years)).deposits.get(x.deposit) ?? 0;
  if (x.amount > held)
    throw new RuleError(
      msg(
        `${x.unit} 的押金 ${x.deposit} 只有 ${formatYuan(held)}，不能${type === 'deposit-refund' ? '退' : '扣'} ${formatYuan(x.amount)}`,
        `${x.unit} holds only ${formatYuan(held)} of deposit ${x.deposit}; cannot ${type === 'deposit-refund' ? 'refund' : 'deduct'} ${formatYuan(x.amount)}`,
      ),
    );
  changeAccount(tx, Number(x.at.slice(0, 4)), x.unit, (acc) => {
    (acc.adjustments ??= []).push({
      id: nextAdjustmentId(acc, x.station),
      at: x.at,
      type,
      deposit: x.deposit,
      amount: formatMoney(x.amount),
      reason: x.reason,
      approved_by: x.approvedBy,
      by: x.by,
    });
  });
}

/** A year's fee figures for the public disclosure of income (三.6.13; notice template fee-disclosure). */
export interface YearFigures {
  year: number;
  /** Billed on the year's bills. */
  billed: Fen;
  /** Received on the year's bills (late fees apart). */
  received: Fen;
  /** Every payment taken in the year, by item (deposits held apart), and its total. */
  income: Fen;
  items: { item: string; name: string; amount: Fen }[];
}

/** The year's figures from the fee ledger, with each income item's name from wuye.yaml `fees`. */
export function feeYearFigures(store: Store, year: number, fees: FeesConfig): YearFigures {
  const units = [...scanAccounts(store, undefined, year)];
  const s = rateSummary(units, year);
  const items = feeItems(fees);
  const name = (k: string) =>
    k === 'late-fee'
      ? '滞纳金'
      : k === 'prepaid'
        ? '预存款'
        : k.startsWith('deposit:')
          ? `${items.find((i) => i.code === k.slice(8))?.name ?? k.slice(8)}（押金，代管）`
          : (items.find((i) => i.code === k)?.name ?? k);
  const income = [...incomeByItem(units, year)]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([item, amount]) => ({ item, name: name(item), amount }));
  return {
    year,
    billed: s.billed,
    received: s.received,
    income: income.reduce((t, i) => t + i.amount, 0),
    items: income,
  };
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
