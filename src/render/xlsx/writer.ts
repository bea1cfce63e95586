// The xlsx report writer (spec forms-and-reports.md "Reports"): a title block
// with the center's name, period, when and by whom; a frozen header row with
// auto-filter; widths fitted to Chinese text; money as ¥#,##0.00; real Excel
// dates; totals as SUM formulas with their values cached (previewers show them); A4, fitted to the page width,
// the header row repeated on every printed page; the file's creation time the real instant; one sheet per view;
// every text cell through the one formula-injection guard (neutralise, ../report.ts: "=…" is written as the
// text "'=…"). Streamed with exceljs'
// WorkbookWriter so memory stays flat; written to a temp file, then renamed.
// e.g. await writeXlsx(report, 'units.xlsx')
import { displayWidth } from '../../core/width.js';
import { createRequire } from 'node:module';
import { closeSync, mkdirSync, openSync, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { lang as currentLang, msg, t, type Lang } from '../../core/i18n.js';
import {
  cellText,
  neutralise,
  toFen,
  type ColumnType,
  type Report,
  type ReportColumn,
  type ReportRow,
} from '../report.js';

const require = createRequire(import.meta.url);

export const MONEY_FORMAT = '¥#,##0.00';
export const DATE_FORMAT = 'yyyy-mm-dd';
const TITLE_ROWS = 4; // title, period, generated, blank
export const HEADER_ROW = TITLE_ROWS + 1;
const SAMPLE = 500; // rows looked at to fit column widths

const NUM_FORMATS: Partial<Record<ColumnType, string>> = {
  money: MONEY_FORMAT,
  date: DATE_FORMAT,
  integer: '0',
  number: '#,##0.00',
  percent: '0.0%',
  area: '#,##0.00',
};

/**
 * A data cell's style, one object per number format and per kind of value: exceljs knows a style object it
 * has seen by identity (a WeakMap), where a fresh one per cell is rendered to XML to be looked up — most of
 * the writing time of a 100,000-row ledger. The same style ids come out, in the same order.
 */
const FORMAT_STYLES = new Map<string, { numFmt: string }>();
const PLAIN_STYLES = new Map<string, object>();
function dataStyle(fmt: string | undefined, value: unknown): object | undefined {
  if (fmt) {
    let s = FORMAT_STYLES.get(fmt);
    if (!s) FORMAT_STYLES.set(fmt, (s = { numFmt: fmt }));
    return s;
  }
  // without a number format the style depends on the value's type (a number gets General): one per type
  const kind = value === null ? 'null' : value instanceof Date ? 'date' : typeof value;
  if (kind === 'object') return undefined; // (a formula, rich text: its own style object)
  let s = PLAIN_STYLES.get(kind);
  if (!s) PLAIN_STYLES.set(kind, (s = {}));
  return s;
}

function colLetter(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A model value as an Excel cell value: numbers stay numbers, money in yuan, dates as real dates, text guarded. */
/** A column's row formula with its {key}s replaced by the cells of this row: {open}+{in} → D6+F6. */
function rowFormula(f: string, columns: readonly ReportColumn[], row: number): string {
  return f.replace(/\{([^}]+)\}/g, (_, k: string) => {
    const i = columns.findIndex((c) => c.key === k);
    if (i < 0) throw new Error(`formula names no column ${k}`);
    return `${colLetter(i + 1)}${row}`;
  });
}

function excelValue(v: unknown, type: ColumnType | undefined, lang: Lang): unknown {
  const x = excelRaw(v, type, lang);
  return typeof x === 'string' ? neutralise(x) : x;
}

function excelRaw(v: unknown, type: ColumnType | undefined, lang: Lang): unknown {
  if (v === undefined || v === null || v === '') return null;
  switch (type) {
    case 'money': {
      const f = toFen(v);
      return f === undefined ? String(v) : f / 100;
    }
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(v));
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : String(v);
    }
    case 'integer':
    case 'number':
    case 'percent':
    case 'area': {
      const n = Number(v);
      return Number.isFinite(n) ? n : String(v);
    }
    default:
      return cellText(v, 'text', lang);
  }
}

