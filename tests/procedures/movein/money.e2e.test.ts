// Issue 10, money in one ledger, through the real CLI in a throwaway repo (manual 四.2 3.4, 4.4, 4.5; 四.3 5.1.6):
// the inspection is engineering's and its deadline the agreed one; the move-in fees are the cashier's, billed and
// paid on the unit's fee account with receipts of the cashier's book in the same commit, the management fee from
// the notice's date among them (and not billed again by the run); the day close and validate see them; the
// renovation deposit and debris fee paid at move-in are the renovation case's own, not asked again.
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errLine, git, newRoot, read, wuye } from '../../helpers/cli.js';

const FEES = `fees:
  items:
    - { code: management, name: 物业管理服务费, kind: periodic, rule: per-area-month, unit_types: [residential], rates: [{ rate: "2.10", from: 2026-01-01 }] }
    - { code: gas-opening, name: 煤气开户费, kind: pass-through, rule: fixed, at_movein: true, rates: [{ rate: "300.00", from: 2026-01-01 }] }
    - { code: renovation-deposit, name: 装修保证金, kind: deposit, rule: fixed, at_movein: true, optional: true, rates: [{ rate: "2000.00", from: 2026-01-01 }] }
    - { code: debris, name: 装修垃圾清运费, kind: one-off, rule: fixed, at_movein: true, optional: true, rates: [{ rate: "300.00", from: 2026-01-01 }] }
`;
const at = (day: string, hm = '10:00') => ({ WUYE_NOW: `${day}T${hm}:00+08:00` });
const UNIT = '3-1-0101';

