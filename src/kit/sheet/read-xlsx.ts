// Reading a .xlsx list with exceljs (loaded only here, when an import runs):
// the chosen sheet's rows as Excel numbers them, and its merged ranges so the
// import can refuse them. e.g. wuye unit import 房屋清单.xlsx --sheet 一期
import { RuleError, UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { Cell, Sheet } from './sheet.js';

export async function readXlsx(path: string, label: string, sheetName?: string): Promise<Sheet> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new RuleError(
      msg(
        `${label}: 不是有效的 .xlsx 文件（${(e as Error).message.split('\n')[0]}）`,
        `${label}: not a valid .xlsx file (${(e as Error).message.split('\n')[0]})`,
      ),
      msg('在 Excel 中打开并另存为 "Excel 工作簿 (.xlsx)"', 'open it in Excel and save as "Excel Workbook (.xlsx)"'),
    );
  }
  const names = wb.worksheets.map((w) => w.name);
  const ws = sheetName === undefined ? wb.worksheets[0] : wb.getWorksheet(sheetName);
  if (!ws) {
    if (sheetName === undefined)
      throw new RuleError(msg(`${label}: 工作簿中没有工作表`, `${label}: the workbook has no sheets`));
    throw new UsageError(
      msg(`--sheet: ${label} 中没有工作表 "${sheetName}"`, `--sheet: ${label} has no sheet "${sheetName}"`),
      msg(`可用的工作表：${names.join('、')}`, `sheets: ${names.join(', ')}`),
    );
  }
  const rows: Sheet['rows'] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const values = row.values as Cell[];
    // row.values is 1-based (index 0 empty); cells are 0-based here.
    rows.push({ row: n, cells: Array.isArray(values) ? values.slice(1) : [] });
  });
  const merges = Object.values(
    (
      ws as unknown as {
        _merges: Record<string, { top: number; left: number; bottom: number; right: number; range: string }>;
      }
    )._merges ?? {},
  ).map((m) => ({ ref: m.range, top: m.top, left: m.left - 1, bottom: m.bottom, right: m.right - 1 }));
  return { name: ws.name, rows, merges };
}
