// Issue 4's "done means", on the demo estate (wuye init --demo) through the real CLI: the cashier on duty
// takes a payment from a unit in arrears and prints a correct receipt from the book in hand; the manager
// prints every statement of the month and the arrears workbook; validate and fee books check add up.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { git, newRoot, tmp, wuye } from '../../helpers/cli.js';
import { pdfText } from '../../helpers/pdf.js';

const text = pdfText;

describe('fees on the demo estate', () => {
  const root = newRoot({ demo: true });
  const out = tmp('demo-fee-');

  it('the cashier takes a payment from a unit in arrears and prints its receipt at once', () => {
    const arrears = JSON.parse(wuye(root, ['fee', 'arrears', '--json']).stdout) as { unit: string; total: string }[];
    const debtor = arrears.find((a) => a.unit === '1-1-0301')!;
    expect(debtor.total).toBe('485.97');
    const r = wuye(root, [
      'fee',
      'pay',
      '1-1-0301',
      '--amount',
      '485.97',
      '--method',
      'cash',
      '--out',
      out,
      '--as',
      'S005',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // the next number of the cashier's book (its numbers up to 0000788 were used before)
    expect(git(root, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').sort()).toEqual([
      'fees/2026/1-1-0301.yaml',
      'receipts/SJ-0016.yaml',
    ]);
    const receipt = text(join(out, '0000789-receipt.pdf'));
    expect(receipt).toContain('0000789');
    expect(receipt).toContain('肆佰捌拾伍元玖角柒分');
    expect(receipt.match(/485\.97/g)!.length).toBeGreaterThanOrEqual(3); // three copies on the page
    const after = JSON.parse(wuye(root, ['fee', 'arrears', '--json']).stdout) as { unit: string }[];
    expect(after.some((a) => a.unit === '1-1-0301')).toBe(false);
  });

  it('the manager prints every statement of the month and the arrears workbook', async () => {
    const st = wuye(root, [
      'fee',
      'statement',
      '--all',
      '--period',
      '2026-11',
      '--out',
      join(out, 'st'),
      '--merge',
      '--json',
    ]);
    expect(st.code, st.stderr).toBe(0);
    const accounts = readdirSync(join(root, 'fees', '2026')).length;
    expect(JSON.parse(st.stdout)).toMatchObject({ count: accounts, pages: accounts });
    const x = wuye(root, ['fee', 'report', 'arrears', '--xlsx', join(out, 'arrears.xlsx')]);
    expect(x.code, x.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'arrears.xlsx'));
    const cells = wb.worksheets[0].getSheetValues().flat().map(String);
    expect(cells).toContain('1-1-0201');
    expect(cells).not.toContain('1-1-0301'); // paid above
  });

  it('validate and fee books check prove the numbers add up', () => {
    const v = wuye(root, ['validate']);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    expect(v.stdout).toMatch(/^0 个错误，0 个警告/m);
    const b = wuye(root, ['fee', 'books', 'check']);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).toMatch(/16 本：已用 788，作废 1，未用 11/);
  });
});
