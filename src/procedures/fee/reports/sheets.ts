// The fee reports in the one report model (07-fees.md "Reports"; forms-and-reports.md "Reports"): ledger,
// collection rates, arrears ageing, daily cash report, receipt book usage, yearly income disclosure (收支情况公布).
// Money is in fen; emitReport (src/kit/report.ts) writes them as xlsx, tables, CSV or JSON.
// e.g. await emitReport(ctx, ledgerReport(ctx.store, reportHead(ctx), 2026), { xlsx: 'ledger.xlsx' })
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { Store } from '../../../core/store.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import type { Ctx } from '../../../kit/context.js';
import type { ColumnType, Report, ReportColumn, ReportSheet } from '../../../render/report.js';
import { allBooks, ownerContact, scanAccounts } from '../accounts.js';
import { dayEntries } from '../cashday.js';
import { bookRegister, itemName, type FeeItem } from '../rules.js';
import {
  arrearsRows,
  collectionRows,
  incomeByItem,
  ledgerRows,
  rateSummary,
  type ArrearsRow,
  type RateRow,
  type RateSummary,
} from './data.js';

/** The title block every report carries: the center, when and by whom (an operator only when one is named). */
export type ReportHead = Pick<Report, 'center' | 'generatedAt' | 'generatedBy'>;
export const reportHead = (ctx: Ctx): ReportHead => ({
  center: ctx.config.center.name,
  generatedAt: ctx.now(),
  generatedBy: ctx.globals.as,
});

const col = (
  key: string,
  zh: string,
  en: string,
  type?: ColumnType,
  more: Partial<ReportColumn> = {},
): ReportColumn => ({ key, header: msg(zh, en), ...(type ? { type } : {}), ...more });
/** A staff member's name as the reports print it (the id only when the register does not know them). */
export const staffName = (store: Store, id: string | undefined): string =>
  id ? (store.tryRead<StaffRecord>('staff', id)?.data.name ?? id) : '';

/** A fee item's name as the reports print it (`mgmt-residential` → 物业服务费（住宅）): fee/rules.ts itemName. */
export { itemName };

/** A rate given in percent (41.58) as the fraction every workbook shows as 0.0% (0.4158 → 41.6%). */
const fraction = (pct: number): number => Math.round(pct * 100) / 10000;

/** A money column summed in the totals row. */
const sum = (key: string, zh: string, en: string): ReportColumn => col(key, zh, en, 'money', { total: true });

/** The ledger of a year's bills, or of every bill (year undefined): one row per bill line, streamed. */
export function ledgerReport(
  store: Store,
  head: ReportHead,
  year: number | undefined,
  items: readonly FeeItem[] = [],
): Report {
  return {
    ...head,
    title: msg('物业服务费台账（应收/实收/欠费）', 'Fee ledger (billed / received / owing)'),
    period: year === undefined ? '全部年度' : String(year),
    sheets: [
      {
        name: '台账',
        columns: [
          col('unit', '房屋', 'Unit'),
          col('building', '楼栋', 'Building'),
          col('item', '项目', 'Item'),
          col('period', '期间', 'Period'),
          sum('billed', '应收', 'Billed'),
          sum('received', '实收', 'Received'),
          sum('adjusted', '减免', 'Adjusted'),
          sum('owing', '欠费', 'Owing'),
        ],
        // the ledger rows as they come (fen), one unit's accounts at a time: memory stays flat
        rows: (function* () {
          for (const r of ledgerRows(scanAccounts(store, undefined, year), year))
            yield { ...r, item: itemName(items, r.item) };
        })(),
        totals: true,
      },
    ],
  };
}

/** Collection rates by building and month, and the three rates of the year (07-fees.md "Rules"). */
export function collectionData(
  store: Store,
  year: number,
  keep?: (item: string) => boolean,
): { rows: RateRow[]; summary: RateSummary } {
  return {
    rows: collectionRows(ledgerRows(scanAccounts(store), year), keep),
    summary: rateSummary(scanAccounts(store), year, keep),
  };
}

