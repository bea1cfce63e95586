// Fee reports (07-fees.md "Reports"): ledger, collection (with a chart in the PDF), daily, arrears, books,
// disclosure — built in the one report model (reports/sheets.ts) and written by emitReport: xlsx (streamed on
// a worker thread), or a table, CSV or JSON. e.g. wuye fee report ledger --year 2026 --xlsx ledger.xlsx ·
// wuye fee report collection --pdf rates.pdf
import { writeFileSync } from 'node:fs';
import { outputPath } from '../../../kit/outpath.js';
import { UsageError } from '../../../core/errors.js';
import { formatMoney } from '../../../core/money.js';
import { msg, t } from '../../../core/i18n.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { emitReport, type Report } from '../../../kit/report.js';
import { feeItems } from '../accounts.js';
import { renderFee } from '../render.js';
import type { RateRow } from '../reports/data.js';
import {
  arrearsReport,
  booksReport,
  collectionData,
  collectionReport,
  dailyReport,
  disclosureReport,
  ledgerReport,
  reportHead,
} from '../reports/sheets.js';

const NAMES = ['ledger', 'collection', 'daily', 'arrears', 'books', 'disclosure'] as const;
type Name = (typeof NAMES)[number];

export function parse(l: Line) {
  const name = l.arg(0) as Name;
  if (!NAMES.includes(name))
    throw new UsageError(
      msg(`没有报表 ${name}`, `no report ${name}`),
      msg(`可用: ${NAMES.join(', ')}`, `available: ${NAMES.join(', ')}`),
    );
  // the ledger can run over every year (--year all: each bill line since the first account)
  const y = l.text('year');
  const everyYear = name === 'ledger' && y === 'all';
  if (name === 'ledger' && !everyYear && y !== undefined && !/^\d{4}$/.test(y))
    throw new UsageError(
      msg(
        `--year 应为年份（如 2026）或 all（全部年度），而不是 "${y}"`,
        `--year is a year (e.g. 2026) or all (every year), not "${y}"`,
      ),
    );
  const year = everyYear ? undefined : l.int('year', 2000, 2100);
  const date = l.date('date');
  const pdf = l.text('pdf');
  if (pdf !== undefined && name !== 'collection')
    throw new UsageError(msg('--pdf 只用于 collection 报表', '--pdf is for the collection report'));
  return { name, everyYear, year, date, pdf, xlsx: l.text('xlsx'), format: l.choice<'table' | 'csv'>('format') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const s = ctx.shown; // what the reports show: personal data masked unless --reveal
  const head = reportHead(ctx);
  const year = o.year ?? Number(ctx.today().slice(0, 4));
  const date = o.date ?? ctx.today();
  const cashiers = () =>
    [...s.all<StaffRecord>('staff')].filter((x) => (x.data.roles as string[]).includes('cashier')).map((x) => x.id);
  let report: Report;
  if (o.name === 'collection') {
    // the service fees billed every period (periodic items), not what was collected for others or once
    const periodic = new Set(ctx.config.fees.items.filter((i) => i.kind === 'periodic').map((i) => i.code));
    const data = collectionData(s, year, periodic.size ? (item) => periodic.has(item) : undefined);
    if (o.pdf) return collectionPdf(ctx, o.pdf, year, data.rows);
    report = collectionReport(head, year, data);
  } else
    report =
      o.name === 'ledger'
        ? ledgerReport(s, head, o.everyYear ? undefined : year)
        : o.name === 'arrears'
          ? arrearsReport(s, head, date)
          : o.name === 'daily'
            ? dailyReport(s, head, date, cashiers())
            : o.name === 'books'
              ? booksReport(s, head)
              : disclosureReport(s, head, year, feeItems(ctx.config.fees));
  // --format csv prints the first sheet: the ledger, the rates by building and month, the books' summary, the
  // disclosure's income (its spending sheet is a blank the center fills in)
  await emitReport(ctx, report, { xlsx: o.xlsx, format: o.format, csvSheet: 0 });
}

/** The collection rates as a PDF, with a bar chart of each building's rate over the year. */
async function collectionPdf(ctx: Ctx, pdf: string, year: number, rates: readonly RateRow[]): Promise<void> {
  const byB = new Map<string, { b: number; r: number }>();
  for (const r of rates) {
    const m = byB.get(r.building) ?? { b: 0, r: 0 };
    m.b += r.billed;
    m.r += r.received;
    byB.set(r.building, m);
  }
  const chart = [...byB].map(([b, m]) => ({
    label: `${b}栋`,
    rate: m.b ? Math.round((m.r / m.b) * 10000) / 100 : 0,
  }));
  const rows = rates.map((x) => ({ ...x, billed: formatMoney(x.billed), received: formatMoney(x.received) }));
  const file = outputPath(ctx, pdf, '');
  writeFileSync(
    file,
    await renderFee(ctx, {
      form: 'fee/collection',
      data: { report: { year: String(year) }, rows, chart },
      id: String(year),
      date: ctx.today(),
    }),
  );
  ctx.out.line(t(msg(`已写入 ${file}`, `wrote ${file}`)));
}
