// The fee reports as plain sheet models (07-fees.md "Reports"): ledger, collection rates, arrears ageing,
// daily cash report, receipt book usage, yearly income disclosure (收支情况公布). The xlsx writer of
// src/render/xlsx draws them; --format table/csv and --json print them. e.g. buildReport(ctx, 'ledger', {year: 2026})
import type { Store } from '../../../core/store.js';
import { formatMoney } from '../../../core/money.js';
import { allBooks, scanAccounts } from '../accounts.js';
import { dayEntries } from '../cashday.js';
import { bookRegister, type FeeItem } from '../rules.js';
import { arrearsRows, collectionRows, incomeByItem, ledgerRows, rateSummary } from './data.js';

export type CellFormat = 'text' | 'money' | 'date' | 'percent' | 'int';
export interface SheetColumn {
  key: string;
  header: string;
  header_en: string;
  format?: CellFormat;
  width?: number;
}
export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: Iterable<Record<string, unknown>>;
  totals?: string[];
}
export interface Report {
  title: string;
  title_en: string;
  period: string;
  sheets: Sheet[];
}

const money = (v: number) => formatMoney(v);
const col = (key: string, header: string, header_en: string, format?: CellFormat, width?: number): SheetColumn => ({
  key,
  header,
  header_en,
  format,
  width,
});

/** The ledger of a year's bills, or of every bill (year undefined). */
export function ledgerReport(store: Store, year: number | undefined): Report {
  const rows = function* () {
    for (const r of ledgerRows(scanAccounts(store, undefined, year), year))
      yield {
        ...r,
        billed: money(r.billed),
        received: money(r.received),
        adjusted: money(r.adjusted),
        owing: money(r.owing),
      };
  };
  return {
    title: '物业服务费台账（应收/实收/欠费）',
    title_en: 'Fee ledger (billed / received / owing)',
    period: year === undefined ? '全部年度' : String(year),
    sheets: [
      {
        name: '台账',
        columns: [
          col('unit', '房屋', 'Unit'),
          col('building', '楼栋', 'Building'),
          col('item', '项目', 'Item'),
          col('period', '期间', 'Period'),
          col('billed', '应收', 'Billed', 'money'),
          col('received', '实收', 'Received', 'money'),
          col('adjusted', '减免', 'Adjusted', 'money'),
          col('owing', '欠费', 'Owing', 'money'),
        ],
        rows: rows(),
        totals: ['billed', 'received', 'adjusted', 'owing'],
      },
    ],
  };
}

export function collectionReport(store: Store, year: number): Report {
  const rows = collectionRows(ledgerRows(scanAccounts(store), year));
  const r = rateSummary(scanAccounts(store), year);
  const pct = (a: number, b: number) => (b ? Math.round((a * 10000) / b) / 100 : 0);
  const summary = [
    {
      what: '收缴率（本年账单实收 ÷ 应收）',
      value: pct(r.received, r.billed),
      a: money(r.received),
      b: money(r.billed),
    },
    {
      what: '当期收缴率（当月内收到 ÷ 应收）',
      value: pct(r.currentReceived, r.billed),
      a: money(r.currentReceived),
      b: money(r.billed),
    },
    {
      what: '欠费回收率（本年收回往年欠费 ÷ 年初欠费）',
      value: pct(r.recovered, r.arrearsAtStart),
      a: money(r.recovered),
      b: money(r.arrearsAtStart),
    },
  ];
  return {
    title: '物业服务费收缴率',
    title_en: 'Collection rates',
    period: String(year),
    sheets: [
      {
        name: '收缴率',
        columns: [
          col('building', '楼栋', 'Building'),
          col('period', '期间', 'Period'),
          col('billed', '应收', 'Billed', 'money'),
          col('received', '实收', 'Received', 'money'),
          col('rate', '收缴率（%）', 'Rate (%)', 'percent'),
        ],
        rows: rows.map((x) => ({ ...x, billed: money(x.billed), received: money(x.received) })),
        totals: ['billed', 'received'],
      },
      {
        name: '汇总',
        columns: [
          col('what', '指标', 'Rate', 'text', 40),
          col('value', '比率（%）', 'Rate (%)', 'percent'),
          col('a', '分子', 'Numerator', 'money'),
          col('b', '分母', 'Denominator', 'money'),
        ],
        rows: summary,
      },
    ],
  };
}

