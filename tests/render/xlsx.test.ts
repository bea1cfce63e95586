// The xlsx report writer, read back with exceljs: title block, frozen header,
// auto-filter, money format, real dates, SUM totals, Chinese headers; and the
// same model printed as a table, CSV and JSON.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Out } from '../../src/kit/output.js';
import { renderTable } from '../../src/kit/output.js';
import { msg } from '../../src/core/i18n.js';
import { printReport, type Report } from '../../src/kit/report.js';
import { HEADER_ROW, MONEY_FORMAT, writeXlsx } from '../../src/render/xlsx/index.js';
import { rootWith } from './helpers.js';

function report(): Report {
  function* lines() {
    for (let i = 0; i < 1200; i++)
      yield {
        unit: `1-1-${String(101 + i).padStart(4, '0')}`,
        item: '物业服务费',
        period: '2026-11',
        due: '2026-11-15',
        amount: 21002 + i,
        area: '89.37',
      };
  }
  return {
    title: msg('收费台账', 'Fee ledger'),
    center: '阳光花园物业服务中心',
    period: '2026-11',
    generatedAt: '2026-11-28T09:30:00+08:00',
    generatedBy: 'S001 周建国',
    sheets: [
      {
        name: msg('汇总', 'Summary'),
        totals: true,
        columns: [
          { key: 'item', header: msg('收费项目', 'Item') },
          { key: 'amount', header: msg('应收金额', 'Due'), type: 'money', total: true },
        ],
        rows: [
          { item: '物业服务费', amount: '1234.56' },
          { item: '停车费', amount: 30000 },
        ],
      },
      {
        name: msg('明细', 'Lines'),
        totals: true,
        rows: lines(),
        columns: [
          { key: 'unit', header: msg('房屋编号', 'Unit') },
          { key: 'item', header: msg('收费项目', 'Item') },
          { key: 'due', header: msg('截止日期', 'Due date'), type: 'date' },
          { key: 'area', header: msg('面积', 'Area'), type: 'area' },
          { key: 'amount', header: msg('金额', 'Amount'), type: 'money', total: true },
        ],
      },
    ],
  };
}

describe('writeXlsx', () => {
  it('writes the title block, a frozen filtered header, money, dates and SUM totals, summary first', async () => {
    const file = join(rootWith({}), 'ledger.xlsx');
    const res = await writeXlsx(report(), file, { lang: 'zh' });
    expect(res.rows).toBe(1202);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '明细']);
    const ws = wb.getWorksheet('明细')!;
    expect(String(ws.getCell('A1').value)).toContain('阳光花园物业服务中心');
    expect(String(ws.getCell('A1').value)).toContain('收费台账');
    expect(String(ws.getCell('A2').value)).toContain('2026-11');
    expect(String(ws.getCell('A3').value)).toBe('生成：2026-11-28 09:30  S001 周建国');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(ws.autoFilter).toBe(`A${HEADER_ROW}:E${HEADER_ROW}`);
    expect(ws.getRow(HEADER_ROW).values).toEqual([undefined, '房屋编号', '收费项目', '截止日期', '面积', '金额']);
    const first = ws.getRow(HEADER_ROW + 1);
    expect(first.getCell(5).value).toBe(210.02);
    expect(first.getCell(5).numFmt).toBe(MONEY_FORMAT);
    expect(first.getCell(3).value).toEqual(new Date(Date.UTC(2026, 10, 15)));
    expect(first.getCell(4).value).toBe(89.37);
    const total = ws.getRow(HEADER_ROW + 1201);
    expect(total.getCell(1).value).toBe('合计');
    expect(total.getCell(5).value).toEqual({ formula: `SUM(E${HEADER_ROW + 1}:E${HEADER_ROW + 1200})` });
    expect(total.getCell(5).numFmt).toBe(MONEY_FORMAT);
    // Chinese text counts double: the width fits 房屋编号 (8 columns) and the ids
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(10);
    const sum = wb.getWorksheet('汇总')!;
    expect(sum.getRow(HEADER_ROW + 1).getCell(2).value).toBe(1234.56);
    expect(sum.getRow(HEADER_ROW + 3).getCell(2).value).toEqual({
      formula: `SUM(B${HEADER_ROW + 1}:B${HEADER_ROW + 2})`,
    });
  });

  it('writes a hostile text cell as text with the same guard as CSV: a string, never a formula, even after an edit', async () => {
    const r = report();
    r.center = '=cmd|calc';
    r.sheets[1].rows = [
      {
        unit: '=HYPERLINK("http://x","点我")',
        item: "+cmd|' /C calc'!A0",
        due: '2026-11-15',
        area: '=1+1',
        amount: '-12.50',
      },
      { unit: '@SUM(1,1)', item: '\t=1', due: 'soon', area: '89.37', amount: '1.00' },
    ];
    const file = join(rootWith({}), 'hostile.xlsx');
    await writeXlsx(r, file, { lang: 'zh' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('明细')!;
    expect(ws.getCell('A1').value).toBe("'=cmd|calc  收费台账");
    const [a, b] = [ws.getRow(HEADER_ROW + 1), ws.getRow(HEADER_ROW + 2)];
    expect(a.getCell(1).value).toBe(`'=HYPERLINK("http://x","点我")`);
    expect(a.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(a.getCell(2).value).toBe("'+cmd|' /C calc'!A0");
    expect(a.getCell(4).value).toBe("'=1+1"); // text in a number column is guarded too
    expect(a.getCell(5).value).toBe(-12.5); // a negative amount stays a number
    expect(b.getCell(1).value).toBe("'@SUM(1,1)");
    expect(b.getCell(2).value).toBe("'\t=1");
    for (const row of [a, b]) row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula));
  });

  it('refuses a place it cannot write with a usage error', async () => {
    const root = rootWith({ 'a-file': 'x' });
    await expect(writeXlsx(report(), join(root, 'a-file', 'sub', 'x.xlsx'))).rejects.toThrow(/cannot write/);
  });
});

