// A sheet as an import sees it, whatever the file: numbered rows of cells (row numbers as Excel shows them), the
// sheet's merged ranges, its name — read by the unit import (registry) and the survey import alike; the cell
// values unwrapped (formulas, rich text). Readers: read-csv.ts (UTF-8 / GBK text) and read-xlsx.ts (exceljs).
import { msg, type Msg } from '../../core/i18n.js';

/** A cell as the readers give it: CSV gives strings; exceljs numbers, dates, formulas, rich text. */
export type Cell = string | number | boolean | Date | null | undefined | { [k: string]: unknown };

export type Got<T> = { ok: true; value: T } | { ok: false; reason: Msg };
const ok = <T>(value: T): Got<T> => ({ ok: true, value });
const bad = (zh: string, en: string, hintZh = '', hintEn = ''): Got<never> => ({
  ok: false,
  reason: msg(zh + hintZh, en + hintEn),
});

/** Unwrap what exceljs wraps: formulas (their cached result), rich text, hyperlinks, errors. */
export function plain(cell: Cell): Got<string | number | boolean | Date | undefined> {
  if (cell === null || cell === undefined) return ok(undefined);
  if (typeof cell !== 'object' || cell instanceof Date)
    return ok(typeof cell === 'string' && cell.trim() === '' ? undefined : cell);
  if ('formula' in cell || 'sharedFormula' in cell) {
    const f = String(cell.formula ?? cell.sharedFormula);
    if (!('result' in cell) || cell.result === undefined || cell.result === null) {
      return bad(
        `公式 =${f} 没有保存的计算结果`,
        `formula =${f} has no saved result`,
        '：请在 Excel 中打开并保存，或复制后"粘贴为数值"',
        ': open and save the file in Excel, or copy and "paste values"',
      );
    }
    const r = cell.result;
    if (typeof r === 'object' && r !== null && !(r instanceof Date) && 'error' in r)
      return bad(
        `公式 =${f} 的结果是错误 ${String((r as { error: unknown }).error)}`,
        `formula =${f} results in the error ${String((r as { error: unknown }).error)}`,
      );
    return plain(r as Cell);
  }
  if ('richText' in cell && Array.isArray(cell.richText))
    return plain((cell.richText as { text: string }[]).map((p) => p.text).join(''));
  if ('text' in cell && 'hyperlink' in cell) return plain(cell.text as Cell);
  if ('error' in cell)
    return bad(`单元格是错误值 ${String(cell.error)}`, `the cell holds the error ${String(cell.error)}`);
  return bad('无法识别的单元格内容', 'unrecognised cell content');
}

/** Free text: numbers as written (801 → "801"), dates as YYYY-MM-DD. */
export function text(cell: Cell): Got<string | undefined> {
  const p = plain(cell);
  if (!p.ok) return p;
  const v = p.value;
  if (v === undefined) return ok(undefined);
  if (typeof v === 'number') return ok(String(v));
  if (v instanceof Date) return ok(v.toISOString().slice(0, 10));
  if (typeof v === 'boolean') return bad('应为文字，而不是逻辑值', 'expected text, not a true/false value');
  const s = v.replace(/\s+/g, ' ').trim();
  return ok(s === '' ? undefined : s);
}

export interface SheetRow {
  row: number;
  cells: Cell[];
}

export interface Sheet {
  name?: string;
  rows: SheetRow[];
  /** Merged ranges, e.g. { ref: 'A3:A5', top: 3, left: 0, bottom: 5, right: 0 } (rows as in Excel, columns 0-based). */
  merges: { ref: string; top: number; left: number; bottom: number; right: number }[];
}

/** A blank row: every cell empty or only spaces. */
export const isBlank = (cells: Cell[]): boolean =>
  cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));
