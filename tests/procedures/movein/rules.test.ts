// The move-in rules as pure functions, with the manual's numbers (四.2).
import { describe, expect, it } from 'vitest';
import { logProblems, step } from '../../../src/core/case.js';
import { RuleError } from '../../../src/core/errors.js';
import type { MoveinRecord } from '../../../src/core/types.gen.js';
import {
  announcementWarning,
  checkinProblems,
  handoverBlocker,
  keysToHand,
  MOVEIN,
  moveinFees,
  reinspectOutcome,
  slotsFor,
  stuckReasons,
  sumFen,
  type Defect,
  type FeeItemConfig,
} from '../../../src/procedures/movein/rules.js';

const DESK = ['cs-assistant'];

describe("the machine keeps the manual's order", () => {
  const path = [
    'notice',
    'checkin',
    'inspect',
    'rectify',
    'reinspect',
    'rectify',
    'reinspect',
    'fees',
    'keys',
    'sign',
    'complete',
  ];
  it('walks planned → completed with two rounds of rectification', () => {
    let s: MoveinRecord['state'] = 'planned';
    for (const a of path) s = step(MOVEIN, s, a, ['director', 'engineer', 'cashier']).to;
    expect(s).toBe('completed');
    const log = path.map((action, i) => ({ at: `2026-12-0${Math.min(9, 1 + i)}T10:00:00+08:00`, by: 'S001', action }));
    expect(logProblems(MOVEIN, log, 'completed')).toEqual([]);
  });

  it('refuses keys before the documents are checked or the inspection is signed, naming the state and next steps', () => {
    for (const s of ['planned', 'notified', 'documents-checked', 'inspected'] as const) {
      expect(() => step(MOVEIN, s, 'keys', DESK)).toThrow(RuleError);
    }
    try {
      step(MOVEIN, 'documents-checked', 'keys', DESK);
    } catch (e) {
      expect((e as RuleError).text.zh).toBe('当前状态为「资料已查验」，不能进行「发放钥匙」');
      expect((e as RuleError).hint?.zh).toContain('inspect（验房）');
    }
  });

  it('keeps defect follow-up open after the keys without changing the state', () => {
    expect(step(MOVEIN, 'keys-issued', 'rectify', ['engineer']).to).toBe('keys-issued');
    expect(step(MOVEIN, 'completed', 'reinspect', ['engineer']).to).toBe('completed');
    expect(() => step(MOVEIN, 'notified', 'rectify', ['engineer'])).toThrow(RuleError);
  });

  it('reserves the desk steps to customer service and the fees to the cashier', () => {
    const zh = (f: () => unknown) => {
      try {
        f();
        return '';
      } catch (e) {
        return (e as RuleError).text.zh;
      }
    };
    expect(zh(() => step(MOVEIN, 'notified', 'checkin', ['engineer']))).toBe(
      '「查验入伙资料」只能由客服助理或用户服务部经理或物业服务中心主任办理',
    );
    expect(zh(() => step(MOVEIN, 'inspected', 'fees', ['cs-assistant']))).toMatch(/^「交纳入伙费用」只能由内勤助理/);
    expect(step(MOVEIN, 'inspected', 'fees', ['cashier']).to).toBe('fees-paid');
  });

  it('finds a log that skips the inspection', () => {
    const log = ['notice', 'checkin', 'fees'].map((action, i) => ({
      at: `2026-12-0${i + 1}T10:00:00+08:00`,
      by: 'S001',
      action,
    }));
    expect(logProblems(MOVEIN, log, 'fees-paid').map((p) => p.message.en)).toContain(
      'log entry 3 "fees" cannot follow state "documents-checked"',
    );
  });
});