describe('printReport', () => {
  const capture = () => {
    const lines: string[] = [];
    const out: Out = {
      line: (s = '') => lines.push(s),
      json: (v) => lines.push(JSON.stringify(v)),
      table: (rows, cols) => lines.push(renderTable(rows, cols)),
      fields: () => {},
      err: () => {},
    };
    return { out, lines };
  };

  it('prints tables with totals, CSV of the details, and JSON with money as strings', () => {
    const t = capture();
    printReport(t.out, report(), 'table');
    const text = t.lines.join('\n');
    expect(text).toContain('【汇总】');
    expect(text).toMatch(/合计\s+1,534\.56/); // on screen with thousands separators (issue 11 item 14)
    const c = capture();
    printReport(c.out, report(), 'csv');
    const csv = c.lines.join('\n').split('\n');
    expect(csv[0]).toBe('房屋编号,收费项目,截止日期,面积,金额');
    expect(csv[1]).toBe('1-1-0101,物业服务费,2026-11-15,89.37,210.02');
    expect(csv.length).toBe(1201);
    const j = capture();
    printReport(j.out, report(), 'json');
    const doc = JSON.parse(j.lines[0]);
    expect(doc.sheets[0].totals).toEqual({ amount: '1534.56' });
    expect(doc.sheets[1].rows[0]).toMatchObject({ unit: '1-1-0101', amount: '210.02' });
  });

  it('neutralises text cells a spreadsheet would run as a formula (OWASP), never numbers', () => {
    const c = capture();
    const r = report();
    r.sheets[1].rows = [
      {
        unit: '=HYPERLINK("http://x","点我")',
        item: "+cmd|' /C calc'!A0",
        due: '2026-11-15',
        area: '89.37',
        amount: '-12.50',
      },
      { unit: '@SUM(1,1)', item: '-2+3', due: '2026-11-15', area: '89.37', amount: '1.00' },
    ];
    printReport(c.out, r, 'csv');
    const csv = c.lines.join('\n').split('\n');
    expect(csv[1]).toBe(`"'=HYPERLINK(""http://x"",""点我"")",'+cmd|' /C calc'!A0,2026-11-15,89.37,-12.50`);
    expect(csv[2]).toBe(`"'@SUM(1,1)",'-2+3,2026-11-15,89.37,1.00`);
  });
});
