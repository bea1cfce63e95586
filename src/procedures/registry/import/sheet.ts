// A sheet as the import sees it, whatever the file: numbered rows of cells
// (row numbers as Excel shows them), the sheet's merged ranges, its name.
// Readers: read-csv.ts (UTF-8 / GBK text) and read-xlsx.ts (exceljs).
import type { Cell } from './cells.js';

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