describe('plan: slots and the 7-day newspaper announcement (4.2.1)', () => {
  it('gives perDay units a day, spread over the times, in natural unit order', () => {
    const s = slotsFor(['3-1-1001', '3-1-0201', '3-2-0101', '3-1-0101', '3-1-0902'], '2026-12-05', 2, [
      '09:00',
      '14:00',
    ]);
    expect(s).toEqual([
      { unit: '3-1-0101', date: '2026-12-05', time: '09:00' },
      { unit: '3-1-0201', date: '2026-12-05', time: '14:00' },
      { unit: '3-1-0902', date: '2026-12-06', time: '09:00' },
      { unit: '3-1-1001', date: '2026-12-06', time: '14:00' },
      { unit: '3-2-0101', date: '2026-12-07', time: '09:00' },
    ]);
  });
  it('twelve a day over six times: two per time', () => {
    const units = Array.from({ length: 12 }, (_, i) => `3-1-${String(101 + i).padStart(4, '0')}`);
    const times = slotsFor(units, '2026-12-05', 12, ['09:00', '10:00', '11:00', '14:00', '15:00', '16:00']).map(
      (x) => x.time,
    );
    expect(times).toEqual([
      '09:00',
      '09:00',
      '10:00',
      '10:00',
      '11:00',
      '11:00',
      '14:00',
      '14:00',
      '15:00',
      '15:00',
      '16:00',
      '16:00',
    ]);
  });
  it('warns when the announcement is less than 7 days before the first slot', () => {
    expect(announcementWarning('2026-11-28', '2026-12-05', 7)).toBeUndefined();
    expect(announcementWarning('2026-11-29', '2026-12-05', 7)?.zh).toBe(
      '登报公告日期 2026-11-29 距首个入伙日 2026-12-05 只有 6 天，不足 7 天（最迟应为 2026-11-28）',
    );
    expect(announcementWarning(undefined, '2026-12-05', 7)?.zh).toContain('2026-11-28 或之前');
  });
});

describe('check-in: who may do a move-in (4.3.1)', () => {
  const unit = {
    id: '3-1-0101',
    owners: [{ person: 'P000001', since: '2026-01-01' }],
    tenants: [{ person: 'P000009', from: '2026-01-01' }],
  };
  const all = ['purchase-contract', 'owner-id', 'photos', 'steps-form'] as const;
  const base = {
    unit,
    person: 'P000001',
    owners: [{ id: 'P000001', name: '张三' }],
    agent: false,
    documents: [...all],
    photos: 2,
    household: [] as string[],
  };

  it('the owner with every document', () => {
    expect(checkinProblems(base)).toEqual({ capacity: 'owner', problems: [] });
  });
  it('never a tenant, even as an agent', () => {
    const r = checkinProblems({ ...base, person: 'P000009', agent: true, documents: [...all, 'power-of-attorney'] });
    expect(r.problems[0].zh).toMatch(/租户不能办理入伙手续/);
  });
  it('an agent only with a power of attorney', () => {
    expect(checkinProblems({ ...base, person: 'P000005', agent: true }).problems[0].zh).toMatch(/委托书/);
    expect(
      checkinProblems({ ...base, person: 'P000005', agent: true, documents: [...all, 'power-of-attorney'] }),
    ).toEqual({ capacity: 'agent', problems: [] });
    expect(
      checkinProblems({ ...base, person: 'P000005', documents: [...all, 'power-of-attorney'] }).problems[0].zh,
    ).toMatch(/--agent/);
  });
  it('a company buyer with its licence', () => {
    const owners = [
      { id: 'P000001', name: '某公司', company: { name: '某某科技有限公司', licence: '91110000MA01ABCD2X' } },
    ];
    expect(checkinProblems({ ...base, owners }).problems[0].zh).toBe(
      '单位购房（某某科技有限公司）须查验单位营业执照副本（--documents 中加 company-licence）',
    );
    expect(checkinProblems({ ...base, owners, documents: [...all, 'company-licence'] }).capacity).toBe('company');
  });
  it("two one-inch photos per person, and the household's ids", () => {
    const r = checkinProblems({ ...base, household: ['P000002', 'P000003'], photos: 4 });
    expect(r.problems.map((p) => p.zh)).toEqual([
      '缺少资料：家庭成员身份证原件',
      '一寸彩照每人 2 张，3 人应为 6 张，只收到 4 张',
    ]);
  });
});

