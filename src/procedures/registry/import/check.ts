// A whole sheet checked before anything is written (spec 01 "validates
// everything first"): find the header row (below any title), map the headers,
// refuse merged cells in the table, skip blank rows, check every row. Pure.
import { msg } from '../../../core/i18n.js';
import { text } from './cells.js';
import { colLetter, knownHeaderCount, mapHeaders, type FieldKey } from './fields.js';
import { checkRow, missingColumns, type CheckedRow, type Problem } from './rows.js';
import { isBlank, type Sheet } from './sheet.js';

export interface Checked {
  headerRow: number;
  cols: Map<FieldKey, number>;
  rows: CheckedRow[];
  problems: Problem[];
  blank: number;
}

const headerText = (c: unknown): string | undefined => {
  const t = text(c as never);
  return t.ok ? t.value : undefined;
};

export function checkSheet(sheet: Sheet): Checked {
  const filled = sheet.rows.filter((r) => !isBlank(r.cells));
  if (filled.length === 0)
    return {
      headerRow: 0,
      cols: new Map(),
      rows: [],
      problems: [{ row: 1, message: msg('工作表是空的', 'the sheet is empty') }],
      blank: 0,
    };
  // The header row: the first of the first ten filled rows with two known headers, else the first filled row.
  const head = filled.slice(0, 10).find((r) => knownHeaderCount(r.cells.map(headerText)) >= 2) ?? filled[0];
  if (knownHeaderCount(head.cells.map(headerText)) === 0) {
    return {
      headerRow: head.row,
      cols: new Map(),
      rows: [],
      blank: 0,
      problems: [
        {
          row: head.row,
          message: msg(
            '找不到列标题行：表格第一行应为列标题，如 楼栋、单元、房号、类型、建筑面积、业主姓名、身份证号、手机',
            'no header row found: the first row of the table should hold the column headers, e.g. 楼栋 (building), 单元 (entrance), 房号 (room), 类型 (type), 建筑面积 (area), 业主姓名 (owner), 身份证号 (national id), 手机 (mobile)',
          ),
        },
      ],
    };
  }
  const { cols, problems } = mapHeaders(head.cells.map(headerText));
  const out: Problem[] = problems.map((p) => ({ row: head.row, col: p.col, message: p.message }));
  for (const m of missingColumns(cols)) out.push({ row: head.row, message: m });
  for (const m of sheet.merges) {
    if (m.bottom < head.row) continue; // a merged title above the table is fine
    out.push({
      row: m.top,
      col: m.left,
      message: msg(
        `合并单元格 ${m.ref}：请取消合并，并在每一行填上完整的值`,
        `merged cells ${m.ref}: unmerge them and fill in every row`,
      ),
    });
  }
  if (out.length) return { headerRow: head.row, cols, rows: [], problems: sortProblems(out), blank: 0 };
  const rows: CheckedRow[] = [];
  let blank = 0;
  for (const r of sheet.rows) {
    if (r.row <= head.row) continue;
    if (isBlank(r.cells)) {
      blank++;
      continue;
    }
    const res = checkRow(r.row, r.cells, cols);
    if (res.checked) rows.push(res.checked);
    out.push(...res.problems);
  }
  if (rows.length === 0 && out.length === 0)
    out.push({ row: head.row, message: msg('表头下面没有数据行', 'no data rows below the headers') });
  return { headerRow: head.row, cols, rows, problems: out, blank };
}

export const sortProblems = (ps: Problem[]): Problem[] =>
  ps.sort((a, b) => a.row - b.row || (a.col ?? -1) - (b.col ?? -1));

/** FILE:ROW:COLUMN: message — Excel's row number and column letter. */
export function formatProblem(file: string, p: Problem, text: string): string {
  return `${file}:${p.row}${p.col !== undefined ? `:${colLetter(p.col)}` : ''}: ${text}`;
}
