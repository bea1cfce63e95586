// The car park's month (spec 09-parking.md "Commands": parking report --month M --xlsx; manual 四.10): the
// summary (pass fees, temporary parking by method, shifts and their differences), every shift, every pass
// payment and every invoice book's use in the month. Pure: built from the records.
// e.g. buildReport({ shifts, passes, books }, names, '2026-11', meta) → Report
import { msg } from '../../core/i18n.js';
import { label } from '../../core/labels.js';
import { parseMoney } from '../../core/money.js';
import type { Report, ReportRow } from '../../render/report.js';
import { accounting, num, type Book, type Pass, type Shift } from './rules.js';

export interface Meta {
  center: string;
  generatedAt: string;
  generatedBy?: string;
}

const signed = (s: string | undefined) =>
  s === undefined ? 0 : s.startsWith('-') ? -parseMoney(s.slice(1)) : parseMoney(s);

export function buildReport(
  r: { shifts: readonly Shift[]; passes: readonly Pass[]; books: readonly Book[] },
  names: ReadonlyMap<string, string>,
  month: string,
  meta: Meta,
): Report {
  const shifts = r.shifts.filter((s) => s.date.startsWith(month)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const elec = (s: Shift, m: string) =>
    (s.electronic ?? []).filter((e) => e.method === m).reduce((t, e) => t + parseMoney(e.amount), 0);
  const shiftRows: ReportRow[] = shifts.map((s) => ({
    id: s.id,
    date: s.date,
    shift: label('parkingShift', s.shift),
    attendant: names.get(s.attendant) ?? s.attendant,
    entries: s.entries ?? 0,
    invoices: (s.invoices ?? []).reduce((t, i) => t + parseMoney(i.amount), 0),
    wechat: elec(s, 'wechat'),
    alipay: elec(s, 'alipay'),
    expected: s.expected_cash === undefined ? 0 : parseMoney(s.expected_cash),
    cash: s.cash === undefined ? 0 : parseMoney(s.cash),
    difference: signed(s.difference),
    state: label('shiftState', s.state),
    explanation: s.explanation ?? '',
  }));
  const payments = r.passes
    .flatMap((p) => p.payments.filter((x) => x.at.startsWith(month)).map((x) => ({ p, x })))
    .sort((a, b) => (a.x.at < b.x.at ? -1 : 1));
  const payRows: ReportRow[] = payments.map(({ p, x }) => ({
    pass: p.id,
    plate: p.plate,
    unit: p.unit,
    from: x.from,
    to: x.to,
    months: x.months,
    amount: parseMoney(x.amount),
    method: x.method ? label('payMethod', x.method) : '',
    receipt: x.receipt,
    date: x.at.slice(0, 10),
  }));
  const sum = (rows: ReportRow[], k: string) => rows.reduce((t, x) => t + (x[k] as number), 0);
  const flagged = shiftRows.filter((x) => x.difference !== 0);
  const summary: ReportRow[] = [
    { item: '月卡费', count: payRows.length, amount: sum(payRows, 'amount') },
    { item: '临时停车（定额发票）', count: sum(shiftRows, 'entries'), amount: sum(shiftRows, 'invoices') },
    { item: '　其中 微信支付', count: 0, amount: sum(shiftRows, 'wechat') },
    { item: '　其中 支付宝', count: 0, amount: sum(shiftRows, 'alipay') },
    { item: '　其中 现金（实交）', count: shiftRows.length, amount: sum(shiftRows, 'cash') },
    { item: '班次差额（有差额的班次数）', count: flagged.length, amount: sum(flagged, 'difference') },
  ];
  const bookRows: ReportRow[] = r.books
    .map((b) => {
      const d = parseMoney(b.denomination);
      const used = (b.uses ?? [])
        .filter((u) => u.at.startsWith(month))
        .reduce((t, u) => t + num(u.to) - num(u.from) + 1, 0);
      const voided = (b.voids ?? []).filter((v) => v.at.startsWith(month)).length;
      return { b, d, used, voided };
    })
    .filter(({ b, used, voided }) => used || voided || b.issued.at.startsWith(month) || b.state !== 'closed')
    .sort((a, b) => (a.b.id < b.b.id ? -1 : 1))
    .map(({ b, d, used, voided }) => ({
      book: b.id,
      denomination: d,
      range: `${b.first}–${b.last}`,
      holder: names.get(b.issued.to) ?? b.issued.to,
      used,
      voided,
      amount: used * d,
      accounted: accounting(b).status.size,
      state: label('invoiceBookState', b.state),
    }));
  return {
    title: msg('停车场收费月报', 'Car park month'),
    center: meta.center,
    period: month,
    generatedAt: meta.generatedAt,
    generatedBy: meta.generatedBy,
    sheets: [
      {
        name: msg('汇总', 'Summary'),
        rows: summary,
        columns: [
          { key: 'item', header: msg('项目', 'Item') },
          { key: 'count', header: msg('笔数/车次', 'Count'), type: 'integer' },
          { key: 'amount', header: msg('金额', 'Amount'), type: 'money' },
        ],
      },
      {
        name: msg('班次', 'Shifts'),
        totals: true,
        rows: shiftRows,
        columns: [
          { key: 'id', header: msg('班次', 'Shift') },
          { key: 'date', header: msg('日期', 'Date'), type: 'date' },
          { key: 'shift', header: msg('班', 'Shift') },
          { key: 'attendant', header: msg('收费员', 'Attendant') },
          { key: 'entries', header: msg('车次', 'Entries'), type: 'integer', total: true },
          { key: 'invoices', header: msg('发票金额', 'Invoices'), type: 'money', total: true },
          { key: 'wechat', header: msg('微信', 'WeChat'), type: 'money', total: true },
          { key: 'alipay', header: msg('支付宝', 'Alipay'), type: 'money', total: true },
          { key: 'expected', header: msg('应交现金', 'Cash due'), type: 'money', total: true },
          { key: 'cash', header: msg('实交现金', 'Cash'), type: 'money', total: true },
          { key: 'difference', header: msg('差额', 'Difference'), type: 'money', total: true },
          { key: 'state', header: msg('状态', 'State') },
          { key: 'explanation', header: msg('差额说明', 'Explanation') },
        ],
      },
      {
        name: msg('月卡缴费', 'Pass payments'),
        totals: true,
        rows: payRows,
        columns: [
          { key: 'pass', header: msg('卡号', 'Card') },
          { key: 'plate', header: msg('车牌', 'Plate') },
          { key: 'unit', header: msg('房屋', 'Unit') },
          { key: 'from', header: msg('起始月', 'From') },
          { key: 'to', header: msg('截止月', 'Through') },
          { key: 'months', header: msg('月数', 'Months'), type: 'integer', total: true },
          { key: 'amount', header: msg('金额', 'Amount'), type: 'money', total: true },
          { key: 'method', header: msg('方式', 'Method') },
          { key: 'receipt', header: msg('收据号', 'Receipt') },
          { key: 'date', header: msg('日期', 'Date'), type: 'date' },
        ],
      },
      {
        name: msg('发票本', 'Invoice books'),
        totals: true,
        rows: bookRows,
        columns: [
          { key: 'book', header: msg('发票本', 'Book') },
          { key: 'denomination', header: msg('面额', 'Denomination'), type: 'money' },
          { key: 'range', header: msg('号码段', 'Numbers') },
          { key: 'holder', header: msg('领用人', 'Holder') },
          { key: 'used', header: msg('本月使用', 'Used this month'), type: 'integer', total: true },
          { key: 'voided', header: msg('本月作废', 'Voided this month'), type: 'integer', total: true },
          { key: 'amount', header: msg('金额', 'Amount'), type: 'money', total: true },
          { key: 'accounted', header: msg('已有着落的号码', 'Numbers accounted for'), type: 'integer' },
          { key: 'state', header: msg('状态', 'State') },
        ],
      },
    ],
  };
}
