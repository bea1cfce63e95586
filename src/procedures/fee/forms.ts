// The data of the fee forms (07-fees.md "Forms"): receipt (three copies on one page), statement
// (缴费通知单/对账单), dunning notice (催缴通知书), price list (收费价目表), daily report (收费日报).
// Plain objects for templates/forms/fee/*.yaml; no pdfkit here. e.g. receiptData(acc, payment, ...)
import { labelZh } from '../../core/labels.js';
import { amountInWords, formatMoney, parseMoney, type Fen } from '../../core/money.js';
import type { UnitRecord } from '../../core/types.gen.js';
import { ageBucket, rateOn, type Balance, type FeeItem, type Payment } from './rules.js';

const itemName = (items: readonly FeeItem[], code: string): string => items.find((i) => i.code === code)?.name ?? code;

export interface ReceiptInput {
  payment: Payment; unit: Pick<UnitRecord, 'id' | 'area'>; items: readonly FeeItem[];
  cashierName: string; ownerName?: string; reprint?: boolean;
}

/** The receipt: figures and the uppercase amount, each line (item, period), the cashier, the number. */
export function receiptData(x: ReceiptInput): Record<string, unknown> {
  const p = x.payment;
  const amount = parseMoney(p.amount);
  const lines = (p.allocations ?? []).map((a) => {
    const [period, code] = a.bill.split('/');
    return { item: `${itemName(x.items, code)}${a.late_fee ? '（滞纳金）' : ''}`, period, amount: a.amount };
  });
  if (p.deposit) lines.push({ item: `${itemName(x.items, p.deposit)}（押金）`, period: '', amount: p.amount });
  if (p.prepaid) lines.push({ item: '预存', period: '', amount: p.prepaid });
  return {
    receipt: {
      no: p.receipt, book: p.book, date: p.at.slice(0, 10), payer: p.payer ?? x.ownerName ?? '', unit: x.unit.id,
      method: labelZh('payMethod', p.method), amount: p.amount, upper: amountInWords(amount), cashier: x.cashierName,
      mark: p.void ? `作废：${p.void.reason}` : x.reprint ? '补打' : '',
    },
    lines,
  };
}

export interface StatementInput {
  unit: UnitRecord; ownerName: string; period: string; asOf: string; bal: Balance; items: readonly FeeItem[];
  payments: Payment[]; dueDate: string; bank?: { name: string; account: string; holder?: string };
}

/** The statement: this period's lines with rate and base, previous arrears with their age, payments, running balance. */
export function statementData(x: StatementInput): Record<string, unknown> {
  const current = x.bal.bills.filter((s) => s.bill.period === x.period);
  const previous = x.bal.bills.filter((s) => s.bill.period < x.period && s.outstanding > 0);
  let running = 0;
  const rows: Record<string, unknown>[] = [];
  for (const s of previous) {
    running += s.outstanding;
    rows.push({ period: s.bill.period, item: itemName(x.items, s.bill.item), detail: `欠费 ${ageBucket(s.bill.due, x.asOf)} 月`, amount: formatMoney(s.outstanding), balance: formatMoney(running) });
  }
  for (const s of current) {
    running += s.outstanding;
    const detail = `${s.bill.base ?? ''} × ${s.bill.rate}${s.bill.days ? ` × ${s.bill.days}/${s.bill.days_in_month}天` : ''}${s.bill.discount ? ` − 优惠 ${s.bill.discount}` : ''}`;
    rows.push({ period: s.bill.period, item: itemName(x.items, s.bill.item), detail, amount: s.bill.amount, balance: formatMoney(running) });
  }
  const prevArrears = previous.reduce((a, s) => a + s.outstanding, 0);
  const currentDue = current.reduce((a, s) => a + s.outstanding, 0);
  const due: Fen = Math.max(0, running - x.bal.credit);
  return {
    unit: { id: x.unit.id, area: x.unit.area, type: labelZh('unitType', x.unit.type) },
    owner: { name: x.ownerName },
    statement: {
      period: x.period, as_of: x.asOf, due_date: x.dueDate,
      previous_arrears: formatMoney(prevArrears), current: formatMoney(currentDue), credit: formatMoney(x.bal.credit),
      paid: formatMoney(x.payments.reduce((a, p) => a + parseMoney(p.amount), 0)),
      due: formatMoney(due), due_upper: amountInWords(due),
      methods: '现金、银行卡、微信、支付宝、银行转账',
      bank: x.bank ? `${x.bank.name} ${x.bank.account}${x.bank.holder ? `（${x.bank.holder}）` : ''}` : '',
    },
    rows,
    payments: x.payments.map((p) => ({ date: p.at.slice(0, 10), receipt: p.receipt, method: labelZh('payMethod', p.method), amount: p.amount })),
  };
}

/** A dunning notice: the debt, its periods, a reasonable deadline (民法典 art. 944 催告). */
export function dunningData(x: { unit: UnitRecord; ownerName: string; stage: string; stageLabel: string; bills: { period: string; item: string; amount: Fen; due: string }[]; items: readonly FeeItem[]; deadline: string; date: string }): Record<string, unknown> {
  const total = x.bills.reduce((a, b) => a + b.amount, 0);
  return {
    unit: { id: x.unit.id, area: x.unit.area }, owner: { name: x.ownerName },
    notice: { stage: x.stageLabel, date: x.date, deadline: x.deadline, total: formatMoney(total), upper: amountInWords(total), periods: [...new Set(x.bills.map((b) => b.period))].join('、') },
    rows: x.bills.map((b) => ({ period: b.period, item: itemName(x.items, b.item), due: b.due, amount: formatMoney(b.amount) })),
  };
}

/** The published price list (三.7.5): every item with its rule, rate in force and basis. */
export function priceListData(items: readonly FeeItem[], date: string): Record<string, unknown> {
  return {
    list: { date },
    rows: items.map((i) => ({
      code: i.code, name: i.name, kind: labelZh('feeKind', i.kind), rule: labelZh('feeRule', i.rule),
      rate: rateOn(i, date) ?? '—', types: (i.unit_types ?? []).map((t) => labelZh('unitType', t)).join('、') || '全部', basis: i.basis ?? '',
    })),
  };
}