export function collectionReport(
  head: ReportHead,
  year: number,
  { rows, summary: r }: ReturnType<typeof collectionData>,
): Report {
  const pct = (a: number, b: number) => (b ? Math.round((a * 10000) / b) / 10000 : 0);
  return {
    ...head,
    title: msg('物业服务费收缴率', 'Collection rates'),
    period: String(year),
    sheets: [
      {
        name: '收缴率',
        columns: [
          col('building', '楼栋', 'Building'),
          col('period', '期间', 'Period'),
          sum('billed', '应收', 'Billed'),
          sum('received', '实收', 'Received'),
          // a fraction shown as 0.0%, as every workbook shows a rate
          col('rate', '收缴率', 'Rate', 'percent'),
        ],
        rows: rows.map((x) => ({ ...x, rate: fraction(x.rate) })),
        totals: true,
      },
      {
        name: '汇总',
        columns: [
          col('what', '指标', 'Rate', 'text', { width: 40 }),
          col('value', '比率', 'Rate', 'percent'),
          col('a', '分子', 'Numerator', 'money'),
          col('b', '分母', 'Denominator', 'money'),
        ],
        rows: [
          { what: '收缴率（本年账单实收 ÷ 应收）', value: pct(r.received, r.billed), a: r.received, b: r.billed },
          {
            what: '当期收缴率（当月内收到 ÷ 应收）',
            value: pct(r.currentReceived, r.billed),
            a: r.currentReceived,
            b: r.billed,
          },
          {
            what: '欠费回收率（本年收回往年欠费 ÷ 年初欠费）',
            value: pct(r.recovered, r.arrearsAtStart),
            a: r.recovered,
            b: r.arrearsAtStart,
          },
        ],
      },
    ],
  };
}

/** Whom a collector calls about a unit (the owner's name, the phone masked unless --reveal). */
export type Contact = (unit: string) => { name: string; phone: string };

/**
 * Arrears by age (0–3, 3–6, 6–12, >12 months): the sheet of fee report arrears and of fee arrears, with the
 * owner's name and phone for the collectors (issue 11 item 14).
 */
export function arrearsSheet(rows: readonly ArrearsRow[], contact?: Contact): ReportSheet {
  return {
    name: '账龄',
    columns: [
      col('unit', '房屋', 'Unit'),
      ...(contact ? [col('owner', '业主', 'Owner'), col('phone', '电话', 'Phone')] : []),
      col('oldest', '最早欠费期', 'Oldest'),
      col('bills', '笔数', 'Bills', 'integer'),
      sum('b0', '0–3月', '0–3 m'),
      sum('b3', '3–6月', '3–6 m'),
      sum('b6', '6–12月', '6–12 m'),
      sum('b12', '12月以上', '>12 m'),
      sum('total', '合计', 'Total'),
    ],
    rows: rows.map((r) => ({
      unit: r.unit,
      ...(contact ? { owner: contact(r.unit).name, phone: contact(r.unit).phone } : {}),
      oldest: r.oldest,
      bills: r.bills,
      b0: r.buckets['0-3'],
      b3: r.buckets['3-6'],
      b6: r.buckets['6-12'],
      b12: r.buckets['12+'],
      total: r.total,
    })),
    totals: true,
  };
}

export function arrearsReport(store: Store, head: ReportHead, asOf: string): Report {
  return {
    ...head,
    title: msg('欠费账龄分析', 'Arrears ageing'),
    period: asOf,
    sheets: [arrearsSheet(arrearsRows(scanAccounts(store), asOf), (u) => ownerContact(store, u))],
  };
}