describe('inspection and keys (4.4, 4.6)', () => {
  const d = (no: number, status: Defect['status']): Defect => ({
    no,
    round: 1,
    location: '主卧',
    description: '墙面裂缝',
    category: 'wall',
    status,
    deadline: '2026-12-18',
  });
  it('no keys before the documents and a signed inspection', () => {
    expect(handoverBlocker({ state: 'notified' })?.zh).toMatch(/入伙资料尚未查验/);
    const checkin = { on: '2026-12-05', by: 'S002', person: 'P000001', capacity: 'owner' as const, documents: [] };
    expect(handoverBlocker({ state: 'documents-checked', checkin })?.zh).toMatch(/尚未验房/);
    expect(
      handoverBlocker({
        state: 'inspected',
        checkin,
        inspections: [{ round: 1, on: '2026-12-05', by: 'S005', result: 'refused' }],
      })?.zh,
    ).toMatch(/拒签/);
    expect(
      handoverBlocker({
        state: 'inspected',
        checkin,
        inspections: [{ round: 1, on: '2026-12-05', by: 'S005', result: 'signed' }],
      }),
    ).toBeUndefined();
    expect(
      handoverBlocker({
        state: 'reinspected',
        checkin,
        inspections: [
          { round: 1, on: '2026-12-05', by: 'S005', result: 'refused' },
          { round: 2, on: '2026-12-12', by: 'S005', result: 'passed' },
        ],
      }),
    ).toBeUndefined();
  });
  it('one entrance key stays at the center while defects are open', () => {
    const set = [
      { type: 'entrance' as const, count: 3 },
      { type: 'mailbox' as const, count: 2 },
    ];
    expect(keysToHand(set, false)).toEqual({ given: set, kept: 0 });
    expect(keysToHand(set, true)).toEqual({
      given: [
        { type: 'entrance', count: 2 },
        { type: 'mailbox', count: 2 },
      ],
      kept: 1,
    });
  });
  it('a re-inspection passes the rectified defects not listed as failing; never one not yet rectified', () => {
    expect(reinspectOutcome([d(1, 'done'), d(2, 'done'), d(3, 'verified')], [2])).toEqual({
      pass: [1],
      fail: [2],
      notDone: [],
      unknown: [],
    });
    expect(reinspectOutcome([d(1, 'done'), d(2, 'open')], [])).toEqual({
      pass: [1],
      fail: [],
      notDone: [2],
      unknown: [],
    });
    expect(reinspectOutcome([d(1, 'done')], [3]).unknown).toEqual([3]);
  });
});

describe('who does what (四.2 3.4, 3.5, 4.4): inspections by engineering, the fees by the cashier', () => {
  it('a cashier, the desk or the director cannot record an inspection; engineering can', () => {
    for (const roles of [['cashier'], DESK, ['director', 'cs-manager']])
      expect(() => step(MOVEIN, 'documents-checked', 'inspect', roles)).toThrow(/设备维护部|engineering/);
    expect(step(MOVEIN, 'documents-checked', 'inspect', ['engineer']).to).toBe('inspected');
    expect(() => step(MOVEIN, 'rectifying', 'reinspect', ['cs-assistant'])).toThrow(RuleError);
    expect(() => step(MOVEIN, 'inspected', 'rectify', ['cashier'])).toThrow(RuleError);
    expect(step(MOVEIN, 'inspected', 'rectify', ['cs-manager']).to).toBe('rectifying'); // 4.4 6) the manager follows up
  });
  it('only the cashier takes the fees (a receipt of the book in hand)', () => {
    expect(() => step(MOVEIN, 'inspected', 'fees', ['director', 'cs-manager'])).toThrow(/内勤助理|cashier/);
    expect(step(MOVEIN, 'inspected', 'fees', ['cashier']).to).toBe('fees-paid');
  });
});