/** Money as Excel shows it in MONEY_FORMAT: ¥1,234.56. */
export function moneyShown(fen: number): string {
  const [i, f] = (Math.abs(fen) / 100).toFixed(2).split('.');
  return `${fen < 0 ? '-' : ''}¥${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
}

/** A cell's text as Excel shows it (money grouped with ¥, percent as 0.0%), for fitting widths. */
function shownText(v: unknown, type: ColumnType | undefined, lang: Lang): string {
  if (type === 'money') {
    const f = toFen(v);
    if (f !== undefined) return moneyShown(f);
  }
  if (type === 'number' || type === 'area') {
    const n = Number(v);
    if (v !== '' && v !== null && v !== undefined && Number.isFinite(n))
      return moneyShown(Math.round(n * 100)).slice(1);
  }
  return cellText(v, type, lang);
}

/**
 * A column's width in characters: the header and the values as shown — and, for a summed column, its total
 * (a total wider than its column reads ####). `total` is the exact total when every row is known, else the
 * width of a total up to ¥999,999,999.99.
 */
function fitWidth(c: ReportColumn, sample: ReportRow[], lang: Lang, total?: string): number {
  if (c.width) return c.width;
  let w = displayWidth(t(c.header));
  for (const r of sample) w = Math.max(w, displayWidth(shownText(r[c.key], c.type, lang)));
  if (total !== undefined) w = Math.max(w, displayWidth(total));
  return Math.min(60, Math.max(8, w + 2));
}

/** A sheet's totals row as summed so far: fen for money, else the number. */
function addTo(sums: Map<string, number>, cols: readonly ReportColumn[], r: ReportRow): void {
  for (const c of cols) {
    if (!c.total) continue;
    const v = c.type === 'money' ? (toFen(r[c.key]) ?? 0) : Number(r[c.key] ?? 0) || 0;
    sums.set(c.key, (sums.get(c.key) ?? 0) + v);
  }
}

/** The page setup every sheet prints with: A4, landscape when wide, fitted to one page wide, the header repeated. */
export function pageSetupFor(widths: readonly number[]): Record<string, unknown> {
  const wide = widths.reduce((a, b) => a + b, 0) > 95;
  return {
    paperSize: 9, // A4
    orientation: wide ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

export interface XlsxResult {
  file: string;
  rows: number;
}

/** A sheet's rows as one kind of iterator: given (array, generator) or arriving (from another thread). */
function rowsOf(
  rows: Iterable<ReportRow> | AsyncIterable<ReportRow>,
): AsyncIterator<ReportRow> | (Iterator<ReportRow> & { next(): IteratorResult<ReportRow> }) {
  return Symbol.asyncIterator in rows
    ? (rows as AsyncIterable<ReportRow>)[Symbol.asyncIterator]()
    : (rows as Iterable<ReportRow>)[Symbol.iterator]();
}

/** Write a report in this thread (index.ts writeXlsx runs this in a worker thread while the rows are read here). */
export async function writeXlsxHere(
  report:
    | Report
    | (Omit<Report, 'sheets'> & {
        sheets: (Omit<Report['sheets'][number], 'rows'> & { rows: AsyncIterable<ReportRow> })[];
      }),
  file: string,
  opts: { lang?: Lang } = {},
): Promise<XlsxResult> {
  const lang = opts.lang ?? currentLang();
  const ExcelJS = require('exceljs');
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch {
    /* reported by the write below */
  }
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  let total = 0;
  try {
    closeSync(openSync(tmp, 'w')); // fail here, synchronously, when the place cannot be written (a stream error would be lost)
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
    wb.creator = report.generatedBy ?? 'wuye';
    // the real instant (2026-11-28T09:30:00+08:00 is 01:30 UTC): Excel shows it in the reader's own time
    const when = new Date(report.generatedAt);
    if (!Number.isNaN(when.getTime())) wb.created = wb.modified = when;
    for (const sheet of report.sheets) {
      const n = sheet.columns.length;
      // the first rows fit the widths; the rest stream through
      const it = rowsOf(sheet.rows);
      const sample: ReportRow[] = [];
      let more = true;
      while (sample.length < SAMPLE) {
        const r = await it.next();
        if (r.done) {
          more = false;
          break;
        }
        sample.push(r.value);
      }
      const known = new Map<string, number>();
      for (const r of sample) addTo(known, sheet.columns, r);
      const totalShown = (c: ReportColumn): string | undefined =>
        !sheet.totals || !c.total
          ? undefined
          : more
            ? c.type === 'money'
              ? moneyShown(99_999_999_999)
              : '9,999,999.99'
            : shownText(known.get(c.key) ?? 0, c.type, lang);
      const widths = sheet.columns.map((c) => fitWidth(c, sample, lang, totalShown(c)));
      const ws = wb.addWorksheet(
        t(sheet.name)
          .slice(0, 31)
          .replace(/[\\/?*[\]:]/g, '-'),
        {
          views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}` }],
          pageSetup: pageSetupFor(widths),
        },
      );
      ws.columns = sheet.columns.map((c, i) => ({ key: c.key, width: widths[i] }));
      const last = colLetter(n);
      if (n > 1) {
        ws.mergeCells(`A1:${last}1`);
        ws.mergeCells(`A2:${last}2`);
        ws.mergeCells(`A3:${last}3`);
      }
      const title = ws.getRow(1);
      title.getCell(1).value = neutralise(`${report.center}  ${t(report.title)}`);
      title.getCell(1).font = { bold: true, size: 14 };
      title.height = 22;
      title.commit();
      ws.getRow(2).getCell(1).value = report.period
        ? neutralise(`${lang === 'zh' ? '期间' : 'Period'}：${report.period}`)
        : '';
      ws.getRow(2).commit();
      const at = report.generatedAt.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}).*$/, '$1 $2');
      ws.getRow(3).getCell(1).value =
        lang === 'zh'
          ? `生成：${at}${report.generatedBy ? `  ${report.generatedBy}` : ''}`
          : `Generated ${at}${report.generatedBy ? ` by ${report.generatedBy}` : ''}`;
      ws.getRow(3).getCell(1).font = { color: { argb: 'FF666666' } };
      ws.getRow(3).commit();
      ws.getRow(4).commit();
      const head = ws.getRow(HEADER_ROW);
      sheet.columns.forEach((c, i) => {
        const cell = head.getCell(i + 1);
        cell.value = neutralise(t(c.header));
        cell.font = { bold: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
        cell.border = { bottom: { style: 'thin' } };
        cell.alignment = { vertical: 'middle', horizontal: 'center' };
      });
      head.commit();
      ws.autoFilter = `A${HEADER_ROW}:${last}${HEADER_ROW}`;
      let rowNo = HEADER_ROW;
      const sums = new Map<string, number>();
      const write = (r: ReportRow): void => {
        addTo(sums, sheet.columns, r);
        rowNo++;
        const row = ws.getRow(rowNo);
        sheet.columns.forEach((c, i) => {
          const cell = row.getCell(i + 1);
          const value = excelValue(r[c.key], c.type, lang);
          cell.value =
            c.formula && typeof value === 'number'
              ? { formula: rowFormula(c.formula, sheet.columns, rowNo), result: value }
              : value;
          const style = dataStyle(c.type && NUM_FORMATS[c.type], value);
          if (style) cell.style = style;
        });
        row.commit();
      };
      for (const r of sample) write(r);
      for (let r = await it.next(); !r.done; r = await it.next()) write(r.value);
      const first = HEADER_ROW + 1;
      const lastData = rowNo;
      total += lastData - HEADER_ROW;
      if (sheet.totals) {
        rowNo++;
        const row = ws.getRow(rowNo);
        row.getCell(1).value = lang === 'zh' ? '合计' : 'Total';
        sheet.columns.forEach((c, i) => {
          const cell = row.getCell(i + 1);
          cell.font = { bold: true };
          cell.border = { top: { style: 'thin' } };
          if (!c.total) return;
          const L = colLetter(i + 1);
          // the formula with its value: a previewer that does not calculate shows the total too
          const v = sums.get(c.key) ?? 0;
          const result = c.type === 'money' ? v / 100 : Math.round(v * 1e6) / 1e6;
          cell.value = { formula: lastData >= first ? `SUM(${L}${first}:${L}${lastData})` : '0', result };
          const fmt = c.type && NUM_FORMATS[c.type];
          if (fmt) cell.numFmt = fmt;
        });
        row.commit();
      }
      ws.commit();
    }
    await wb.commit();
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* never written */
    }
    if (
      (e as NodeJS.ErrnoException).code &&
      /^E(ACCES|NOENT|ROFS|PERM|NOTDIR|ISDIR)/.test((e as NodeJS.ErrnoException).code!)
    ) {
      throw new UsageError(
        msg(`无法写入 ${file}: ${(e as Error).message}`, `cannot write ${file}: ${(e as Error).message}`),
        msg('换一个可写的位置', 'choose a place you can write to'),
      );
    }
    throw e;
  }
  return { file, rows: total };
}
