// The data of the fee forms (07-fees.md "Forms"): receipt (three copies on one page), statement
// (缴费通知单/对账单), dunning notice (催缴通知书), price list (收费价目表), daily report (收费日报).
// Plain objects for templates/forms/fee/*.yaml; no pdfkit here. e.g. receiptData(acc, payment, ...)
import { NotFoundError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { FormDef } from '../../kit/forms.js';
import type { StaffRecord } from '../../core/types.gen.js';
import { accountId, allBooks, bookOfNumber, feeItems, ownerName, readUnit } from './accounts.js';
import { statementItem, statementRun } from './statements.js';
import { itemName, rateEntryOn, rateOn, type Account, type FeeItem, type Payment } from './rules.js';
import { labelZh } from '../../core/labels.js';
import { amountInWords, formatMoney, parseMoney, type Fen } from '../../core/money.js';
import type { UnitRecord } from '../../core/types.gen.js';

export interface ReceiptInput {
  payment: Payment;
  unit: Pick<UnitRecord, 'id' | 'area'>;
  items: readonly FeeItem[];
  cashierName: string;
  ownerName?: string;
  reprint?: boolean;
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
      no: p.receipt,
      book: p.book,
      date: p.at.slice(0, 10),
      payer: p.payer ?? x.ownerName ?? '',
      unit: x.unit.id,
      method: labelZh('payMethod', p.method),
      amount: p.amount,
      upper: amountInWords(amount),
      cashier: x.cashierName,
      mark: [
        p.void ? `作废：${p.void.reason}` : x.reprint ? '补打' : '',
        p.booked ? `记账日期 ${p.booked}（日结后收款）` : '',
      ]
        .filter(Boolean)
        .join('；'),
      booked: p.booked ?? p.at.slice(0, 10),
    },
    lines,
  };
}

const zhDate = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** The wording of each stage (民法典 art. 944): a reminder, a formal notice naming the next step, the final demand naming the consequence. */
export function dunningClosing(
  tone: 'reminder' | 'formal' | 'final',
  deadline: string,
  earlier: readonly { no?: string; label: string; date: string }[],
): string {
  const before = earlier.length
    ? `本中心已于${earlier.map((e) => `${zhDate(e.date)}发出${e.label}${e.no ? `（${e.no}）` : ''}`).join('、')}，您至今未缴清。`
    : '';
  switch (tone) {
    case 'reminder':
      return `请于${zhDate(deadline)}前到服务中心或通过对账单所列方式缴纳。如已缴纳，请忽略本通知；如对费用有异议，请与服务中心联系核对。`;
    case 'formal':
      return `${before}请于${zhDate(deadline)}前缴清上述欠费。逾期仍未缴纳的，本中心将向您发出最后催告。如对费用有异议，请在此期限内与服务中心联系核对。`;
    case 'final':
      return `本通知为最后催告。${before}请于${zhDate(deadline)}前缴清上述欠费；逾期仍不缴纳的，本中心将依照《中华人民共和国民法典》第九百四十四条的规定，依法向人民法院提起诉讼或者申请仲裁。`;
  }
}

/** A dunning notice: its number, the whole overdue debt as of its date, its periods, a reasonable deadline, the stage's wording (民法典 art. 944 催告). */
export function dunningData(x: {
  unit: UnitRecord;
  ownerName: string;
  no: string;
  stage: string;
  stageLabel: string;
  tone: 'reminder' | 'formal' | 'final';
  earlier: readonly { no?: string; label: string; date: string }[];
  bills: { period: string; item: string; amount: Fen; due: string }[];
  items: readonly FeeItem[];
  deadline: string;
  date: string;
}): Record<string, unknown> {
  const total = x.bills.reduce((a, b) => a + b.amount, 0);
  return {
    unit: { id: x.unit.id, area: x.unit.area },
    owner: { name: x.ownerName },
    notice: {
      no: x.no,
      stage: x.stageLabel,
      date: x.date,
      deadline: x.deadline,
      total: formatMoney(total),
      upper: amountInWords(total),
      periods: [...new Set(x.bills.map((b) => b.period))].join('、'),
      closing: dunningClosing(x.tone, x.deadline, x.earlier),
    },
    rows: x.bills.map((b) => ({
      period: b.period,
      item: itemName(x.items, b.item),
      due: b.due,
      amount: formatMoney(b.amount),
    })),
  };
}

/** The published price list (三.7.5): every item with its rule, rate in force and basis. */
export function priceListData(items: readonly FeeItem[], date: string): Record<string, unknown> {
  return {
    list: { date },
    rows: items.map((i) => ({
      code: i.code,
      name: i.name,
      kind: labelZh('feeKind', i.kind),
      rule: labelZh('feeRule', i.rule),
      rate: rateOn(i, date) ?? '—',
      types: (i.unit_types ?? []).map((t) => labelZh('unitType', t)).join('、') || '全部',
      // the price document of the rate in force (fee rate --document), after the item's own basis
      basis: [i.basis, rateEntryOn(i, date)?.document].filter(Boolean).join('；'),
    })),
  };
}

// ---------- the forms `wuye form` offers (templates/forms/README.md "Forms a procedure offers") ----------

export const FORMS: FormDef[] = [
  {
    name: 'fee-receipt',
    template: 'fee/receipt',
    title: msg('收款收据（三联）', 'receipt (three copies)'),
    idKind: 'receipt number',
    load(ctx, no) {
      const entry = (bookOfNumber(allBooks(ctx.store), no).numbers ?? []).find((n) => n.no === no);
      if (!entry?.unit) throw new NotFoundError(msg(`收据 ${no} 没有开出过`, `receipt ${no} was never issued`));
      const acc = ctx.store.read<Account>('fee-account', accountId(entry.at.slice(0, 4), entry.unit)).data;
      const payment = (acc.payments ?? []).find((p) => p.receipt === no)!;
      const unit = readUnit(ctx.store, entry.unit);
      const cashier = ctx.store.tryRead<StaffRecord>('staff', payment.cashier)?.data.name ?? payment.cashier;
      return {
        id: no,
        date: payment.at.slice(0, 10),
        data: receiptData({
          payment,
          unit,
          items: feeItems(ctx.config.fees),
          cashierName: cashier,
          ownerName: ownerName(ctx.store, unit),
          reprint: true,
        }),
      };
    },
  },
  {
    name: 'fee-statement',
    template: 'fee/statement',
    title: msg('缴费通知单/对账单（本月）', 'fee statement (this month)'),
    idKind: 'unit',
    load(ctx, id) {
      const unit = readUnit(ctx.store, id);
      const item = statementItem(ctx.store, statementRun(ctx, ctx.today().slice(0, 7)), unit.id);
      if (!item)
        throw new NotFoundError(
          msg(`房屋 ${unit.id} 没有收费账户`, `unit ${unit.id} has no fee account`),
          msg('先用 wuye fee bill 出账', 'bill it first with wuye fee bill'),
        );
      return { id: unit.id, date: item.date!, data: item.forms[0].data! };
    },
  },
  {
    name: 'fee-price-list',
    template: 'fee/price-list',
    title: msg('收费价目表', 'price list'),
    idKind: 'date (YYYY-MM-DD)',
    load(ctx, date) {
      return { id: date, date, data: priceListData(feeItems(ctx.config.fees), date) };
    },
  },
];
