// A whole sheet checked before anything is written (spec 01 "validates
// everything first"): find the header row (below any title) and the table's
// columns (a notes block to the right, past an empty column, is not the table),
// map the headers (the user's --map first; unknown columns set aside unless
// --strict), turn coded values into ours (--map 列:代码=值), refuse merged cells
// in the table, skip blank rows, check every row. Pure.
import { msg, type Msg } from '../../../core/i18n.js';
import { text, type Cell } from './cells.js';
import { colLetter, knownHeaderCount, mapHeaders, normalize, type FieldDef, type FieldKey } from './fields.js';
import { checkRow, missingColumns, type CheckedRow, type Problem } from './rows.js';
import { isBlank, type Sheet } from '../../../kit/sheet/sheet.js';

export interface Checked {
  headerRow: number;
  cols: Map<FieldKey, number>;
  rows: CheckedRow[];
  problems: Problem[];
  blank: number;
  /** Columns with an unknown header, skipped (warned about; refused with --strict). */
  ignored: { col: number; text: string }[];
  /** Columns outside the table (a notes block past an empty column) that hold something: skipped. */
  outside: number[];
  /** --map entries naming a header the sheet does not have. */
  unmatched: string[];
}

/** How to read another system's list: --map 列=字段 (by normalized header), --map 列:代码=值, --strict. */
export interface ImportOptions {
  map?: ReadonlyMap<string, FieldDef>;
  values?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  strict?: boolean;
}

const headerText = (c: unknown): string | undefined => {
  const t = text(c as never);
  return t.ok ? t.value : undefined;
};

/**
 * The table's columns in the header row: runs of filled header cells split by empty ones; a run belongs to the table
 * when it is the run with the most known headers, has two known headers, or holds a --map'ped one. The rest (a notes
 * block beside the table, its title "填写说明") is not the table.
 */
function tableColumns(headers: (string | undefined)[], map?: ReadonlyMap<string, FieldDef>): Set<number> {
  const runs: number[][] = [];
  headers.forEach((h, col) => {
    if (h === undefined || h.trim() === '') return;
    const last = runs.at(-1);
    if (last && last.at(-1) === col - 1) last.push(col);
    else runs.push([col]);
  });
  const known = (run: number[]) =>
    knownHeaderCount(
      run.map((c) => headers[c]),
      map,
    );
  const best = runs.reduce<number[] | undefined>((b, r) => (!b || known(r) > known(b) ? r : b), undefined) ?? [];
  const inTable = runs.filter(
    (r) => r === best || known(r) >= 2 || r.some((c) => map?.has(normalize(headers[c]!)) ?? false),
  );
  return new Set(inTable.flat());
}

export function checkSheet(sheet: Sheet, opts: ImportOptions = {}): Checked {
  const none = { ignored: [], outside: [], unmatched: [] };
  const filled = sheet.rows.filter((r) => !isBlank(r.cells));
  if (filled.length === 0)
    return {
      headerRow: 0,
      cols: new Map(),
      rows: [],
      problems: [{ row: 1, message: msg('工作表是空的', 'the sheet is empty') }],
      blank: 0,
      ...none,
    };
  // The header row: the first of the first ten filled rows with two known headers, else the first filled row.
  const head = filled.slice(0, 10).find((r) => knownHeaderCount(r.cells.map(headerText), opts.map) >= 2) ?? filled[0];
  if (knownHeaderCount(head.cells.map(headerText), opts.map) === 0) {
    return {
      headerRow: head.row,
      cols: new Map(),
      rows: [],
      blank: 0,
      ...none,
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
  const allHeaders = head.cells.map(headerText);
  const table = tableColumns(allHeaders, opts.map);
  const headers = allHeaders.map((h, c) => (table.has(c) ? h : undefined));
  const inTable = (cells: Cell[]): Cell[] => cells.map((c, i) => (table.has(i) ? c : undefined));
  const outside = [
    ...new Set(sheet.rows.flatMap((r) => r.cells.flatMap((c, i) => (table.has(i) || isBlank([c]) ? [] : [i])))),
  ].sort((a, b) => a - b);
  const named = new Set(headers.flatMap((h) => (h === undefined ? [] : [normalize(h)])));
  const unmatched = [...(opts.map?.keys() ?? []), ...(opts.values?.keys() ?? [])].filter((h) => !named.has(h));
  const { cols, problems, unknown } = mapHeaders(headers, { map: opts.map, strict: opts.strict });
  const more = { ignored: unknown, outside, unmatched: [...new Set(unmatched)] };
  const out: Problem[] = problems.map((p) => ({ row: head.row, col: p.col, message: p.message }));
  for (const m of missingColumns(cols)) out.push({ row: head.row, message: m });
  for (const m of sheet.merges) {
    if (m.bottom < head.row) continue; // a merged title above the table is fine
    let touches = false;
    for (let c = m.left; c <= m.right; c++) touches ||= table.has(c);
    if (!touches) continue; // a merged notes block beside the table is fine
    out.push({
      row: m.top,
      col: m.left,
      message: msg(
        `合并单元格 ${m.ref}：请取消合并，并在每一行填上完整的值`,
        `merged cells ${m.ref}: unmerge them and fill in every row`,
      ),
    });
  }
  if (out.length) return { headerRow: head.row, cols, rows: [], problems: sortProblems(out), blank: 0, ...more };
  // Coded values (--map 房屋类型:110=住宅), by column.
  const codes = new Map<number, ReadonlyMap<string, string>>();
  headers.forEach((h, c) => {
    const v = h === undefined ? undefined : opts.values?.get(normalize(h));
    if (v) codes.set(c, v);
  });
  const decode = (cells: Cell[]): Cell[] =>
    codes.size === 0
      ? cells
      : cells.map((c, i) => {
          const v = codes.get(i);
          const t = v ? text(c) : undefined;
          return t?.ok && t.value !== undefined && v!.has(t.value) ? v!.get(t.value)! : c;
        });
  const rows: CheckedRow[] = [];
  let blank = 0;
  for (const r of sheet.rows) {
    if (r.row <= head.row) continue;
    const cells = inTable(r.cells);
    if (isBlank(cells)) {
      if (isBlank(r.cells)) blank++; // a row of the notes block beside the table is not a blank row of the table
      continue;
    }
    const res = checkRow(r.row, decode(cells), cols);
    if (res.checked) rows.push(res.checked);
    out.push(
      ...res.problems.map((p) => (p.col === undefined ? p : { ...p, message: withHeader(p.message, headers[p.col]) })),
    );
  }
  if (rows.length === 0 && out.length === 0)
    out.push({ row: head.row, message: msg('表头下面没有数据行', 'no data rows below the headers') });
  return { headerRow: head.row, cols, rows, problems: out, blank, ...more };
}

/** A hint written for any column ("--map 列标题:110=住宅") names this one's header. */
function withHeader(m: Msg, header: string | undefined): Msg {
  if (!header) return m;
  return msg(m.zh.replaceAll('--map 列标题', `--map ${header}`), m.en.replaceAll('--map HEADER', `--map ${header}`));
}

export const sortProblems = (ps: Problem[]): Problem[] =>
  ps.sort((a, b) => a.row - b.row || (a.col ?? -1) - (b.col ?? -1));

/** FILE:ROW:COLUMN: message — Excel's row number and column letter. */
export function formatProblem(file: string, p: Problem, text: string): string {
  return `${file}:${p.row}${p.col !== undefined ? `:${colLetter(p.col)}` : ''}: ${text}`;
}
