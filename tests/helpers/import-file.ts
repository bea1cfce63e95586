// Developer unit/buyer lists for `wuye unit import` tests and the benchmark:
// N rows with valid national ids (check digit computed) and mobiles, written as
// .xlsx (exceljs) or .csv (UTF-8, UTF-8 with BOM, or GBK).
// e.g. await writeXlsx('/tmp/list.xlsx', importRows(5000))
import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { nationalId } from './cli.js';

export const HEADERS = [
  '楼栋',
  '单元',
  '房号',
  '楼层',
  '类型',
  '建筑面积',
  '套内面积',
  '户型',
  '业主姓名',
  '身份证号',
  '手机',
  '备注',
] as const;
export type ImportRow = Record<string, string | number | Date | null | { formula: string; result?: unknown }>;

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
];
const LAYOUTS = ['两室一厅', '三室两厅', '三室一厅', '四室两厅'];

/** The n-th buyer: a distinct, valid national id and mobile for every n < 1,800,000. */
export function buyer(n: number): { name: string; nationalId: string; phone: string } {
  const day = new Date(Date.UTC(1950, 0, 1) + (n % 18000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const seq = String(Math.floor(n / 18000) % 1000).padStart(3, '0');
  return {
    name: SURNAMES[n % SURNAMES.length] + GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length],
    nationalId: nationalId(`110101${day}${seq}`),
    phone: `138${String(n).padStart(8, '0')}`,
  };
}

/**
 * N rows of a residential estate: buildings of 2 entrances × 30 floors × 4 rooms,
 * one buyer per unit (row i's buyer is buyer(i + personOffset)).
 */
export function importRows(n: number, opts: { personOffset?: number; buildingOffset?: number } = {}): ImportRow[] {
  const rows: ImportRow[] = [];
  for (let i = 0; i < n; i++) {
    const b = buyer(i + (opts.personOffset ?? 0));
    const building = 1 + (opts.buildingOffset ?? 0) + Math.floor(i / 240);
    const entrance = 1 + Math.floor((i % 240) / 120);
    const floor = 1 + Math.floor((i % 120) / 4);
    const room = `${String(floor).padStart(2, '0')}${String((i % 4) + 1).padStart(2, '0')}`;
    rows.push({
      楼栋: String(building),
      单元: String(entrance),
      房号: room,
      楼层: floor,
      类型: '住宅',
      建筑面积: 80 + (i % 40) + 0.37,
      套内面积: 65 + (i % 40) + 0.5,
      户型: LAYOUTS[i % LAYOUTS.length],
      业主姓名: b.name,
      身份证号: b.nationalId,
      手机: b.phone,
      备注: null,
    });
  }
  return rows;
}

/** The unit id a generated row makes. */
export const unitIdOf = (r: ImportRow): string => `${String(r['楼栋'])}-${String(r['单元'])}-${String(r['房号'])}`;

const csvCell = (v: ImportRow[string]): string => {
  if (v === null || v === undefined) return '';
  const s =
    v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'object' ? String(v.result ?? '') : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The CSV text of rows (CRLF, as Excel writes). */
export function csvText(rows: ImportRow[], headers: readonly string[] = HEADERS): string {
  return [headers.join(','), ...rows.map((r) => headers.map((h) => csvCell(r[h])).join(','))].join('\r\n') + '\r\n';
}

export function writeCsv(
  path: string,
  rows: ImportRow[],
  opts: { encoding?: 'utf8' | 'utf8-bom' | 'gbk'; headers?: readonly string[] } = {},
): void {
  const text = csvText(rows, opts.headers);
  const enc = opts.encoding ?? 'utf8';
  writeFileSync(path, enc === 'gbk' ? iconv.encode(text, 'gbk') : enc === 'utf8-bom' ? '\ufeff' + text : text);
}

/**
 * An .xlsx with one sheet: headers in row 1, then the rows. National ids are
 * written as text (as they must be); `edit` can change the sheet before saving
 * (merge cells, add formulas, a title row...).
 */
export async function writeXlsx(
  path: string,
  rows: ImportRow[],
  opts: { headers?: readonly string[]; sheet?: string; edit?: (ws: import('exceljs').Worksheet) => void } = {},
): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheet ?? '房屋清单');
  const headers = opts.headers ?? HEADERS;
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow(headers.map((h) => (r[h] === undefined ? null : r[h])));
  opts.edit?.(ws);
  await wb.xlsx.writeFile(path);
}
