// Fee reports (07-fees.md "Reports"): ledger, collection (with a chart in the PDF), daily, arrears, books,
// disclosure — as xlsx (streamed by src/render/xlsx), or a table, CSV or JSON.
// e.g. wuye fee report ledger --year 2026 --xlsx ledger.xlsx · wuye fee report collection --pdf rates.pdf
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { optDate, optInt, str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { UsageError } from '../../../core/errors.js';
import { lang, msg, t } from '../../../core/i18n.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import { feeItems } from '../accounts.js';
import { renderFee } from '../render.js';
import {
  arrearsReport,
  booksReport,
  collectionReport,
  dailyReport,
  disclosureReport,
  ledgerReport,
  type Report,
} from '../reports/sheets.js';
import { csvCell } from '../roles.js';

const NAMES = ['ledger', 'collection', 'daily', 'arrears', 'books', 'disclosure'] as const;

export async function run(ctx: Ctx, [name]: string[], opts: Opts): Promise<void> {
  if (!(NAMES as readonly string[]).includes(name))
    throw new UsageError(
      msg(`没有报表 ${name}`, `no report ${name}`),
      msg(`可用: ${NAMES.join(', ')}`, `available: ${NAMES.join(', ')}`),
    );
  // the ledger can run over every year (--year all: each bill line since the first account)
  const everyYear = name === 'ledger' && str(opts, 'year') === 'all';
  if (name === 'ledger' && !everyYear && str(opts, 'year') !== undefined && !/^\d{4}$/.test(str(opts, 'year')!)) {
    throw new UsageError(
      msg(
        `--year 应为年份（如 2026）或 all（全部年度），而不是 "${str(opts, 'year')}"`,
        `--year is a year (e.g. 2026) or all (every year), not "${str(opts, 'year')}"`,
      ),
    );
  }
  const year = everyYear ? 0 : (optInt(opts, 'year', '--year', 2000, 2100) ?? Number(ctx.today().slice(0, 4)));
  const date = optDate(opts, 'date', '--date') ?? ctx.today();
  const s = ctx.store;
  const report: Report =
    name === 'ledger'
      ? ledgerReport(s, everyYear ? undefined : year)
      : name === 'collection'
        ? collectionReport(s, year)
        : name === 'arrears'
          ? arrearsReport(s, date)
          : name === 'daily'
            ? dailyReport(
                s,
                date,
                [...s.all<StaffRecord>('staff')]
                  .filter((x) => (x.data.roles as string[]).includes('cashier'))
                  .map((x) => x.id),
              )
            : name === 'books'
              ? booksReport(s)
              : disclosureReport(s, year, feeItems(ctx.config.fees));
  const xlsx = str(opts, 'xlsx');
  const pdf = str(opts, 'pdf');
  if (pdf) {
    if (name !== 'collection')
      throw new UsageError(msg('--pdf 只用于 collection 报表', '--pdf is for the collection report'));
    const rows = [...report.sheets[0].rows] as {
      building: string;
      period: string;
      billed: string;
      received: string;
      rate: number;
    }[];
    const byB = new Map<string, { b: number; r: number }>();
    for (const r of rows) {
      const m = byB.get(r.building) ?? { b: 0, r: 0 };
      m.b += Number(r.billed);
      m.r += Number(r.received);
      byB.set(r.building, m);
    }
    const chart = [...byB].map(([b, m]) => ({
      label: `${b}栋`,
      rate: m.b ? Math.round((m.r / m.b) * 10000) / 100 : 0,
    }));
    const file = resolve(ctx.cwd, pdf);
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
    return;
  }
  if (xlsx) {
    const file = resolve(ctx.cwd, xlsx);
    await writeXlsx(ctx, report, file);
    ctx.out.line(t(msg(`已写入 ${file}`, `wrote ${file}`)));
    return;
  }
  const sheet = report.sheets[0];
  const rows = [...sheet.rows];
  if (ctx.globals.json) {
    ctx.out.json({
      title: report.title,
      period: report.period,
      sheets: report.sheets.map((sh) => ({ name: sh.name, rows: sh === sheet ? rows : [...sh.rows] })),
    });
    return;
  }
  if (str(opts, 'format') === 'csv') {
    ctx.out.line(sheet.columns.map((c) => csvCell(lang() === 'en' ? c.header_en : c.header)).join(','));
    for (const r of rows) ctx.out.line(sheet.columns.map((c) => csvCell(r[c.key])).join(','));
    return;
  }
  ctx.out.line(t(msg(report.title, report.title_en)) + (report.period ? ` · ${report.period}` : ''));
  ctx.out.table(
    rows,
    sheet.columns.map((c) => ({
      key: c.key,
      header: msg(c.header, c.header_en),
      get: (r: Record<string, unknown>) => r[c.key] as string,
      align: c.format && c.format !== 'text' ? ('right' as const) : ('left' as const),
    })),
  );
}

/** Through the shared xlsx writer (src/render/xlsx: streamed, frozen header, SUM totals), loaded only here. */
async function writeXlsx(ctx: Ctx, report: Report, file: string): Promise<void> {
  const { writeXlsx: write } = await import('../../../render/xlsx/index.js');
  const TYPES = { text: 'text', money: 'money', date: 'date', percent: 'number', int: 'integer' } as const;
  const op = ctx.globals.as; // reports need no operator; named when one is given
  await write(
    {
      title: msg(report.title, report.title_en),
      center: ctx.config.center.name,
      period: report.period || undefined,
      generatedAt: ctx.now(),
      generatedBy: op,
      sheets: report.sheets.map((sh) => ({
        name: sh.name,
        totals: Boolean(sh.totals?.length),
        rows: sh.rows,
        columns: sh.columns.map((c) => ({
          key: c.key,
          header: msg(c.header, c.header_en),
          type: TYPES[c.format ?? 'text'],
          total: sh.totals?.includes(c.key),
          width: c.width,
        })),
      })),
    },
    file,
  );
}
