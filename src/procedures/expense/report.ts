// The month's expense report (spec 08-expense.md "Commands": expense report --month M --xlsx; manual 四.8):
// claims filed in the month by category and by claimant (rejected ones left out of the totals, listed in
// the details with their state), and every invoice. Pure: built from the claims and the staff names.
// e.g. buildReport(claims, names, '2026-11', meta) → Report (emitReport writes the xlsx)
import { msg } from '../../core/i18n.js';
import { label } from '../../core/labels.js';
import { parseMoney } from '../../core/money.js';
import type { Report, ReportRow } from '../../render/report.js';
import { invoiceText, type Claim } from './rules.js';

export interface Meta {
  center: string;
  generatedAt: string;
  generatedBy?: string;
}

export function buildReport(
  all: readonly Claim[],
  names: ReadonlyMap<string, string>,
  month: string,
  meta: Meta,
): Report {
  const claims = all.filter((c) => c.date.startsWith(month)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const counted = claims.filter((c) => c.state !== 'rejected');
  const group = (key: (c: Claim) => string) => {
    const m = new Map<string, { count: number; amount: number; paid: number }>();
    for (const c of counted) {
      const g = m.get(key(c)) ?? { count: 0, amount: 0, paid: 0 };
      g.count++;
      g.amount += parseMoney(c.amount);
      if (c.state === 'paid') g.paid += parseMoney(c.amount);
      m.set(key(c), g);
    }
    return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  };
  const byCategory: ReportRow[] = group((c) => c.category).map(([k, g]) => ({
    category: label('expenseCategory', k),
    count: g.count,
    amount: g.amount,
    paid: g.paid,
    unpaid: g.amount - g.paid,
  }));
  const byClaimant: ReportRow[] = group((c) => c.claimant).map(([k, g]) => ({
    claimant: k,
    name: names.get(k) ?? '',
    count: g.count,
    amount: g.amount,
    paid: g.paid,
    unpaid: g.amount - g.paid,
  }));
  const money = (key: string, header: ReturnType<typeof msg>) => ({ key, header, type: 'money' as const, total: true });
  return {
    title: msg('费用报销月报', 'Expense claims of the month'),
    center: meta.center,
    period: month,
    generatedAt: meta.generatedAt,
    generatedBy: meta.generatedBy,
    sheets: [
      {
        name: msg('按类别', 'By category'),
        totals: true,
        rows: byCategory,
        columns: [
          { key: 'category', header: msg('类别', 'Category') },
          { key: 'count', header: msg('张数', 'Claims'), type: 'integer', total: true },
          money('amount', msg('金额', 'Amount')),
          money('paid', msg('已付', 'Paid')),
          money('unpaid', msg('未付', 'Unpaid')),
        ],
      },
      {
        name: msg('按报销人', 'By claimant'),
        totals: true,
        rows: byClaimant,
        columns: [
          { key: 'claimant', header: msg('员工', 'Staff') },
          { key: 'name', header: msg('姓名', 'Name') },
          { key: 'count', header: msg('张数', 'Claims'), type: 'integer', total: true },
          money('amount', msg('金额', 'Amount')),
          money('paid', msg('已付', 'Paid')),
          money('unpaid', msg('未付', 'Unpaid')),
        ],
      },
      {
        name: msg('明细', 'Details'),
        totals: true,
        rows: claims.flatMap((c) =>
          c.lines.map((l) => ({
            id: c.id,
            date: c.date,
            claimant: names.get(c.claimant) ?? c.claimant,
            category: label('expenseCategory', c.category),
            state: label('expenseState', c.state),
            invoice: invoiceText(l),
            issuer: l.issuer,
            invoice_date: l.date,
            amount: c.state === 'rejected' ? 0 : parseMoney(l.amount),
            claimed: parseMoney(l.amount),
          })),
        ),
        columns: [
          { key: 'id', header: msg('报销单', 'Claim') },
          { key: 'date', header: msg('日期', 'Date'), type: 'date' },
          { key: 'claimant', header: msg('报销人', 'Claimant') },
          { key: 'category', header: msg('类别', 'Category') },
          { key: 'state', header: msg('状态', 'State') },
          { key: 'invoice', header: msg('发票代码及号码', 'Invoice') },
          { key: 'issuer', header: msg('开票单位', 'Issuer') },
          { key: 'invoice_date', header: msg('开票日期', 'Invoice date'), type: 'date' },
          money('claimed', msg('票面金额', 'Invoice amount')),
          money('amount', msg('计入金额（退回的不计）', 'Counted (rejected left out)')),
        ],
      },
    ],
  };
}
