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
  /** Which reprint this is (1 = the first 补打) and when it was made; absent for the original. */
  reprint?: { n: number; at: string };
}

const cnDate = (iso: string): string => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};

/** The latest reprint recorded on a payment (payments[].reprints), as receiptData takes it. */
export function lastReprint(p: Payment): { n: number; at: string } | undefined {
  const r = p.reprints ?? [];
  return r.length ? { n: r.length, at: r[r.length - 1].at } : undefined;
}

/**
 * The receipt: figures and the uppercase amount, each line (item, period) and the 合计 the payment records, the
 * cashier, the number; a reprint says 补打 with its count and date on every copy, a voided receipt 作废.
 */
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
        p.void
          ? `作废：${p.void.reason}`
          : x.reprint
            ? `补打（第 ${x.reprint.n} 次，${cnDate(x.reprint.at)}），原收据 ${cnDate(p.at)} 开具`
            : '',
        p.booked ? `记账日期 ${p.booked}（日结后收款）` : '',
      ]
        .filter(Boolean)
        .join('；'),
      stamp: [
        p.void ? '作废' : x.reprint ? `补打 第${x.reprint.n}次 ${cnDate(x.reprint.at)}` : '',
        p.booked ? `记账日期 ${p.booked}（日结后收款）` : '',
      ]
        .filter(Boolean)
        .join('  '),
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
      periods: [...new Set(x.bills.map((b) => b.period))],
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

/** The renovation charges of wuye.yaml `renovation:` the price list shows (the case collects them through the cashier). */
export interface RenovationCharges {
  deposit: string;
  deposit_special: string;
  management_fee_per_m2: string;
  debris_fee_per_m2: string;
  pass_fee: string;
  pass_deposit: string;
}

/** The price list's document number, e.g. JMB-20261128 for the list in force from 2026-11-28. */
export const priceListNumber = (date: string): string => `JMB-${date.replace(/-/g, '')}`;

/**
 * The published price list (三.7.5): every item with its rule, rate in force and basis — the fee items, every
 * charge the renovation procedure collects (management fee, debris removal, pass fee and deposit, the deposits)
 * and the monthly parking pass, so nothing is collected on the fee accounts that is not on the list. Its number, date and seal go on the form.
 */
export function priceListData(
  items: readonly FeeItem[],
  date: string,
  renovation?: RenovationCharges,
  parking?: { pass_fee?: string },
): Record<string, unknown> {
  const rows = items.map((i) => ({
    code: i.code,
    name: i.name,
    kind: labelZh('feeKind', i.kind),
    rule: labelZh('feeRule', i.rule),
    rate: rateOn(i, date) ?? '—',
    types: (i.unit_types ?? []).map((t) => labelZh('unitType', t)).join('、') || '全部',
    // the price document of the rate in force (fee rate --document), after the item's own basis
    basis: [i.basis, rateEntryOn(i, date)?.document].filter(Boolean).join('；'),
  }));
  if (renovation) {
    const row = (code: string, name: string, kind: string, rate: string, rule: string, types: string) => ({
      code,
      name,
      kind,
      rule,
      rate,
      types,
      basis: '装修管理规定；装修施工协议书',
    });
    // the deposits are listed once: as fee items when wuye.yaml has them, else from the renovation settings
    const hasDeposits = items.some((i) => i.kind === 'deposit' && i.name.includes('装修'));
    if (!hasDeposits)
      rows.push(
        row('renovation-deposit', '装修押金（住宅）', '押金', renovation.deposit, '元/户', '住宅'),
        row(
          'renovation-deposit-special',
          '装修押金（商铺、办公）',
          '押金',
          renovation.deposit_special,
          '元/户',
          '商铺、办公',
        ),
      );
    rows.push(
      row(
        'renovation-management',
        '装修管理费',
        '一次性',
        renovation.management_fee_per_m2,
        '元/平方米（建筑面积）',
        '全部',
      ),
      row(
        'renovation-debris',
        '装修垃圾清运费（委托清运）',
        '一次性',
        renovation.debris_fee_per_m2,
        '元/平方米（建筑面积）',
        '全部',
      ),
      row('renovation-pass-fee', '施工人员出入证工本费', '一次性', renovation.pass_fee, '元/人', '全部'),
      row(
        'renovation-pass-deposit',
        '施工人员出入证押金（退证时退还）',
        '押金',
        renovation.pass_deposit,
        '元/人',
        '全部',
      ),
    );
  }
  // the monthly parking pass the cashier takes on the fee account (parking pass new|renew, item parking-pass)
  if (parking?.pass_fee && !items.some((i) => i.code === 'parking-pass'))
    rows.push({
      code: 'parking-pass',
      name: labelZh('feeItem', 'parking-pass'),
      kind: labelZh('feeKind', 'periodic'),
      rule: '元/车·月（预交）',
      rate: parking.pass_fee,
      types: '全部',
      basis: '停车场收费公示',
    });
  return { list: { date, number: priceListNumber(date) }, rows };
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
      // the receipt as last issued: the latest recorded reprint (补打 with its count), else the original
      const reprint = lastReprint(payment);
      return {
        id: no,
        date: reprint?.at ?? payment.at.slice(0, 10),
        data: receiptData({
          payment,
          unit,
          items: feeItems(ctx.config.fees),
          cashierName: cashier,
          ownerName: ownerName(ctx.store, unit),
          reprint,
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
      return {
        id: priceListNumber(date),
        date,
        data: priceListData(feeItems(ctx.config.fees), date, ctx.config.renovation, ctx.config.parking),
      };
    },
  },
];
