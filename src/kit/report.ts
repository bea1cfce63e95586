// The one output path of every report (spec forms-and-reports.md "Reports"; cli.md "Output"): a report
// model (src/render/report.ts) goes to an xlsx file (--xlsx, written on a worker thread by src/render/xlsx),
// or prints as one JSON document (--json), CSV of its details sheet (--format csv) or aligned tables.
// CSV is written by csv-stringify, with every cell that a spreadsheet would run as a formula (=, +, -, @, tab,
// CR first) neutralised by a leading apostrophe (OWASP "CSV injection") — the same guard as the xlsx writer's
// (neutralise, src/render/report.ts).
// e.g. await emitReport(ctx, report, { xlsx: o.xlsx, format: o.format })
import { stringify } from 'csv-stringify/sync';
import { lang, msg, t, type Lang } from '../core/i18n.js';
import {
  cellText,
  neutralise,
  screenText,
  sheetTotals,
  type ColumnType,
  type Report,
  type ReportRow,
} from '../render/report.js';
import type { Ctx } from './context.js';
import { outputPath } from './outpath.js';
import type { Out } from './output.js';

export type ReportFormat = 'table' | 'csv' | 'json';
export const REPORT_FORMATS = ['table', 'csv'] as const;

/** Rows as CSV text (header first), every cell guarded (a plain number, "-12.50", is left as it is). */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const guard = (r: readonly string[]) => r.map(neutralise);
  return stringify([guard(header), ...rows.map(guard)], { eof: false, record_delimiter: '\n' });
}

const jsonCell = (v: unknown, type: ColumnType | undefined, lg: Lang) =>
  type === 'money' ? cellText(v, 'money', lg) || null : (v ?? null);

/**
 * Print a report on stdout: a table per sheet, CSV of one sheet — the details sheet (the last) unless
 * `csvSheet` names another — or one JSON document.
 */
export function printReport(
  out: Out,
  report: Report,
  format: ReportFormat,
  lg: Lang = lang(),
  csvSheet = report.sheets.length - 1,
): void {
  const sheets = report.sheets.map((s) => ({ s, rows: [...s.rows] }));
  if (format === 'json') {
    out.json({
      title: t(report.title),
      center: report.center,
      period: report.period ?? null,
      generatedAt: report.generatedAt,
      generatedBy: report.generatedBy ?? null,
      sheets: sheets.map(({ s, rows }) => ({
        name: t(s.name),
        columns: s.columns.map((c) => ({ key: c.key, header: t(c.header), type: c.type ?? 'text' })),
        rows: rows.map((r) => Object.fromEntries(s.columns.map((c) => [c.key, jsonCell(r[c.key], c.type, lg)]))),
        ...(s.totals
          ? {
              totals: Object.fromEntries(
                Object.entries(sheetTotals(s, rows)).map(([k, v]) => [
                  k,
                  jsonCell(v, s.columns.find((c) => c.key === k)?.type, lg),
                ]),
              ),
            }
          : {}),
      })),
    });
    return;
  }
  if (format === 'csv') {
    const { s, rows } = sheets[csvSheet];
    out.line(
      toCsv(
        s.columns.map((c) => t(c.header)),
        rows.map((r) => s.columns.map((c) => cellText(r[c.key], c.type, lg))),
      ),
    );
    return;
  }
  out.line(`${report.center}  ${t(report.title)}${report.period ? `  ${report.period}` : ''}`);
  for (const { s, rows } of sheets) {
    out.line('');
    out.line(`【${t(s.name)}】`);
    const all: ReportRow[] = s.totals
      ? [...rows, { ...sheetTotals(s, rows), [s.columns[0].key]: lg === 'zh' ? '合计' : 'Total' }]
      : rows;
    out.table(
      all,
      s.columns.map((c) => ({
        key: c.key,
        header: typeof c.header === 'string' ? { zh: c.header, en: c.header } : c.header,
        align: c.type && c.type !== 'text' && c.type !== 'date' ? ('right' as const) : ('left' as const),
        get: (r: ReportRow) => screenText(r[c.key], c.type, lg),
      })),
    );
  }
}

export interface EmitOptions {
  /** Write this xlsx file (relative to where the person is). */
  xlsx?: string;
  /** On stdout: aligned tables (default) or CSV of the details sheet. */
  format?: 'table' | 'csv';
  /** The sheet --format csv prints, when not the last (the details): e.g. 0 when the others only complete it. */
  csvSheet?: number;
  /** Print the report as a document instead (a form template filled with `data`): --pdf FILE. */
  pdf?: ReportPdf;
}

/** The printed side of a report: its form template (templates/forms) and the data it is filled with. */
export interface ReportPdf {
  /** The file given on the line ('' for the default name under out/). */
  given: string;
  /** The form template, e.g. quality/self-assessment. */
  form: string;
  /** Printed under the title, and the date of the document (from the records, so unchanged reprints are identical). */
  id: string;
  date: string;
  data: Record<string, unknown>;
  /** The file name under out/ when none is given. */
  defaultName: string;
}

/** The one way a command outputs a report: an xlsx file, or JSON / CSV / tables on stdout. */
export async function emitReport(ctx: Ctx, report: Report, o: EmitOptions = {}): Promise<void> {
  if (o.pdf) {
    const { renderForm } = await import('../render/pdf/index.js');
    const { savePdf } = await import('./print-form.js');
    const p = o.pdf;
    const pdf = await renderForm(
      { form: p.form, data: p.data, id: p.id, date: p.date },
      { root: ctx.root, config: ctx.config, lang: lang() },
    );
    const file = outputPath(ctx, p.given || undefined, p.defaultName, 'pdf');
    const written = await savePdf(ctx, file, pdf, '--pdf');
    if (ctx.globals.json) ctx.out.json({ file, written });
    else
      ctx.info(msg(`已生成 ${file}${written ? '' : '（内容未变）'}`, `wrote ${file}${written ? '' : ' (unchanged)'}`));
    return;
  }
  if (o.xlsx) {
    const { writeXlsx } = await import('../render/xlsx/index.js');
    const file = outputPath(ctx, o.xlsx, '', 'xlsx');
    const r = await writeXlsx(report, file, { lang: lang() });
    if (ctx.globals.json) ctx.out.json({ file: r.file, rows: r.rows });
    else if (!ctx.globals.quiet)
      ctx.out.line(t(msg(`已写入 ${r.file}（${r.rows} 行）`, `wrote ${r.file} (${r.rows} rows)`)));
    return;
  }
  printReport(ctx.out, report, ctx.globals.json ? 'json' : (o.format ?? 'table'), lang(), o.csvSheet);
}

export type { Report, ReportColumn, ReportRow, ReportSheet, ColumnType } from '../render/report.js';