describe('move-in money through the fee account, and the renovation that honours it', { timeout: 240_000 }, () => {
  const root = newRoot();
  const ok = (args: string[], day: string, hm?: string) => {
    const r = wuye(root, args, at(day, hm));
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
    return r;
  };
  const head = () => git(root, ['rev-parse', 'HEAD']).trim();
  appendFileSync(`${root}/wuye.yaml`, FEES);
  git(root, ['commit', '-qam', 'fees']);
  const staff = (id: string, name: string, dept: string, role: string) =>
    ok(
      ['staff', 'add', id, '--name', name, '--email', `${id}@x.cn`, '--department', dept, '--roles', role],
      '2026-11-02',
    );
  staff('S004', '客服丁', 'customer-service', 'cs-assistant');
  staff('S005', '收银乙', 'finance', 'cashier');
  staff('S007', '工程甲', 'engineering', 'engineer');
  staff('S009', '保安丙', 'security', 'security');
  ok(['person', 'add', '--name', '张三'], '2026-11-02');
  ok(['unit', 'add', UNIT, '--type', 'residential', '--area', '89.37'], '2026-11-02');
  ok(['unit', 'update', UNIT, '--add-owner', 'P000001'], '2026-11-02');
  ok(
    ['movein', 'plan', '--building', '3', '--from', '2026-11-16', '--per-day', '2', '--announced-on', '2026-11-05'],
    '2026-11-03',
  );
  ok(['movein', 'notice', '--building', '3', '--sent-on', '2026-11-04'], '2026-11-04');
  ok(['fee', 'books', 'issue', 'SJ-0001', '--from', '0000101', '--to', '0000150', '--cashier', 'S005'], '2026-11-04');
  ok(['movein', 'checkin', UNIT, '--documents', 'purchase-contract,owner-id,photos,steps-form'], '2026-11-16', '09:05');

  it('the inspection is engineering’s (4.4 1, 3.5): a cashier or the desk is refused, nothing written', () => {
    const before = head();
    for (const as of ['S005', 'S004']) {
      const r = wuye(root, ['movein', 'inspect', UNIT, '--result', 'signed', '--as', as], at('2026-11-16', '09:20'));
      expect(r.code).toBe(1);
      expect(errLine(r)).toContain('只能由设备维护部办理');
    }
    const wrongInspector = wuye(
      root,
      ['movein', 'inspect', UNIT, '--result', 'signed', '--inspector', 'S005', '--as', 'S007'],
      at('2026-11-16', '09:20'),
    );
    expect(wrongInspector.code).toBe(1);
    expect(errLine(wrongInspector)).toContain('--inspector: S005（收银乙）不是设备维护部的人员');
    expect(head()).toBe(before);
  });

  it('defects are fixed "within the agreed time" (4.4 3): no invented default, the agreed date is asked for', () => {
    const r = wuye(
      root,
      ['movein', 'inspect', UNIT, '--result', 'signed', '--defect', '主卧:墙面裂缝:wall', '--as', 'S007'],
      at('2026-11-16', '09:20'),
    );
    expect(r.code).toBe(2);
    expect(errLine(r)).toContain('须用 --deadline 写明与业主约定的整改日期');
    expect(r.stderr).toContain('movein.rectify_workdays');
    ok(
      [
        ...['movein', 'inspect', UNIT, '--result', 'signed', '--defect', '主卧:墙面裂缝:wall'],
        ...['--deadline', '2026-12-04', '--water', '3.2', '--as', 'S007'],
      ],
      '2026-11-16',
      '09:20',
    );
    expect(read(root, `movein/${UNIT}.yaml`)).toMatch(/deadline: 2026-12-04/);
  });

  it('the cashier takes the move-in fees through the fee account: bills, payments, receipts of the book, one commit', () => {
    const refused = wuye(root, ['movein', 'fees', UNIT], at('2026-11-16', '09:35'));
    expect(refused.code).toBe(1);
    expect(errLine(refused)).toContain('只能由内勤助理（收费）办理');
    const r = ok(
      ['movein', 'fees', UNIT, '--receipt', '0000101', '--method', 'wechat', '--as', 'S005'],
      '2026-11-16',
      '09:35',
    );
    // management 89.37 × 2.10: 11-16..30 = 15/30 → 93.84 (93.8385), then 187.68 (187.677) × 2; gas 300; debris 300; deposit 2000
    expect(r.stdout).toContain('入伙费用已收 ¥3,069.20，收据 0000101、0000102');
    const files = git(root, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').sort();
    expect(files).toEqual([
      'fees/2026/3-1-0101.yaml',
      'fees/2027/3-1-0101.yaml',
      `movein/${UNIT}.yaml`,
      'receipts/SJ-0001.yaml',
    ]);
    const acc = read(root, 'fees/2026/3-1-0101.yaml');
    expect(acc).toMatch(
      /id: 2026-11\/management\n[\s\S]*?days: 15\n\s+days_in_month: 30\n\s+amount: "93.84"\n\s+due: 2026-11-30/,
    );
    expect(acc).toMatch(/id: 2026-12\/management\n[\s\S]*?amount: "187.68"\n\s+due: 2026-12-15/);
    expect(acc).toMatch(/id: 2026-11\/gas-opening\n[\s\S]*?amount: "300.00"\n\s+due: 2026-11-16/);
    expect(acc).toMatch(/receipt: "0000101"\n\s+book: SJ-0001\n[\s\S]*?amount: "1069.20"\n\s+method: wechat/);
    expect(acc).toMatch(
      /receipt: "0000102"\n\s+book: SJ-0001\n[\s\S]*?amount: "2000.00"[\s\S]*?deposit: renovation-deposit/,
    );
    expect(read(root, 'fees/2027/3-1-0101.yaml')).toMatch(/id: 2027-01\/management\n[\s\S]*?amount: "187.68"/);
    expect(read(root, 'receipts/SJ-0001.yaml')).toMatch(/no: "0000101"\n\s+status: used[\s\S]*no: "0000102"/);
    const c = read(root, `movein/${UNIT}.yaml`);
    expect(c).toMatch(
      /code: management\n\s+name: 物业管理服务费\n\s+amount: "469.20"\n[\s\S]*?status: collected\n\s+receipt: "0000101"/,
    );
    expect(c).toMatch(/code: renovation-deposit[\s\S]*?status: collected\n\s+receipt: "0000102"/);
    expect(c).toContain('account: fees/2026/3-1-0101.yaml');
    const account = JSON.parse(wuye(root, ['fee', 'account', UNIT, '--json'], at('2026-11-16', '11:00')).stdout);
    expect(account).toMatchObject({ outstanding: '0.00', deposits: { 'renovation-deposit': '2000.00' } });
  });

  it('the billing run does not bill the prepaid months again; the day close and validate see the receipts', () => {
    const dec = ok(['fee', 'bill', '--period', '2026-12', '--building', '3'], '2026-12-01');
    expect(dec.stdout).toContain('已计费 1 行未重复');
    ok(['fee', 'close-day', '--date', '2026-11-16', '--as', 'S005'], '2026-11-16', '17:30');
    const day = read(root, 'cashdays/2026/2026-11-16-S005.yaml');
    expect(day).toMatch(/no: "0000101"[\s\S]*no: "0000102"/);
    expect(day).toMatch(/total: "3069.20"/);
    expect(wuye(root, ['validate'], at('2026-12-01')).code).toBe(0);
  });

  it('renovation apply is 用户服务部’s: security and the cashier are refused even when the application is incomplete', () => {
    const before = head();
    for (const as of ['S009', 'S005']) {
      const r = wuye(
        root,
        [
          ...['renovation', 'apply', '--unit', UNIT, '--applicant', 'P000001', '--contractor', '美家装饰', '--manager'],
          ...['王工', '--contractor-phone', '13900000000', '--scope', 'walls', '--start', '2026-12-10', '--end'],
          ...['2027-01-20', '--as', as],
        ],
        at('2026-12-01'),
      );
      expect(r.code).toBe(1);
      expect(errLine(r)).toContain('「受理装修申请」只能由');
    }
    expect(head()).toBe(before);
  });

  it('a planned start in the past is refused', () => {
    const r = wuye(
      root,
      [
        ...['renovation', 'apply', '--unit', UNIT, '--applicant', 'P000001', '--contractor', '美家装饰', '--manager'],
        ...['王工', '--contractor-phone', '13900000000', '--scope', 'walls', '--start', '2026-11-30', '--end'],
        ...['2027-01-20', '--drawings', 'floor-plan,electrical,water-drainage', '--as', 'S004'],
      ],
      at('2026-12-01'),
    );
    expect(r.code).toBe(1);
    expect(errLine(r)).toContain('计划开工日期 2026-11-30 早于今天（2026-12-01）');
  });

  it('the deposit and debris fee paid at move-in are the renovation case’s: held, not asked again', () => {
    const r = ok(
      [
        ...['renovation', 'apply', '--unit', UNIT, '--applicant', 'P000001', '--contractor', '美家装饰', '--manager'],
        ...['王工', '--contractor-phone', '13900000000', '--scope', 'walls', '--start', '2026-12-10', '--end'],
        ...['2027-01-20', '--drawings', 'floor-plan,electrical,water-drainage', '--as', 'S004'],
      ],
      '2026-12-01',
    );
    expect(r.stdout).toContain(
      '收费账户已有 装修押金 2000.00（收据 0000102，已交，沿用）；垃圾清运费 300.00（收据 0000101，已交，沿用）',
    );
    const file = 'renovation/2026/ZX2026-0001.yaml';
    expect(read(root, file)).toMatch(/debris_entrusted: true/);
    expect(read(root, file)).toMatch(
      /item: deposit\n\s+amount: "2000.00"\n\s+receipt: "0000102"\n\s+book: SJ-0001\n\s+at: 2026-11-16T09:35:00\+08:00\n\s+by: S005\n\s+held: true/,
    );
    ok(['renovation', 'review', 'ZX2026-0001', '--result', 'pass', '--as', 'S007'], '2026-12-02');
    ok(['renovation', 'decide', 'ZX2026-0001', '--result', 'approve'], '2026-12-02', '15:00');
    const show = JSON.parse(wuye(root, ['renovation', 'show', 'ZX2026-0001', '--json'], at('2026-12-03')).stdout);
    // owed: only the renovation management fee, 89.37 × 3.00 = 268.11 — no deposit, no debris fee again
    expect(show.outstanding).toEqual([{ item: 'management-fee', amount: 268.11 }]);
    const paid = ok(['renovation', 'pay', 'ZX2026-0001', '--item', 'all', '--as', 'S005'], '2026-12-03');
    expect(paid.stdout).toContain('已收 ¥268.11，收据 0000103');
    expect(JSON.parse(wuye(root, ['fee', 'account', UNIT, '--json'], at('2026-12-03')).stdout).deposits).toEqual({
      'renovation-deposit': '2000.00',
    });
    expect(wuye(root, ['validate'], at('2026-12-03')).code).toBe(0);
  });
});
