// The project's demo estate (records/, records.md "Finding the records") and
// `wuye demo generate` through the real CLI: the demo validates and every read
// command works on it; its wuye.yaml sets the fees of the manual's move-in (四.2
// 4.5); a generated estate is one clean commit that validates.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import jsyaml from 'js-yaml';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../../src/core/calendar.js';
import { loadCalendarOverrides, loadConfig } from '../../../src/core/root.js';
import { git, PROJECT, tmp, wuye } from '../../helpers/cli.js';

const RECORDS = join(PROJECT, 'records');
const demo = (args: string[]) => wuye(PROJECT, ['--records', RECORDS, ...args]);

interface UnitRow {
  id: string;
  type: string;
  state: string;
  owners: string[];
  fee_start: string | null;
}

describe('the demo estate (records/)', () => {
  it('validates with no errors', () => {
    const r = demo(['validate']);
    expect(r.stderr + r.stdout).toMatch(/\b0 个错误/);
    expect(r.code).toBe(0);
  });

  it('has three residential buildings, shops and parking; building 3 is in its move-in', () => {
    const r = demo(['unit', 'list', '--json']);
    expect(r.code).toBe(0);
    const units = JSON.parse(r.stdout) as UnitRow[];
    expect(units.length).toBeGreaterThanOrEqual(100);
    const by = (b: string) => units.filter((u) => u.id.startsWith(`${b}-`));
    expect(by('1').length).toBe(32);
    expect(by('2').length).toBe(32);
    expect(by('S1').every((u) => u.type === 'shop')).toBe(true);
    expect(by('P1').every((u) => u.type === 'parking')).toBe(true);
    // Old buildings: mostly lived in, some let, some vacant.
    const old = [...by('1'), ...by('2')];
    expect(old.filter((u) => u.state === 'occupied').length).toBeGreaterThan(old.length / 2);
    expect(old.some((u) => u.state === 'let')).toBe(true);
    expect(old.some((u) => u.state === 'vacant')).toBe(true);
    // Building 3: every flat sold to a buyer; most have the notice date as fee start.
    const b3 = by('3');
    expect(b3).toHaveLength(32);
    expect(b3.every((u) => u.owners.length > 0)).toBe(true);
    expect(b3.filter((u) => u.fee_start === '2026-11-16').length).toBeGreaterThanOrEqual(28);
  });

  it("shows a let unit with its tenants and the owner's consent, masked", () => {
    const list = JSON.parse(demo(['unit', 'list', '--state', 'let', '--json']).stdout) as UnitRow[];
    const let1 = list.find((u) => u.id.startsWith('1-') || u.id.startsWith('2-'))!;
    const shown = JSON.parse(demo(['show', let1.id, '--json']).stdout);
    expect(shown.tenants[0]).toMatchObject({
      from: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      to: expect.stringMatching(/^\d{4}-/),
      consent: expect.stringContaining('业主书面同意'),
    });
    const text = demo(['unit', 'show', let1.id]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/租户\s+P\d{6} \S+ 1\d\d\*\*\*\*\d{4}/);
  });

  it('has a company buyer in building 3 with its business licence', () => {
    const list = JSON.parse(demo(['unit', 'list', '--building', '3', '--json']).stdout) as UnitRow[];
    const companies = list
      .flatMap((u) => u.owners)
      .map(
        (p) =>
          jsyaml.load(readFileSync(join(RECORDS, 'people', `${p}.yaml`), 'utf8')) as { company?: { licence: string } },
      )
      .filter((p) => p.company);
    expect(companies.length).toBeGreaterThanOrEqual(1);
    expect(companies[0].company!.licence).toMatch(/^91430[0-9A-Z]{13}$/);
  });

  it('has staff in every role, with e-mails for git', () => {
    const r = demo(['staff', 'list', '--json']);
    const staff = JSON.parse(r.stdout) as { id: string; email: string; roles: string[] }[];
    expect(new Set(staff.flatMap((s) => s.roles))).toEqual(
      new Set(['director', 'cs-manager', 'cs-assistant', 'cashier', 'storekeeper', 'engineer', 'security', 'finance']),
    );
    expect(staff.every((s) => /@jueshixiang-wy\.com$/.test(s.email))).toBe(true);
    expect(staff.find((s) => s.id === 'S001')!.roles).toEqual(['director']);
  });

  it('configures the center and the move-in fees of the manual (四.2 4.5)', () => {
    const c = loadConfig(RECORDS);
    expect(c.center).toMatchObject({
      name: '爵士湘物业服务中心',
      estate: '爵士湘花园',
      phones: { hotline: expect.any(String), service: expect.any(String), complaints: expect.any(String) },
    });
    expect(c.center.bank?.account).toMatch(/^[0-9 ]+$/);
    const item = (code: string) => c.fees.items.find((i) => i.code === code)!;
    expect(item('mgmt-residential').rates).toEqual([
      { rate: '1.80', from: '2016-01-01', to: '2025-12-31' },
      { rate: '2.10', from: '2026-01-01' },
    ]);
    expect(item('parking')).toMatchObject({ kind: 'periodic', rule: 'per-space-month' });
    expect(item('gas-account')).toMatchObject({ kind: 'pass-through', at_movein: true });
    expect(item('cable-tv')).toMatchObject({ kind: 'pass-through', at_movein: true });
    expect(item('renovation-deposit')).toMatchObject({ kind: 'deposit', at_movein: true, optional: true });
    expect(item('debris')).toMatchObject({ kind: 'one-off', at_movein: true, optional: true });
    expect(c.fees.late_fee.enabled).toBe(false);
    expect(c.fees.dunning.map((d) => d.after_months)).toEqual([1, 3, 6]);
    expect(c.movein.bring.some((b) => b.includes('营业执照'))).toBe(true);
  });

  it('has the provisional 2027 calendar: Spring Festival off, make-up Sunday on', () => {
    const cal = new WorkCalendar(loadCalendarOverrides(RECORDS));
    expect(cal.covers(2027)).toBe(true);
    expect(cal.isWorkday('2027-02-08')).toBe(false); // Monday in the Spring Festival holiday
    expect(cal.isWorkday('2027-02-14')).toBe(true); // Sunday make-up working day
    expect(cal.isWorkday('2027-10-04')).toBe(false);
  });

  it('finds people by name and the unit list reads in Chinese', () => {
    const someone = jsyaml.load(readFileSync(join(RECORDS, 'people', 'P000001.yaml'), 'utf8')) as { name: string };
    const r = demo(['find', someone.name]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(`P000001\\s+人员\\s+${someone.name}\\s+1-1-0101（业主）\\s+姓名 ${someone.name}`),
    );
    expect(demo(['unit', 'list']).stdout).toMatch(/1-1-0101\s+住宅/);
  });
});

