// Read the sheet of an import (a unit list, survey answers): .csv (UTF-8, GBK or UTF-16, see read-csv.ts) or .xlsx
// (exceljs, optionally one named sheet); a missing file, an old .xls/.et/.ods or another kind refused with what to do.
// e.g. const sheet = await readSheetFile(ctx, 'answers.xlsx')
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { NotFoundError, UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { Ctx } from '../context.js';
import { decodeCsv, parseCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import type { Sheet } from './sheet.js';

export async function readSheetFile(ctx: Ctx, file: string, sheetName?: string): Promise<Sheet> {
  const path = resolve(ctx.cwd, file);
  if (!existsSync(path) || !statSync(path).isFile())
    throw new NotFoundError(msg(`没有文件 ${file}`, `no file ${file}`));
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt') {
    if (sheetName !== undefined)
      throw new UsageError(msg('--sheet 只用于 .xlsx 文件', '--sheet applies to .xlsx files only'));
    return parseCsv(decodeCsv(readFileSync(path)).text, file);
  }
  if (ext === '.xlsx') return readXlsx(path, file, sheetName);
  if (ext === '.xls' || ext === '.et' || ext === '.ods') {
    throw new UsageError(
      msg(`${file}: 不支持 ${ext} 格式`, `${file}: the ${ext} format is not supported`),
      msg(
        '在 Excel/WPS 中另存为 "Excel 工作簿 (.xlsx)" 或 CSV',
        'save it as "Excel Workbook (.xlsx)" or CSV in Excel/WPS',
      ),
    );
  }
  throw new UsageError(
    msg(`${file}: 只能导入 .xlsx 或 .csv 文件`, `${file}: only .xlsx or .csv files can be imported`),
  );
}
