// The statement of one unit for a period (07-fees.md "The batch statement run", 缴费通知单/对账单):
// its accounts as they stood at the period's end, this period's lines, earlier arrears, payments.
// Shared by `wuye fee statement` — whose batch calls produceItem in the PDF worker threads, one
// unit at a time, so 5,000 accounts are read on both cores and never held at once — and by
// `wuye form fee-statement`. e.g. statementItem(store, statementRun(ctx, '2026-11'), '1-2-0801')
import type { Ctx } from '../../kit/context.js';
import { Store } from '../../core/store.js';
import type { UnitRecord } from '../../core/types.gen.js';
import type { BatchItem } from '../../render/pdf/batch.js';
import { feeItems, feeYears, ownerName, unitAccounts } from './accounts.js';
import { ageBucket, balance, itemName, lastDay, payByDate, type Balance, type FeeItem, type Payment } from './rules.js';
import { labelZh } from '../../core/labels.js';
import { amountInWords, formatMoney, parseMoney, type Fen } from '../../core/money.js';

/** What every statement of a run shares (plain data: it is sent to the worker threads). */
export interface StatementRun {
  root: string;
  period: string;
  asOf: string;
  /** The center's due day (wuye.yaml fees.due_day): the pay-by date is worked out per statement (payByDate). */
  dueDay: number;
  years: number[];
  items: FeeItem[];
  bank?: { name: string; account: string; holder?: string };
}

export function statementRun(ctx: Ctx, period: string): StatementRun {
  const end = lastDay(period);
  return {
    root: ctx.root,
    period,
    asOf: end < ctx.today() ? end : ctx.today(),
    dueDay: ctx.config.fees.due_day,
    years: feeYears(ctx.store).filter((y) => y <= Number(period.slice(0, 4))),
    items: feeItems(ctx.config.fees),
    ...(ctx.config.center.bank ? { bank: ctx.config.center.bank } : {}),
  };
}

export interface StatementInput {
  unit: UnitRecord;
  ownerName: string;
  period: string;
  asOf: string;
  bal: Balance;
  items: readonly FeeItem[];
  payments: Payment[];
  dueDay: number;
  bank?: { name: string; account: string; holder?: string };
}

/** The statement: this period's lines with rate and base, previous arrears with their age, payments, running balance. */
export function statementData(x: StatementInput): Record<string, unknown> {
  const current = x.bal.bills.filter((s) => s.bill.period === x.period);
  const previous = x.bal.bills.filter((s) => s.bill.period < x.period && s.outstanding > 0);
  let running = 0;
  const rows: Record<string, unknown>[] = [];
  for (const s of previous) {
    running += s.outstanding;
    rows.push({
      period: s.bill.period,
      item: itemName(x.items, s.bill.item),
      detail: `已逾期（原截止 ${s.bill.due}，账龄 ${ageBucket(s.bill.due, x.asOf)} 个月）`,
      amount: formatMoney(s.outstanding),
      balance: formatMoney(running),
    });
  }
  for (const s of current) {
    running += s.outstanding;
    const calc = `${s.bill.base ?? ''} × ${s.bill.rate}${s.bill.days ? ` × ${s.bill.days}/${s.bill.days_in_month}天` : ''}${s.bill.discount ? ` − 优惠 ${s.bill.discount}` : ''}`;
    const detail = s.outstanding > 0 && s.bill.due < x.asOf ? `${calc}；已逾期（原截止 ${s.bill.due}）` : calc;
    rows.push({
      period: s.bill.period,
      item: itemName(x.items, s.bill.item),
      detail,
      amount: s.bill.amount,
      balance: formatMoney(running),
    });
  }
  const prevArrears = previous.reduce((a, s) => a + s.outstanding, 0);
  const currentDue = current.reduce((a, s) => a + s.outstanding, 0);
  const due: Fen = Math.max(0, running - x.bal.credit);
  return {
    unit: { id: x.unit.id, area: x.unit.area, type: labelZh('unitType', x.unit.type) },
    owner: { name: x.ownerName },
    statement: {
      period: x.period,
      as_of: x.asOf,
      due_date: payByDate(
        x.asOf,
        current.filter((s) => s.outstanding > 0).map((s) => s.bill.due),
        x.dueDay,
      ),
      overdue: formatMoney(
        [...previous, ...current]
          .filter((s) => s.bill.due < x.asOf)
          .reduce((a, s) => a + Math.max(0, s.outstanding), 0),
      ),
      previous_arrears: formatMoney(prevArrears),
      current: formatMoney(currentDue),
      credit: formatMoney(x.bal.credit),
      paid: formatMoney(x.payments.reduce((a, p) => a + parseMoney(p.amount), 0)),
      due: formatMoney(due),
      due_upper: amountInWords(due),
      methods: '现金、银行卡、微信、支付宝、银行转账',
      bank: x.bank ? `${x.bank.name} ${x.bank.account}${x.bank.holder ? `（${x.bank.holder}）` : ''}` : '',
    },
    rows,
    payments: x.payments.map((p) => ({
      date: p.at.slice(0, 10),
      receipt: p.receipt,
      method: labelZh('payMethod', p.method),
      amount: p.amount,
    })),
  };
}

/** The statement of a unit as a printable item, or undefined when it has no fee account. */
export function statementItem(store: Store, run: StatementRun, unitId: string): BatchItem | undefined {
  const accounts = unitAccounts(store, unitId, run.years);
  if (!accounts.length) return undefined;
  const unit = store.read<UnitRecord>('unit', unitId).data;
  const end = lastDay(run.period);
  // the account as it stood at the period's end
  const upTo = accounts.map((a) => ({
    ...a,
    bills: (a.bills ?? []).filter((b) => b.period <= run.period),
    payments: (a.payments ?? []).filter((p) => p.at.slice(0, 10) <= end),
    adjustments: (a.adjustments ?? []).filter((x) => x.at.slice(0, 10) <= end),
  }));
  const payments = upTo.flatMap((a) => a.payments ?? []).filter((p) => !p.void && p.at.slice(0, 7) === run.period);
  const data = statementData({
    unit,
    ownerName: ownerName(store, unit),
    period: run.period,
    asOf: run.asOf,
    bal: balance(upTo),
    items: run.items,
    payments,
    dueDay: run.dueDay,
    bank: run.bank,
  });
  return { name: `${unitId}-statement`, date: end, forms: [{ form: 'fee/statement', id: unitId, data }] };
}

let store: Store | undefined;

/** The batch's item source (src/render/pdf/batch.ts ItemSource): one store per thread. */
export function produceItem(run: StatementRun, unitId: string): BatchItem | undefined {
  if (store?.dir !== run.root) store = new Store(run.root);
  return statementItem(store, run, unitId);
}

/** This module, as the item source the batch loads in its worker threads. */
export const STATEMENT_SOURCE = import.meta.url;