export function arrearsReport(store: Store, asOf: string): Report {
  const rows = arrearsRows(scanAccounts(store), asOf);
  return {
    title: '欠费账龄分析',
    title_en: 'Arrears ageing',
    period: asOf,
    sheets: [
      {
        name: '账龄',
        columns: [
          col('unit', '房屋', 'Unit'),
          col('oldest', '最早欠费期', 'Oldest'),
          col('bills', '笔数', 'Bills', 'int'),
          col('b0', '0–3月', '0–3 m', 'money'),
          col('b3', '3–6月', '3–6 m', 'money'),
          col('b6', '6–12月', '6–12 m', 'money'),
          col('b12', '12月以上', '>12 m', 'money'),
          col('total', '合计', 'Total', 'money'),
        ],
        rows: rows.map((r) => ({
          unit: r.unit,
          oldest: r.oldest,
          bills: r.bills,
          b0: money(r.buckets['0-3']),
          b3: money(r.buckets['3-6']),
          b6: money(r.buckets['6-12']),
          b12: money(r.buckets['12+']),
          total: money(r.total),
        })),
        totals: ['b0', 'b3', 'b6', 'b12', 'total'],
      },
    ],
  };
}

export function dailyReport(store: Store, date: string, cashiers: string[]): Report {
  const units = [...scanAccounts(store)];
  const rows = cashiers.flatMap((c) =>
    dayEntries(store, date, c, units).map((e) => ({
      cashier: c,
      no: e.payment.receipt,
      unit: e.unit,
      method: e.payment.method,
      amount: e.payment.void ? '0.00' : e.payment.amount,
      void: e.payment.void ? `作废：${e.payment.void.reason}` : '',
    })),
  );
  return {
    title: '收费日报',
    title_en: 'Daily cash report',
    period: date,
    sheets: [
      {
        name: '日报',
        columns: [
          col('cashier', '收款员', 'Cashier'),
          col('no', '收据号', 'Receipt'),
          col('unit', '房屋', 'Unit'),
          col('method', '方式', 'Method'),
          col('amount', '金额', 'Amount', 'money'),
          col('void', '作废', 'Void'),
        ],
        rows,
        totals: ['amount'],
      },
    ],
  };
}

export function booksReport(store: Store): Report {
  const books = allBooks(store);
  const summary = books.map((b) => {
    const reg = bookRegister(b);
    return {
      book: b.id,
      from: b.from,
      to: b.to,
      holder: b.issued?.to ?? '',
      used: reg.filter((r) => r.status === 'used').length,
      void: reg.filter((r) => r.status === 'void').length,
      free: reg.filter((r) => r.status === 'free').length,
      returned: b.returned?.at.slice(0, 10) ?? '',
      checked: b.checked?.at.slice(0, 10) ?? '',
    };
  });
  const detail = books.flatMap((b) =>
    bookRegister(b).map((r) => ({ book: b.id, ...r, status: { used: '已用', void: '作废', free: '未用' }[r.status] })),
  );
  return {
    title: '收据使用情况',
    title_en: 'Receipt book usage',
    period: '',
    sheets: [
      {
        name: '汇总',
        columns: [
          col('book', '收据本', 'Book'),
          col('from', '起', 'From'),
          col('to', '止', 'To'),
          col('holder', '领用人', 'Holder'),
          col('used', '已用', 'Used', 'int'),
          col('void', '作废', 'Void', 'int'),
          col('free', '未用', 'Free', 'int'),
          col('returned', '缴回', 'Returned'),
          col('checked', '核销', 'Checked'),
        ],
        rows: summary,
        totals: ['used', 'void', 'free'],
      },
      {
        name: '明细',
        columns: [
          col('book', '收据本', 'Book'),
          col('no', '号码', 'Number'),
          col('status', '状态', 'Status'),
          col('unit', '房屋', 'Unit'),
          col('amount', '金额', 'Amount', 'money'),
          col('reason', '作废原因', 'Why void'),
        ],
        rows: detail,
      },
    ],
  };
}

export function disclosureReport(store: Store, year: number, items: readonly FeeItem[]): Report {
  const income = incomeByItem(scanAccounts(store), year);
  const name = (k: string) =>
    k === 'late-fee'
      ? '滞纳金'
      : k === 'prepaid'
        ? '预存款'
        : k.startsWith('deposit:')
          ? `${items.find((i) => i.code === k.slice(8))?.name ?? k.slice(8)}（押金，代管）`
          : (items.find((i) => i.code === k)?.name ?? k);
  const rows = [...income].sort((a, b) => b[1] - a[1]).map(([k, v]) => ({ item: name(k), amount: money(v) }));
  return {
    title: `${year} 年度物业服务费收支情况公布`,
    title_en: `Fee income and spending ${year}`,
    period: String(year),
    sheets: [
      {
        name: '收入',
        columns: [col('item', '收入项目', 'Income item', 'text', 30), col('amount', '金额', 'Amount', 'money')],
        rows,
        totals: ['amount'],
      },
      {
        name: '支出',
        columns: [
          col('item', '支出项目（由服务中心填写）', 'Spending item (entered by the center)', 'text', 30),
          col('amount', '金额', 'Amount', 'money'),
        ],
        rows: [],
      },
    ],
  };
}
