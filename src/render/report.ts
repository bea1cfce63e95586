// The report model (spec forms-and-reports.md "Reports"): what a procedure builds — plain sheets of
// typed columns and rows — and how a cell reads as text. The xlsx writer (xlsx/writer.ts) draws it;
// src/kit/report.ts prints it as a table, CSV or JSON. No exceljs here.
import type { Lang, Msg } from '../core/i18n.js';
import { formatAmount } from '../core/money.js';
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
  /**
   * In Excel, a formula over other columns of the same row, by key: `{open}+{in}-{out}`. The row's own value is
   * stored as the formula's cached result (a previewer that does not calculate shows it; tables and CSV print it).
   */
  formula?: string;
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

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?%?$/;

/**
 * The one guard of every text cell a spreadsheet opens (OWASP "CSV injection"), for CSV (src/kit/report.ts) and
 * xlsx (xlsx/writer.ts) alike: text that starts with =, +, -, @, a tab or a carriage return gets a leading
 * apostrophe, so it stays text — in CSV, and in a workbook even after someone edits the cell or saves it as CSV
 * (exceljs writes strings as strings, but Excel turns an edited "=…" string into a live formula). A plain number
 * ("-12.50", "-3%") is a number, not a formula, and is left alone.
 * e.g. neutralise('=HYPERLINK("http://x","点击")') → '\'=HYPERLINK("http://x","点击")'
 */
export function neutralise(s: string): string {
  return FORMULA_START.test(s) && !NUMBER.test(s) ? `'${s}` : s;
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

/** A cell as a person reads it on screen: money with thousands separators (1,234.56); else as cellText. */
export function screenText(v: unknown, type: ColumnType | undefined, lang: Lang): string {
  if (type === 'money') {
    const f = toFen(v);
    return f === undefined ? cellText(v, type, lang) : formatAmount(f);
  }
  return cellText(v, type, lang);
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
