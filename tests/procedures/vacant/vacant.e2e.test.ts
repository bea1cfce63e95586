// Vacant units end to end through the real CLI (manual 四.5; issue 14; issue 10 item 6): list with the overdue
// unit, a round's check sheet, a check whose finding opens a repair order, a viewing through the key register,
// the discount application (on-site check, the cs-manager's approval) and billing that reads it — an imported
// vacant unit without one pays in full —, the report (standard 四.5), the forms, and the refusals.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../helpers/pdf.js';
import { git, newRoot, read, tmp, wuye } from '../../helpers/cli.js';
import { checkState, discountMonths, vacantCheckStandard } from '../../../src/procedures/vacant/rules.js';

let root: string;
const head = () => git(root, ['rev-parse', 'HEAD']).trim();
const ok = (r: ReturnType<typeof wuye>) => {
  expect(r.code, r.stderr + r.stdout).toBe(0);
  return r;
};
const MANAGER = ['--as', 'S002'];
const DESK = ['--as', 'S003'];

beforeAll(() => {
  root = newRoot({ demo: true });
});

describe('vacant rules', () => {
  it('a unit is due a check check_days after the last and overdue after that', () => {
    const rec = { kind: 'vacant' as const, id: '1-1-0101', checks: [{ date: '2026-10-01', by: 'S003' }] };
    expect(checkState(rec, '2020-01-01', '2026-11-01', 31)).toMatchObject({ due: '2026-11-01', overdue: false });
    expect(checkState(rec, '2020-01-01', '2026-11-03', 31)).toMatchObject({ overdue: true, daysOver: 2 });
    const s = vacantCheckStandard([{ id: '1-1-0101', since: '2020-01-01', rec }], '2026-10-01', '2026-11-30', 31);
    expect(s).toMatchObject({ units: 1, checks: 1, late: 1, evidence: ['1-1-0101 (60)'] });
  });
  it('the discount covers the approved months only, never before the month it was applied for', () => {
    const d = { no: 1, applied: '2026-11-20', from: '2026-09', to: '2027-01', check: '2026-11-19', by: 'S003' };
    const rec = (state: 'applied' | 'approved') => ({ kind: 'vacant' as const, id: 'x', discounts: [{ ...d, state }] });
    expect([...discountMonths(rec('approved'))]).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(discountMonths(rec('applied')).size).toBe(0);
    expect(discountMonths(undefined).size).toBe(0);
  });
});

