// A unit through every step of the move-in, through the real CLI in a throwaway
// git repo, and the refusals: a tenant, an agent without a power of attorney,
// a company buyer without its licence, keys before the inspection.
import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errLine, exists, git, newRoot, read, tmp, wuye } from '../../helpers/cli.js';

const FEES = `fees:
  items:
    - { code: management, name: 物业管理服务费, kind: periodic, rule: per-area-month, at_movein: true, rates: [{ rate: "2.35", from: 2026-01-01 }] }
    - { code: gas-opening, name: 煤气开户费, kind: pass-through, rule: fixed, at_movein: true, unit_types: [residential], rates: [{ rate: "300.00", from: 2026-01-01 }] }
    - { code: cable-tv, name: 有线电视初装费, kind: pass-through, rule: fixed, at_movein: true, rates: [{ rate: "280.00", from: 2026-01-01 }] }
    - { code: renovation-deposit, name: 装修保证金, kind: deposit, rule: fixed, at_movein: true, optional: true, rates: [{ rate: "2000.00", from: 2026-01-01 }] }
`;

function setup(): string {
  const root = newRoot();
  const w = (args: string[]) => {
    const r = wuye(root, args);
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  };
  appendFileSync(`${root}/wuye.yaml`, FEES);
  git(root, ['commit', '-qam', 'fees']);
  w(['person', 'add', '--name', '张三', '--phone', '13800138000']); // P000001 owner
  w(['person', 'add', '--name', '李四']); // P000002 tenant
  w(['person', 'add', '--name', '某某科技有限公司', '--company', '某某科技有限公司:91110000MA01ABCD2X']); // P000003 company
  w(['person', 'add', '--name', '王五']); // P000004 agent
  w([
    'staff',
    'add',
    'S002',
    '--name',
    '陈经理',
    '--email',
    'c@example.cn',
    '--department',
    'customer-service',
    '--roles',
    'cs-manager',
  ]);
  // the inspection is engineering's, the money the cashier's (issue 10 items 1, 9)
  for (const [id, name, dept, role] of [
    ['S003', '工程甲', 'engineering', 'engineer'],
    ['S005', '收银乙', 'finance', 'cashier'],
  ])
    w(['staff', 'add', id, '--name', name, '--email', `${id}@example.cn`, '--department', dept, '--roles', role]);
  w(['fee', 'books', 'issue', 'SJ-0001', '--from', '0000101', '--to', '0000150', '--cashier', 'S005']);
  w(['unit', 'add', '3-1-0101', '--type', 'residential', '--area', '89.37']);
  w(['unit', 'add', '3-1-0102', '--type', 'residential', '--area', '120.00']);
  w(['unit', 'add', '3-1-0201', '--type', 'residential', '--area', '89.37']);
  w(['unit', 'add', '3-1-0202', '--type', 'residential', '--area', '89.37']); // no buyer: not planned
  w(['unit', 'update', '3-1-0101', '--add-owner', 'P000001']);
  w(['unit', 'update', '3-1-0102', '--add-owner', 'P000001']);
  w([
    'moving',
    'tenancy',
    'start',
    '3-1-0102',
    '--tenant',
    'P000002',
    '--from',
    '2026-01-01',
    '--to',
    '2026-12-31',
    '--consent',
    '业主书面同意书',
  ]);
  w(['unit', 'update', '3-1-0201', '--add-owner', 'P000003']);
  return root;
}

const DOCS = 'purchase-contract,owner-id,photos,steps-form';
const head = (root: string) => git(root, ['rev-parse', 'HEAD']).trim();

