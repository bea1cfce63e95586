// The registry's forms and report through the real CLI: wuye form owner-registration
// (filled and masked, --reveal, --blank, byte-identical on re-run) and wuye unit report --xlsx.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { errLine, exists, nationalId, newRoot, wuye } from '../../helpers/cli.js';
import { pdfPages, pdfText } from '../../render/helpers.js';

describe('wuye form and wuye unit report', () => {
  const root = newRoot();
  const NID = nationalId('11010119900307123');
  const setup = [
    [
      'unit',
      'add',
      '1-2-0801',
      '--type',
      'residential',
      '--area',
      '89.37',
      '--layout',
      '三室两厅',
      '--water-meter',
      'W1020801',
      '--fee-start',
      '2026-07-01',
    ],
    ['unit', 'add', '1-2-0802', '--type', 'residential', '--area', '101.20', '--state', 'vacant'],
    ['unit', 'add', '2-1-0101', '--type', 'shop', '--area', '45.50'],
    [
      'person',
      'add',
      '--name',
      '张伟',
      '--national-id',
      NID,
      '--phone',
      '13800138000',
      '--emergency',
      '李娜:13700001111:配偶',
    ],
    ['person', 'add', '--name', '张小明'],
    ['unit', 'update', '1-2-0801', '--add-owner', 'P000001', '--add-vehicle', '京A12345:P-023', '--state', 'occupied'],
    ['moving', 'residents', 'add', '1-2-0801', '--person', 'P000002', '--relation', '子'],
  ];

  it('sets up units and people', () => {
    for (const a of setup) {
      const r = wuye(root, a);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
  });

  it("prints the registration form filled from the unit: the owner's own document, in full for who may, recorded", () => {
    const r = wuye(root, ['form', 'owner-registration', '1-2-0801']);
    expect(r.stderr).toContain('含未遮蔽的个人资料，请妥善保管');
    expect(r.code).toBe(0);
    const file = join(root, 'out', '1-2-0801-owner-registration.pdf'); // documents go to out/ (issue 11 item 7)
    const text = pdfText(file);
    for (const s of [
      '测试服务中心',
      '业主/住户情况登记表',
      'KF-DA-01',
      '1-2-0801',
      '张伟',
      NID,
      '13800138000',
      '张小明',
      '子',
      '京A12345',
      'W1020801',
      '89.37 m²',
      '2026年7月1日',
      '李娜（配偶）',
    ])
      expect(text).toContain(s);
    expect(pdfPages(file)).toBe(1);
    const entries = JSON.parse(wuye(root, ['audit', 'reveals', '--json']).stdout) as { reason: string }[];
    expect(entries.at(-1)!.reason).toBe('业主本人文件打印：业主/住户情况登记表');
    // a second run gives the same bytes and leaves the file alone
    const before = statSync(file).mtimeMs;
    const again = wuye(root, ['form', 'owner-registration', '1-2-0801']);
    expect(again.stdout).toContain('内容未变');
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('prints personal data in full with --reveal, and warns', () => {
    const r = wuye(root, [
      'form',
      'owner-registration',
      '1-2-0801',
      '--reveal',
      '--reason',
      '业主本人签字',
      '--out',
      'revealed.pdf',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('未遮蔽');
    const text = pdfText(join(root, 'revealed.pdf'));
    expect(text).toContain(NID);
    expect(text).toContain('13800138000');
    // the reveal left its audit entry: who, why, the unit named and the file written
    const entries = JSON.parse(wuye(root, ['audit', 'reveals', '--json']).stdout) as {
      by: string;
      reason: string;
      records: { kind: string; id: string }[];
      outputs: string[];
    }[];
    expect(entries.at(-1)).toMatchObject({
      by: 'S001',
      reason: '业主本人签字',
      records: [{ kind: 'unit', id: '1-2-0801' }],
    });
    expect(entries.at(-1)!.outputs[0]).toMatch(/revealed\.pdf$/);
  });

  it('prints a blank form with no data', () => {
    const r = wuye(root, ['form', 'owner-registration', '--blank', '--out', 'blank.pdf']);
    expect(r.code).toBe(0);
    const text = pdfText(join(root, 'blank.pdf'));
    expect(text).toContain('业主/住户情况登记表');
    expect(text).toContain('测试服务中心');
    for (const s of ['张伟', '1-2-0801', '89.37']) expect(text).not.toContain(s);
  });

  it('lists the forms, and refuses what it cannot print with the right exit codes', () => {
    expect(wuye(root, ['form', '--list']).stdout).toContain('owner-registration');
    expect(wuye(root, ['form', 'no-such-form', '1-2-0801']).code).toBe(3);
    const missing = wuye(root, ['form', 'owner-registration']);
    expect(missing.code).toBe(2);
    expect(errLine(missing)).toContain('缺少编号');
    expect(wuye(root, ['form', 'owner-registration', '9-9-9999']).code).toBe(3);
    expect(wuye(root, ['form', 'owner-registration', '../x']).code).toBe(2);
  });

  it('writes the unit register: summary by building first, then every unit', async () => {
    const r = wuye(root, ['unit', 'report', '--xlsx', 'units.xlsx']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(root, 'units.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '房屋明细']);
    const sum = wb.getWorksheet('汇总')!;
    expect(String(sum.getCell('A1').value)).toBe('测试服务中心  房屋登记报表');
    expect(sum.getRow(5).values).toEqual(
      expect.arrayContaining(['楼栋', '套数', '建筑面积（m²）', '已入住', '空置', '住宅', '商铺']),
    );
    expect(sum.getRow(6).getCell(1).value).toBe('1');
    expect(sum.getRow(6).getCell(2).value).toBe(2);
    expect(sum.getRow(6).getCell(3).value).toBeCloseTo(190.57, 2); // 89.37 + 101.20
    expect(sum.getRow(7).getCell(2).value).toBe(1);
    expect(sum.getRow(8).getCell(2).value).toEqual({ formula: 'SUM(B6:B7)', result: 3 }); // its value cached
    const det = wb.getWorksheet('房屋明细')!;
    expect(det.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(det.autoFilter).toBe('A5:L5');
    const first = det.getRow(6).values as unknown[];
    expect(first).toEqual(expect.arrayContaining(['1-2-0801', '住宅', '已入住', 89.37, '三室两厅', '张伟']));
    expect(det.getRow(6).getCell(12).value).toEqual(new Date(Date.UTC(2026, 6, 1)));
    const b = wuye(root, ['unit', 'report', '--xlsx', 'b2.xlsx', '--building', '2']);
    expect(b.code).toBe(0);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(join(root, 'b2.xlsx'));
    expect(wb2.getWorksheet('房屋明细')!.getRow(6).getCell(1).value).toBe('2-1-0101');
    expect(wb2.getWorksheet('房屋明细')!.getRow(7).getCell(1).value).toBe('合计');
    expect(readFileSync(join(root, 'b2.xlsx')).length).toBeGreaterThan(1000);
  });

  it('prints the register as JSON with --json; with --xlsx too, what it wrote (as every report does)', () => {
    const r = wuye(root, ['unit', 'report', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.sheets[1].rows.map((x: { id: string }) => x.id)).toEqual(['1-2-0801', '1-2-0802', '2-1-0101']);
    const x = wuye(root, ['unit', 'report', '--xlsx', 'j.xlsx', '--json']);
    expect(x.code).toBe(0);
    expect(JSON.parse(x.stdout)).toEqual({ file: expect.stringMatching(/j\.xlsx$/), rows: expect.any(Number) });
    expect(exists(root, 'j.xlsx')).toBe(true);
  });
});