describe('wuye vacant', () => {
  it('lists the vacant and unsold units with the one overdue', () => {
    const j = JSON.parse(ok(wuye(root, ['vacant', 'list', '--json'])).stdout) as { unit: string; overdue: boolean }[];
    expect(j.length).toBe(16);
    expect(j.filter((u) => u.overdue).map((u) => u.unit)).toEqual(['2-2-0501']);
    expect(ok(wuye(root, ['vacant', 'list', '--overdue'])).stdout).toContain('2-2-0501');
  });

  it('prints the check sheet of a round, one row per unit of the building', () => {
    const out = join(tmp(), 'round.pdf');
    ok(wuye(root, ['vacant', 'round', '--building', '1', '--out', out]));
    const text = pdfText(out);
    expect(text).toContain('空置房巡查记录表');
    for (const u of ['1-1-0201', '1-1-0602', '1-1-0801', '1-2-0201']) expect(text).toContain(u);
    expect(text).not.toContain('2-1-0101');
  });

  it('records a check whose finding opens a repair order in the same commit', () => {
    const before = head();
    const r = ok(
      wuye(root, [
        'vacant',
        'check',
        '1-1-0602',
        '--fault',
        'water',
        '--findings',
        '卫生间顶棚渗水',
        '--repair',
        ...DESK,
      ]),
    );
    expect(r.stdout).toMatch(/维修单 BX2026-\d{4}/);
    expect(git(root, ['rev-list', '--count', `${before}..HEAD`]).trim()).toBe('1');
    const rec = read(root, 'vacant/1/1-1-0602.yaml');
    const repair = /repair: (BX2026-\d{4})/.exec(rec)![1];
    expect(rec).toMatch(/date: 2026-11-28\s+by: S003\s+round: 2026-11\s+faults:\s+- water/);
    expect(read(root, `repairs/2026/${repair}.yaml`)).toContain('空置房巡查发现：卫生间顶棚渗水');
  });

  it('refuses a check of a unit that is not vacant, and --repair without a finding; nothing written', () => {
    const before = head();
    const occupied = read(root, 'units/1/1-1-0101.yaml').includes('state: occupied') ? '1-1-0101' : '1-1-0102';
    const r = wuye(root, ['vacant', 'check', occupied, ...DESK]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不是空置或未售房屋');
    expect(wuye(root, ['vacant', 'check', '1-1-0602', '--repair', ...DESK]).code).toBe(2);
    expect(head()).toBe(before);
  });

  it('a viewing lends the key through the key register; a second is refused until the first ends', () => {
    ok(wuye(root, ['vacant', 'viewing', '1-1-0801', '--who', '周先生', '--firm', '链家中介', ...DESK]));
    expect(read(root, 'keys/K-1-1-0801.yaml')).toMatch(
      /to: 周先生（链家中介）\s+purpose: 带客户看房[\s\S]*ref: vacant\/1-1-0801/,
    );
    const before = head();
    const again = wuye(root, ['vacant', 'viewing', '1-1-0801', '--who', '吴女士', ...DESK]);
    expect(again.code).toBe(1);
    expect(head()).toBe(before);
    ok(wuye(root, ['vacant', 'viewing', '1-1-0801', '--end', ...DESK], { WUYE_NOW: '2026-11-28T10:40:00+08:00' }));
    expect(read(root, 'vacant/1/1-1-0801.yaml')).toMatch(/who: 周先生[\s\S]*to: 2026-11-28T10:40:00\+08:00/);
    expect(wuye(root, ['vacant', 'viewing', '1-1-0801', '--end', ...DESK]).code).toBe(1);
    const out = join(tmp(), 'v.pdf');
    ok(wuye(root, ['form', 'vacant-viewings', '1-1-0801', '--out', out]));
    expect(pdfText(out)).toMatch(/看房登记表[\s\S]*1-1-0801/);
  });

  it('a discount needs an on-site check and the cs-manager; billing applies it for its months only', () => {
    // 2-2-0501 was last checked 40 days ago: no on-site check behind an application today
    let before = head();
    let r = wuye(root, ['vacant', 'apply-discount', '2-2-0501', '--from', '2026-12', '--to', '2027-05', ...DESK]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('没有现场巡查记录');
    expect(head()).toBe(before);
    // 1-1-0602 was checked today
    ok(wuye(root, ['vacant', 'apply-discount', '1-1-0602', '--from', '2026-12', '--to', '2027-05', ...DESK]));
    expect(read(root, 'vacant/1/1-1-0602.yaml')).toMatch(
      /from: 2026-12\s+to: 2027-05\s+check: 2026-11-28\s+state: applied/,
    );
    before = head();
    r = wuye(root, ['vacant', 'apply-discount', '1-1-0602', '--approve', ...DESK]);
    expect(r.code).toBe(1);
    expect(head()).toBe(before);
    ok(wuye(root, ['vacant', 'apply-discount', '1-1-0602', '--approve', ...MANAGER]));
    expect(read(root, 'vacant/1/1-1-0602.yaml')).toMatch(
      /state: approved\s+by: S003\s+decided_by: S002\s+decided_on: 2026-11-28/,
    );
    // billing December: the approved unit 30 % off its management fee, the unit with none (1-1-0801) in full
    ok(wuye(root, ['fee', 'bill', '--period', '2026-12', '--building', '1', '--as', 'S005']));
    const on = read(root, 'fees/2026/1-1-0602.yaml');
    expect(on).toMatch(/id: 2026-12\/mgmt-residential[\s\S]*?gross: "[\d.]+"\s+discount: "[\d.]+"/);
    // the account shows the discount on its line, so the amount can be followed
    expect(wuye(root, ['fee', 'account', '1-1-0602']).stdout).toMatch(
      /2026-12\/mgmt-residential .*×2\.10−空置优惠\d+\.\d\d/,
    );
    const off = read(root, 'fees/2026/1-1-0801.yaml');
    expect(off).toMatch(/id: 2026-12\/mgmt-residential/);
    expect(off.slice(off.indexOf('id: 2026-12/mgmt-residential'))).not.toMatch(/^\s+discount:/m);
  });

  it('reports standard 四.5: units, checks, the unit left unchecked too long; as a workbook', async () => {
    const j = JSON.parse(
      ok(wuye(root, ['vacant', 'report', '--from', '2026-11-01', '--to', '2026-11-28', '--json'])).stdout,
    );
    expect(JSON.stringify(j)).toContain('2-2-0501');
    const out = join(tmp(), 'kz.xlsx');
    ok(wuye(root, ['vacant', 'report', '--xlsx', out]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const units = wb.worksheets[1];
    const rows = units.getSheetValues().map((r) => JSON.stringify(r));
    expect(rows.some((r) => r.includes('2-2-0501') && r.includes('天无巡查'))).toBe(true);
  });

  it('prints the round sheet as recorded and blank', () => {
    const out = join(tmp(), 'r.pdf');
    ok(wuye(root, ['form', 'vacant-round', '1:2026-11', '--out', out]));
    expect(pdfText(out)).toMatch(/卫生间顶棚渗水/);
    ok(wuye(root, ['form', 'vacant-round', '--blank', '--out', join(tmp(), 'b.pdf')]));
    expect(wuye(root, ['form', 'vacant-round', '1:2026-13']).code).toBe(2);
  });
});