describe('wuye demo generate DIR', () => {
  it('writes an estate as one clean commit that validates', () => {
    const dir = join(tmp(), 'estate');
    // 100 units: the same kinds of records as 300 (bench scale is the bench's), a third of the files to validate
    const r = wuye(PROJECT, ['demo', 'generate', dir, '--units', '100', '--seed', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/100 套房屋/);
    expect(git(dir, ['log', '--oneline']).trim().split('\n')).toHaveLength(1);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
    const v = wuye(dir, ['validate']);
    expect(v.code).toBe(0);
    expect(JSON.parse(wuye(dir, ['unit', 'list', '--json']).stdout)).toHaveLength(100);
  });

  it('--no-git writes no repository; a non-empty folder is refused', () => {
    const dir = join(tmp(), 'estate');
    expect(wuye(PROJECT, ['demo', 'generate', dir, '--units', '50', '--no-git']).code).toBe(0);
    expect(existsSync(join(dir, '.git'))).toBe(false);
    expect(readdirSync(join(dir, 'units')).length).toBeGreaterThan(0);
    const again = wuye(PROJECT, ['demo', 'generate', dir, '--units', '50']);
    expect(again.code).toBe(2);
    expect(wuye(PROJECT, ['demo', 'generate', join(tmp(), 'x'), '--units', 'abc']).code).toBe(2);
  });
});
