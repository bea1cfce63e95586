// The xlsx writer in its worker thread (src/render/xlsx/threaded.ts), through the real CLI on a generated
// estate: every row of every sheet arrives, in order, with the totals formula; a record that breaks while
// the rows are being read stops the report with its file:line:column, and neither the workbook nor its
// temporary file is left behind.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { errLine, tmp, wuye } from '../helpers/cli.js';

describe('xlsx reports written on a worker thread', () => {
  let root: string;
  beforeAll(() => {
    root = join(tmp('xlsx-thr-'), 'estate');
    const g = wuye(process.cwd(), ['demo', 'generate', root, '--units', '12', '--quiet']);
    expect(g.code, g.stderr).toBe(0);
  });

  it('writes the ledger of every year row for row as the CSV has it, and both sheets of the collection report', async () => {
    const csv = wuye(root, ['fee', 'report', 'ledger', '--year', 'all', '--format', 'csv'])
      .stdout.trim()
      .split('\n')
      .slice(1);
    expect(csv.length).toBeGreaterThan(100); // several batches of rows would be fewer; this is many lines
    const out = tmp('xlsx-out-');
    const r = wuye(root, ['fee', 'report', 'ledger', '--year', 'all', '--xlsx', join(out, 'ledger.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'ledger.xlsx'));
    const ws = wb.worksheets[0];
    expect(ws.getRow(2).getCell(1).value).toBe('期间：全部年度');
    const rows: string[] = [];
    for (let n = 6; n < 6 + csv.length; n++) {
      const v = ws.getRow(n).values as unknown[];
      rows.push([v[1], v[2], v[3], v[4], ...[5, 6, 7, 8].map((i) => Number(v[i]).toFixed(2))].join(','));
    }
    expect(rows).toEqual(csv);
    // the formula with its value cached, the sum of the rows that arrived
    const billed = csv.reduce((a, l) => a + Math.round(Number(l.split(',')[4]) * 100), 0) / 100;
    expect(ws.getRow(6 + csv.length).getCell(5).value).toEqual({
      formula: `SUM(E6:E${5 + csv.length})`,
      result: billed,
    });
    expect(readdirSync(out)).toEqual(['ledger.xlsx']);

    const c = wuye(root, ['fee', 'report', 'collection', '--xlsx', join(out, 'collection.xlsx')]);
    expect(c.code, c.stderr).toBe(0);
    const cb = new ExcelJS.Workbook();
    await cb.xlsx.readFile(join(out, 'collection.xlsx'));
    expect(cb.worksheets.map((s) => s.name)).toEqual(['收缴率', '汇总']);
    expect(String(cb.worksheets[1].getRow(6).getCell(1).value)).toContain('收缴率');
  });

  it('goes past a broken account naming its location, exits 1, and leaves a whole workbook and no temporary file', () => {
    const dir = join(root, 'fees', '2026');
    const rel = `fees/2026/${readdirSync(dir).sort()[7]}`;
    const text = readFileSync(join(root, rel), 'utf8');
    writeFileSync(join(root, rel), text.replace(/\nbills:/, '\nbills: [\n  oops'));
    try {
      const out = tmp('xlsx-bad-');
      const r = wuye(root, ['fee', 'report', 'ledger', '--year', 'all', '--xlsx', join(out, 'ledger.xlsx')]);
      expect(r.code).toBe(1); // issue 12 item 13: a report goes past a bad record, names it, exits 1 at the end
      expect(r.stderr).toMatch(new RegExp(`${rel.replace(/[./]/g, '\\$&')}:\\d+:\\d+`));
      expect(readdirSync(out)).toEqual(['ledger.xlsx']);
    } finally {
      writeFileSync(join(root, rel), text);
    }
  });
});