describe('movein through the CLI', () => {
  const root = setup();

  it('plans the buyers of a building, warns about a late announcement, and is idempotent', () => {
    const r = wuye(root, [
      'movein',
      'plan',
      '--building',
      '3',
      '--from',
      '2026-12-05',
      '--per-day',
      '2',
      '--slots',
      '09:00,14:00',
      '--announced-on',
      '2026-11-30',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('登报公告日期 2026-11-30 距首个入伙日 2026-12-05 只有 5 天，不足 7 天');
    expect(r.stdout).toContain('新排定 3 户');
    expect(read(root, 'movein/3-1-0101.yaml')).toMatch(/slot:\n  date: 2026-12-05\n  time: "?09:00"?/);
    expect(read(root, 'movein/3-1-0201.yaml')).toMatch(/date: 2026-12-06/);
    // a new case reads kind, id, unit, then its state (the case engine keeps the order it is given)
    expect(read(root, 'movein/3-1-0102.yaml')).toMatch(
      /^kind: movein\nid: 3-1-0102\nunit: 3-1-0102\nstate: planned\nowner: /,
    );
    expect(exists(root, 'movein/3-1-0202.yaml')).toBe(false);
    expect(git(root, ['show', '--name-only', '--format=%s', 'HEAD']).trim().split('\n')).toEqual([
      'movein: plan building 3 from 2026-12-05',
      '',
      'movein/3-1-0101.yaml',
      'movein/3-1-0102.yaml',
      'movein/3-1-0201.yaml',
    ]);
    const before = head(root);
    const again = wuye(root, [
      'movein',
      'plan',
      '--building',
      '3',
      '--from',
      '2026-12-05',
      '--per-day',
      '2',
      '--slots',
      '09:00,14:00',
      '--announced-on',
      '2026-11-30',
    ]);
    expect(again.code).toBe(0);
    expect(head(root)).toBe(before);
  });

  it('refuses keys before anything was checked, with the reason', () => {
    const r = wuye(root, ['movein', 'keys', '3-1-0101']);
    expect(r.code).toBe(1);
    expect(errLine(r)).toBe('wuye: 入伙资料尚未查验，不能发放钥匙（先办理 movein checkin）');
  });

  it('records the notice and writes the fee start date to the unit', () => {
    const r = wuye(root, [
      'movein',
      'notice',
      '--building',
      '3',
      '--sent-on',
      '2026-11-20',
      '--announced-on',
      '2026-11-27',
    ]);
    expect(r.code).toBe(0);
    expect(read(root, 'units/3/3-1-0101.yaml')).toContain('fee_start: 2026-12-05');
    expect(read(root, 'movein/3-1-0101.yaml')).toMatch(
      /notice:\n  sent_on: 2026-11-20\n  announced_on: 2026-11-27\n  fee_start: 2026-12-05/,
    );
    expect(wuye(root, ['movein', 'notice', '3-1-0101']).code).toBe(1); // already notified
  });

  it('refuses a tenant, an agent without a power of attorney, a company buyer without its licence', () => {
    const before = head(root);
    const tenant = wuye(root, [
      'movein',
      'checkin',
      '3-1-0102',
      '--person',
      'P000002',
      '--agent',
      '--documents',
      `${DOCS},power-of-attorney`,
    ]);
    expect(tenant.code).toBe(1);
    expect(errLine(tenant)).toContain('租户不能办理入伙手续');
    const agent = wuye(root, ['movein', 'checkin', '3-1-0101', '--person', 'P000004', '--agent', '--documents', DOCS]);
    expect(agent.code).toBe(1);
    expect(errLine(agent)).toContain('受托人代办须查验业主的委托书');
    const company = wuye(root, ['movein', 'checkin', '3-1-0201', '--documents', DOCS]);
    expect(company.code).toBe(1);
    expect(errLine(company)).toBe(
      'wuye: 单位购房（某某科技有限公司）须查验单位营业执照副本（--documents 中加 company-licence）',
    );
    expect(head(root)).toBe(before);
    expect(wuye(root, ['movein', 'checkin', '3-1-0201', '--documents', `${DOCS},company-licence`]).code).toBe(0);
    expect(read(root, 'movein/3-1-0201.yaml')).toContain('capacity: company');
  });

  it('takes a unit through every step: defects, fees, a kept key, agreements, completion, failed and passed re-inspections', () => {
    const ok = (args: string[]) => {
      const r = wuye(root, args);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return r;
    };
    ok([
      'movein',
      'checkin',
      '3-1-0101',
      '--person',
      'P000004',
      '--agent',
      '--documents',
      `${DOCS},power-of-attorney`,
      '--photos',
      '2',
    ]);
    const early = wuye(root, ['movein', 'keys', '3-1-0101']);
    expect(early.code).toBe(1);
    expect(errLine(early)).toBe('wuye: 尚未验房，验房签字前不能发放钥匙（先办理 movein inspect）');
    ok([
      'movein',
      'inspect',
      '3-1-0101',
      '--result',
      'signed',
      '--water',
      '3.2',
      '--electricity',
      '12.5',
      '--gas',
      '0.8',
      '--defect',
      '主卧:墙面裂缝:wall',
      '卫生间:地漏堵塞:plumbing',
      '--deadline',
      '2026-12-18',
      '--as',
      'S003',
    ]);
    const c1 = read(root, 'movein/3-1-0101.yaml');
    expect(c1).toMatch(/readings:\n\s+water: "3.2"\n\s+electricity: "12.5"\n\s+gas: "0.8"/);
    expect(c1).toMatch(
      /- no: 2\n\s+round: 1\n\s+location: 卫生间\n\s+description: 地漏堵塞\n\s+category: plumbing\n\s+status: open\n\s+assigned_to: 开发企业项目工程部\n\s+deadline: 2026-12-18/,
    );
    // fees: management 89.37 × 2.35 = 210.0195 → 210.02 × 3 months from 12-05 (27/31 days first: 182.92) + gas 300 + cable 280; deposit deferred
    const f = ok(['movein', 'fees', '3-1-0101', '--defer', 'renovation-deposit', '--as', 'S005']);
    expect(f.stdout).toContain('入伙费用已收 ¥1,182.96');
    expect(read(root, 'movein/3-1-0101.yaml')).toMatch(
      /code: management\n\s+name: 物业管理服务费\n\s+amount: "602.96"/,
    );
    const k = ok(['movein', 'keys', '3-1-0101']);
    expect(k.stdout).toContain('大门钥匙 1 把留存服务中心（K-3-1-0101）');
    expect(read(root, 'keys/K-3-1-0101.yaml')).toMatch(/state: held/);
    expect(read(root, 'units/3/3-1-0101.yaml')).toContain('state: handed-over');
    const notSigned = wuye(root, ['movein', 'complete', '3-1-0101']);
    expect(notSigned.code).toBe(1);
    expect(errLine(notSigned)).toContain('尚未签署 业主临时管理规约、前期物业服务协议、业主/住户安全责任书');
    ok(['movein', 'sign', '3-1-0101']);
    ok(['movein', 'complete', '3-1-0101']);
    expect(read(root, 'movein/3-1-0101.yaml')).toMatch(/resident_cards:\n\s+- person: P000001/); // the owner's card, not the agent's
    ok(['movein', 'rectify', '3-1-0101', '--done', '1,2']);
    const failed = ok(['movein', 'reinspect', '3-1-0101', '--fail', '2', '--deadline', '2026-12-04', '--as', 'S003']);
    expect(failed.stdout).toContain('复验不合格（问题 2），已转用户服务部经理 S001跟进，新期限 2026-12-04');
    const c2 = read(root, 'movein/3-1-0101.yaml');
    expect(c2).toMatch(/escalation:\n\s+on: 2026-11-28\n\s+deadline: 2026-12-04\n\s+manager: S001/);
    expect(c2).toContain('state: completed');
    ok(['movein', 'rectify', '3-1-0101', '--done', '2']);
    const passed = ok(['movein', 'reinspect', '3-1-0101', '--as', 'S003']);
    expect(passed.stdout).toContain('留存的大门钥匙已交还业主');
    expect(read(root, 'movein/3-1-0101.yaml')).toMatch(
      /action: key-returned\n\s+state: completed\n\s+note: 留存的大门钥匙/,
    );
    expect(read(root, 'keys/K-3-1-0101.yaml')).toMatch(
      /state: returned\n[\s\S]*returned_on: 2026-11-28\nreturned_to: P000004/,
    );
    const v = wuye(root, ['validate']);
    expect(v.code).toBe(0);
  });

  it('refuses a step when the clock was set back before the last entry of the case log', () => {
    const before = head(root);
    const r = wuye(root, ['movein', 'checkin', '3-1-0102', '--documents', DOCS], {
      WUYE_NOW: '2026-11-27T18:00:00+08:00',
    });
    expect(r.code).toBe(1);
    expect(errLine(r)).toBe(
      'wuye: 当前时间 2026-11-27T18:00:00+08:00 早于案卷 3-1-0102 最后一条日志的时间 2026-11-28T09:30:00+08:00',
    );
    expect(head(root)).toBe(before);
  });

  it('shows the board: units at each step and the stuck ones', () => {
    const r = wuye(root, ['movein', 'status', '--building', '3', '--json']);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b.counts).toMatchObject({ notified: 1, 'documents-checked': 1, completed: 1 });
    expect(b.unplanned_buyers).toBe(0);
    const board = wuye(root, ['movein', 'status', '--building', '3']);
    expect(board.stdout).toContain('第 3 栋入伙看板（2026-11-28）：共 3 户');
    const list = wuye(root, ['movein', 'list', '--building', '3', '--state', 'completed', '--json']);
    expect(JSON.parse(list.stdout).map((x: { id: string }) => x.id)).toEqual(['3-1-0101']);
    expect(wuye(root, ['movein', 'show', '3-1-0101']).stdout).toContain('复验不合格');
  });

  it('reports: progress, open defects, fees collected — as JSON and as an xlsx file', () => {
    const fees = JSON.parse(wuye(root, ['movein', 'report', 'fees', '--building', '3', '--json']).stdout);
    expect(fees.sheets[0].rows).toEqual([
      {
        name: '物业管理服务费',
        units: 1,
        collected: '602.96',
        deferred_units: 0,
        deferred: '0.00',
      },
      { name: '煤气开户费', units: 1, collected: '300.00', deferred_units: 0, deferred: '0.00' },
      { name: '有线电视初装费', units: 1, collected: '280.00', deferred_units: 0, deferred: '0.00' },
      {
        name: '装修保证金',
        units: 0,
        collected: '0.00',
        deferred_units: 1,
        deferred: '2000.00',
      },
    ]);
    const defects = wuye(root, ['movein', 'report', 'defects', '--format', 'csv']);
    expect(defects.code).toBe(0);
    expect(defects.stdout.split('\n')[0]).toBe('房屋,序号,部位,问题,类别,状态,整改单位,期限,转经理日期,跟进经理,逾期');
    const file = join(tmp(), 'progress.xlsx');
    const x = wuye(root, ['movein', 'report', 'progress', '--xlsx', file]);
    expect(x.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(wuye(root, ['movein', 'report', 'nonsense']).code).toBe(2);
  });

  it('bad input: one line, the right exit code, nothing written', () => {
    const before = head(root);
    const cases: [string[], number, RegExp][] = [
      [['movein', 'show', '../x'], 2, /不是有效的入伙编号/],
      [['movein', 'show', '9-9-9999'], 3, /没有入伙案卷/],
      [['movein', 'plan', '--building', '3', '--from', '2026-13-01', '--per-day', '2'], 2, /--from/],
      [['movein', 'plan', '--building', '3', '--from', '2026-12-01', '--per-day', 'x'], 2, /--per-day/],
      [['movein', 'inspect', '3-1-0102', '--result', 'maybe'], 2, /maybe/],
      [['movein', 'inspect', '3-1-0201', '--result', 'signed', '--defect', '无冒号'], 2, /部位:描述/],
      [['movein', 'checkin', '3-1-0102', '--documents', 'passport'], 2, /passport/],
      [['movein', 'fees', '3-1-0201'], 1, /尚未验房/],
    ];
    for (const [args, code, re] of cases) {
      const r = wuye(root, args);
      expect({ args, code: r.code }).toEqual({ args, code });
      expect(errLine(r)).toMatch(re);
    }
    expect(head(root)).toBe(before);
  });
});