describe('fees at move-in (4.5): the management fee from the date on the notice', () => {
  const item = (
    code: string,
    rule: FeeItemConfig['rule'],
    rate: string,
    extra: Partial<FeeItemConfig> = {},
  ): FeeItemConfig => ({
    code,
    name: code,
    kind: 'one-off',
    rule,
    at_movein: true,
    rates: [{ rate, from: '2026-01-01' }],
    ...extra,
  });
  const unit = { id: '3-1-0101', type: 'residential' as const, area: '89.37', state: 'handed-over' as const };
  const fees = (items: FeeItemConfig[]) => ({ items, due_day: 15 });

  it('prorates the first month by days (start 2026-11-17: 14 of 30) and rounds each month once', () => {
    // 89.37 × 2.35 = 210.0195 a month; × 14/30 = 98.0091 → 98.01; full months 210.02
    const [m] = moveinFees(
      unit,
      fees([item('management', 'per-area-month', '2.35', { kind: 'periodic', at_movein: false })]),
      '2026-11-17',
      3,
    );
    expect(m.fen).toBe(9801 + 21002 + 21002);
    expect(m.basis).toBe('89.37m² × ¥2.35/m²/月，2026-11（14/30天） 起 3 个月');
    // as the fee account will hold them: the billing run's ids, so no run bills them again
    expect(m.bills!.map((b) => [b.id, b.amount])).toEqual([
      ['2026-11/management', '98.01'],
      ['2026-12/management', '210.02'],
      ['2027-01/management', '210.02'],
    ]);
  });
  it('fixed items at their amount, only for the unit types they apply to, and not when not at_movein', () => {
    const items = [
      item('gas-opening', 'fixed', '300.00', { unit_types: ['residential'] }),
      item('shop-sign', 'fixed', '50.00', { unit_types: ['shop'] }),
      item('cable-tv', 'fixed', '280.00'),
      item('deposit', 'fixed', '2000.00', { optional: true }),
      item('water', 'per-reading', '3.80'),
      item('shop-fee', 'per-unit-month', '150.00', { kind: 'periodic', unit_types: ['shop'] }),
    ];
    const lines = moveinFees(unit, fees(items), '2026-12-01', 3);
    expect(lines.map((l) => [l.code, l.fen, l.optional])).toEqual([
      ['gas-opening', 30000, false],
      ['cable-tv', 28000, false],
      ['deposit', 200000, true],
    ]);
    expect(sumFen(lines)).toBe(258000);
  });
  it('charges a one-off item priced per m² once, not per month', () => {
    const [d] = moveinFees(unit, fees([item('debris', 'per-area-month', '5.00', { optional: true })]), '2026-11-17', 3);
    expect([d.fen, d.basis, d.optional]).toEqual([44685, '89.37m² × ¥5.00/m²', true]); // 89.37 × 5.00 = 446.85
  });
  it('uses the rate in force for each month', () => {
    const it2 = {
      ...item('management', 'per-area-month', '2.00', { kind: 'periodic' }),
      rates: [
        { rate: '2.00', from: '2026-01-01', to: '2026-12-31' },
        { rate: '2.50', from: '2027-01-01' },
      ],
    };
    expect(moveinFees({ ...unit, area: '100.00' }, fees([it2]), '2026-12-01', 2)[0].fen).toBe(20000 + 25000);
  });
});

describe('the board: stuck and why', () => {
  const base: MoveinRecord = {
    kind: 'movein',
    id: '3-1-0101',
    unit: '3-1-0101',
    state: 'notified',
    slot: { date: '2026-11-25', time: '09:00' },
    log: [],
  };
  it('an owner who did not come on the day', () => {
    expect(stuckReasons(base, '2026-11-28', 7).map((m) => m.zh)).toEqual(['预约日 2026-11-25 已过，业主未来办理']);
    expect(stuckReasons({ ...base, slot: { date: '2026-11-30', time: '09:00' } }, '2026-11-28', 7)).toEqual([]);
  });
  it('an inspection signed days ago with nothing after it', () => {
    const c: MoveinRecord = {
      ...base,
      state: 'inspected',
      inspections: [{ round: 1, on: '2026-11-20', by: 'S007', result: 'signed' }],
    };
    expect(stuckReasons(c, '2026-11-28', 7).map((m) => m.zh)).toEqual(['2026-11-20 验房已签字确认，尚未交费领钥匙']);
    expect(stuckReasons(c, '2026-11-20', 7)).toEqual([]);
  });
  it('overdue and escalated defects', () => {
    const c: MoveinRecord = {
      ...base,
      state: 'keys-issued',
      agreements: { on: '2026-11-20', by: 'S002', items: ['covenant', 'service-agreement', 'safety'] },
      defects: [
        {
          no: 1,
          round: 1,
          location: '厨房',
          description: '水管渗漏',
          category: 'plumbing',
          status: 'open',
          deadline: '2026-11-20',
        },
        {
          no: 2,
          round: 1,
          location: '主卧',
          description: '窗扇关不严',
          category: 'door-window',
          status: 'open',
          deadline: '2026-11-10',
          escalation: { on: '2026-11-21', deadline: '2026-11-30' },
        },
        {
          no: 3,
          round: 1,
          location: '客厅',
          description: '墙面空鼓',
          category: 'wall',
          status: 'verified',
          deadline: '2026-11-01',
        },
      ],
    };
    expect(stuckReasons(c, '2026-11-28', 7).map((m) => m.zh)).toEqual([
      '1 项整改逾期（最早期限 2026-11-20）',
      '1 项复验不合格，已转用户服务部经理跟进（期限 2026-11-30）',
    ]);
  });
});