export function dailyReport(store: Store, head: ReportHead, date: string, cashiers: readonly string[]): Report {
  const units = [...scanAccounts(store)];
  const rows = cashiers.flatMap((c) =>
    dayEntries(store, date, c, units).map((e) => ({
      cashier: staffName(store, c),
      no: e.payment.receipt,
      unit: e.unit,
      method: label('payMethod', e.payment.method),
      taken: e.payment.booked ? e.payment.at.slice(0, 10) : '',
      amount: e.payment.void ? 0 : e.payment.amount,
      void: e.payment.void ? `作废：${e.payment.void.reason}` : '',
    })),
  );
  return {
    ...head,
    title: msg('收费日报', 'Daily cash report'),
    period: date,
    sheets: [
      {
        name: '日报',
        columns: [
          col('cashier', '收款员', 'Cashier'),
          col('no', '收据号', 'Receipt'),
          col('unit', '房屋', 'Unit'),
          col('method', '方式', 'Method'),
          col('taken', '收款日期（日结后收款）', 'Taken on (after a close)', 'date'),
          sum('amount', '金额', 'Amount'),
          col('void', '作废', 'Void'),
        ],
        rows,
        totals: true,
      },
    ],
  };
}

/** How a number of a receipt book stands. */
export const NUMBER_STATUS = { used: msg('已用', 'used'), void: msg('作废', 'void'), free: msg('未用', 'not issued') };

export function booksReport(store: Store, head: ReportHead): Report {
  const books = allBooks(store);
  const summary = books.map((b) => {
    const reg = bookRegister(b);
    return {
      book: b.id,
      from: b.from,
      to: b.to,
      holder: staffName(store, b.issued?.to),
      used: reg.filter((r) => r.status === 'used').length,
      void: reg.filter((r) => r.status === 'void').length,
      free: reg.filter((r) => r.status === 'free').length,
      returned: b.returned?.at.slice(0, 10) ?? '',
      checked: b.checked?.at.slice(0, 10) ?? '',
    };
  });
  const detail = books.flatMap((b) =>
    bookRegister(b).map((r) => ({ book: b.id, ...r, status: t(NUMBER_STATUS[r.status]) })),
  );
  const count = (key: string, zh: string, en: string) => col(key, zh, en, 'integer', { total: true });
  return {
    ...head,
    title: msg('收据使用情况', 'Receipt book usage'),
    sheets: [
      {
        name: '汇总',
        columns: [
          col('book', '收据本', 'Book'),
          col('from', '起', 'From'),
          col('to', '止', 'To'),
          col('holder', '领用人', 'Holder'),
          count('used', '已用', 'Used'),
          count('void', '作废', 'Void'),
          count('free', '未用', 'Free'),
          col('returned', '缴回', 'Returned', 'date'),
          col('checked', '核销', 'Checked', 'date'),
        ],
        rows: summary,
        totals: true,
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

export function disclosureReport(store: Store, head: ReportHead, year: number, items: readonly FeeItem[]): Report {
  const income = incomeByItem(scanAccounts(store), year);
  const name = (k: string) =>
    k === 'late-fee'
      ? '滞纳金'
      : k === 'prepaid'
        ? '预存款'
        : k.startsWith('deposit:')
          ? `${items.find((i) => i.code === k.slice(8))?.name ?? k.slice(8)}（押金，代管）`
          : (items.find((i) => i.code === k)?.name ?? k);
  const rows = [...income].sort((a, b) => b[1] - a[1]).map(([k, v]) => ({ item: name(k), amount: v }));
  return {
    ...head,
    title: msg(`${year} 年度物业服务费收支情况公布`, `Fee income and spending ${year}`),
    period: String(year),
    sheets: [
      {
        name: '收入',
        columns: [col('item', '收入项目', 'Income item', 'text', { width: 30 }), sum('amount', '金额', 'Amount')],
        rows,
        totals: true,
      },
      {
        name: '支出',
        columns: [
          col('item', '支出项目（由服务中心填写）', 'Spending item (entered by the center)', 'text', { width: 30 }),
          col('amount', '金额', 'Amount', 'money'),
        ],
        rows: [],
      },
    ],
  };
}
