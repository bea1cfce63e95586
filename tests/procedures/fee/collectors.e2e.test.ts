// What collectors need (issue 11 item 14; 07-fees.md "Arrears and dunning"): fee arrears and the arrears
// workbook name each unit's owner and phone (masked unless --reveal), and money on screen always has
// thousands separators — on the demo estate, through the real CLI.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { newRoot, tmp, wuye } from '../../helpers/cli.js';
import { ok } from './setup.js';

/** An amount of a thousand yuan or more written without separators (1234.56), on screen. */
const UNSEPARATED = /(?<![\d,.])\d{4,}\.\d{2}\b/;

describe('fee arrears for the collectors', () => {
  let root: string;
  beforeAll(() => {
    root = newRoot({ demo: true });
  });

  it('lists the owner and the masked phone of each unit in arrears; money separated by thousands', () => {
    const r = ok(wuye(root, ['fee', 'arrears']));
    expect(r.stdout).toMatch(/房屋\s+业主\s+电话\s+最早欠费期/);
    const rows = r.stdout.split('\n').filter((l) => /^\S+-\d-\S+\s/.test(l));
    expect(rows.length).toBeGreaterThan(3);
    for (const l of rows) expect(l).toMatch(/^\S+\s+\S+\s+1\d{2}\*{4}\d{4}\s+\d{4}-\d{2}\s/);
    expect(r.stdout).not.toMatch(/1[3-9]\d{9}/);
    const total = r.stdout.split('\n').find((l) => l.startsWith('合计'))!;
    expect(total).toMatch(/\d{1,3}(,\d{3})+\.\d{2}\s*$/);
    expect(r.stdout).not.toMatch(UNSEPARATED);
    expect(r.stderr).toMatch(/合计 ¥\d{1,3}(,\d{3})+\.\d{2}/);
    // --reveal for the one who calls; --json names them too
    expect(ok(wuye(root, ['fee', 'arrears', '--reveal', '--reason', '催缴电话'])).stdout).toMatch(/1[3-9]\d{9}/);
    const j = JSON.parse(ok(wuye(root, ['fee', 'arrears', '--json'])).stdout) as { owner: string; phone: string }[];
    expect(j[0].owner).not.toBe('');
    expect(j[0].phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
  });

  it('the arrears workbook has the owner and the masked phone beside each unit', async () => {
    const file = join(tmp('arrears-'), 'arrears.xlsx');
    ok(wuye(root, ['fee', 'report', 'arrears', '--xlsx', file]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(5).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['房屋', '业主', '电话']);
    const first = (ws.getRow(6).values as unknown[]).slice(1);
    expect(first[1]).toMatch(/\S/);
    expect(first[2]).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(ws.getRow(6).getCell(header.indexOf('合计') + 1).numFmt).toBe('¥#,##0.00');
  });

  it('fee account shows money with thousands separators', () => {
    const list = JSON.parse(ok(wuye(root, ['fee', 'arrears', '--json'])).stdout) as { unit: string }[];
    const r = ok(wuye(root, ['fee', 'account', list[0].unit]));
    expect(r.stdout).not.toMatch(UNSEPARATED);
    expect(r.stdout).toMatch(/\d{1,3}(,\d{3})+\.\d{2}/); // the year's totals pass a thousand
  });
});
