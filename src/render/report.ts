// The report model (spec forms-and-reports.md "Reports"): what a procedure
// builds — plain sheets of typed columns and rows — and how it is printed
// without Excel: --format table, --format csv, --json. The xlsx writer
// (xlsx/writer.ts) draws the same model. No exceljs here.
// e.g. printReport(ctx.out, report, 'table')
import { displayWidth as stringWidth } from '../core/width.js';
import { t, type Lang, type Msg } from '../core/i18n.js';
import type { Out } from '../kit/output.js';
import { formatValue } from './values.js';

export type ColumnType = 'text' | 'integer' | 'number' | 'money' | 'date' | 'percent' | 'area';

export interface ReportColumn {
  key: string;
  header: Msg | string;
  type?: ColumnType;
  /** Sum this column in the totals row (a SUM formula in Excel). */
  total?: boolean;
  /** Width in characters (default: fitted to the header and values). */
  width?: number;
}

export type ReportRow = Record<string, unknown>;

export interface ReportSheet {
  name: Msg | string;
  columns: ReportColumn[];
  /** An array, or any iterable (a generator keeps memory flat for a large sheet). */
  rows: Iterable<ReportRow>;
  /** Add a totals row (合计) summing the columns marked `total`. */
  totals?: boolean;
}

export interface Report {
  title: Msg | string;
  /** The center's name (the title block). */
  center: string;
  /** e.g. 2026-11, or 2026-01-01 至 2026-11-28 */
  period?: string;
  /** When (ctx.now()) and by whom (operator id and name) it was generated. */
  generatedAt: string;
  generatedBy?: string;
  /** Summary first, details after. */
  sheets: ReportSheet[];
}

/** Money in a report row: integer fen, or a record's "1234.56" string → fen. */
export function toFen(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+(\.\d{1,2})?$/.test(v)) {
    const neg = v.startsWith('-');
    const [i, f = ''] = v.replace('-', '').split('.');
    return (neg ? -1 : 1) * (Number(i) * 100 + Number((f + '00').slice(0, 2)));
  }
  return undefined;
}

/** A cell as text for tables and CSV. */
export function cellText(v: unknown, type: ColumnType | undefined, lang: Lang): string {
  if (v === undefined || v === null) return '';
  switch (type) {
    case 'money': {
      const f = toFen(v);
      return f === undefined ? String(v) : (f / 100).toFixed(2);
    }
    case 'percent':
      return typeof v === 'number' ? `${(v * 100).toFixed(1)}%` : String(v);
    case 'date':
      return String(v).slice(0, 10);
    default:
      return formatValue(v, 'text', lang);
  }
}

/** The totals of a sheet's `total` columns (money in fen). */
export function sheetTotals(sheet: ReportSheet, rows: ReportRow[]): ReportRow {
  const out: ReportRow = {};
  for (const c of sheet.columns) {
    if (!c.total) continue;
    let s = 0;
    for (const r of rows) s += c.type === 'money' ? (toFen(r[c.key]) ?? 0) : Number(r[c.key] ?? 0);
    out[c.key] = c.type === 'money' ? s : Math.round(s * 1e6) / 1e6;
  }
  return out;
}

const csvCell = (s: string): string => (/[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export type ReportFormat = 'table' | 'csv' | 'json';

/** Print a report on stdout: a table per sheet, CSV of the details sheet (the last), or one JSON document. */
export function printReport(out: Out, report: Report, format: ReportFormat, lang: Lang = 'zh'): void {
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
        rows: rows.map((r) =>
          Object.fromEntries(
            s.columns.map((c) => [
              c.key,
              c.type === 'money' ? cellText(r[c.key], 'money', lang) || null : (r[c.key] ?? null),
            ]),
          ),
        ),
        ...(s.totals
          ? {
              totals: Object.fromEntries(
                Object.entries(sheetTotals(s, rows)).map(([k, v]) => [
                  k,
                  s.columns.find((c) => c.key === k)?.type === 'money' ? cellText(v, 'money', lang) : v,
                ]),
              ),
            }
          : {}),
      })),
    });
    return;
  }
  if (format === 'csv') {
    const { s, rows } = sheets[sheets.length - 1];
    out.line(s.columns.map((c) => csvCell(t(c.header))).join(','));
    for (const r of rows) out.line(s.columns.map((c) => csvCell(cellText(r[c.key], c.type, lang))).join(','));
    return;
  }
  out.line(`${report.center}  ${t(report.title)}${report.period ? `  ${report.period}` : ''}`);
  for (const { s, rows } of sheets) {
    out.line('');
    out.line(`【${t(s.name)}】`);
    const all = s.totals
      ? [...rows, { ...sheetTotals(s, rows), [s.columns[0].key]: lang === 'zh' ? '合计' : 'Total' }]
      : rows;
    out.table(
      all,
      s.columns.map((c) => ({
        key: c.key,
        header: typeof c.header === 'string' ? { zh: c.header, en: c.header } : c.header,
        align: c.type && c.type !== 'text' && c.type !== 'date' ? ('right' as const) : ('left' as const),
        get: (r: ReportRow) => cellText(r[c.key], c.type, lang),
      })),
    );
  }
}

/** Display width of a text (a Chinese character counts two). */
export const displayWidth = (s: string): number => stringWidth(s);
