// The renovation commands' parse functions alone (src/kit/line.ts: parse once, then run): the rules
// a command line must meet before any lock or read — a rejection names its reasons, an electrician
// has a certificate, --item and --deduct have their shapes, a violation of hours has its time.
import { describe, expect, it } from 'vitest';
import { RuleError, UsageError } from '../../../src/core/errors.js';
import { Line } from '../../../src/kit/line.js';
import type { CommandSpec, GroupSpec, Opts } from '../../../src/kit/spec.js';
import { renovation } from '../../../src/procedures/renovation/index.js';
import { parse as accept } from '../../../src/procedures/renovation/commands/accept.js';
import { parse as apply } from '../../../src/procedures/renovation/commands/apply.js';
import { parse as refundApprove } from '../../../src/procedures/renovation/commands/refund-approve.js';
import { parse as review } from '../../../src/procedures/renovation/commands/review.js';
import { parse as violation } from '../../../src/procedures/renovation/commands/violation.js';
import { parse as workersAdd } from '../../../src/procedures/renovation/commands/workers-add.js';

/** The line of `wuye renovation <path…>` with these arguments and options (as commander gives them). */
function line(path: string[], args: string[], opts: Opts): Line {
  let node: CommandSpec | GroupSpec = renovation;
  for (const name of path) node = (node as GroupSpec).commands.find((c) => c.name === name)!;
  return new Line(node as CommandSpec, args, opts);
}
const ID = ['ZX2026-0007'];

describe('renovation parse', () => {
  it('review: a rejection needs its reasons; a pass does not', () => {
    expect(() => review(line(['review'], ID, { result: 'reject' }))).toThrow(UsageError);
    expect(review(line(['review'], ID, { result: 'reject', reasons: ' 缺电气图 ' }))).toEqual({
      id: 'ZX2026-0007',
      pass: false,
      reasons: '缺电气图',
      conditions: undefined,
    });
    expect(review(line(['review'], ID, { result: 'pass' })).pass).toBe(true);
    expect(() => review(line(['review'], ['../x'], { result: 'pass' }))).toThrow(UsageError);
  });

  it('accept: --item is item:ok|fail[:note], repeatable', () => {
    const o = accept(line(['accept'], ID, { result: 'pass', item: ['防水:ok', '消防:fail:烟感被遮挡:待换'] }));
    expect(o.items).toEqual([
      { item: '防水', ok: true },
      { item: '消防', ok: false, note: '烟感被遮挡:待换' },
    ]);
    expect(accept(line(['accept'], ID, { result: 'fail' })).items).toEqual([]);
    expect(() => accept(line(['accept'], ID, { result: 'pass', item: ['防水'] }))).toThrow(/--item/);
  });

  it('refund approve: --deduct is reason:amount in yuan; --no-violation-deductions turns the notices off', () => {
    const o = refundApprove(
      line(['refund', 'approve'], ID, { deduct: ['损坏公共墙面:300'], violationDeductions: true }),
    );
    expect(o).toEqual({
      id: 'ZX2026-0007',
      deductions: [{ reason: '损坏公共墙面', amount: '300.00' }],
      violationDeductions: true,
    });
    expect(refundApprove(line(['refund', 'approve'], ID, { violationDeductions: false })).violationDeductions).toBe(
      false,
    );
    expect(() => refundApprove(line(['refund', 'approve'], ID, { deduct: ['300'] }))).toThrow(UsageError);
    expect(() => refundApprove(line(['refund', 'approve'], ID, { deduct: ['墙面:3e2'] }))).toThrow(/--deduct/);
  });

  it('violation: hours need --at (a valid local time); a deduction needs its amount', () => {
    const base = { kind: 'hours', what: '夜间电锤施工', action: 'rectify' };
    expect(() => violation(line(['violation'], ID, base))).toThrow(/--at/);
    expect(() => violation(line(['violation'], ID, { ...base, at: '2026-11-28T25:00' }))).toThrow(UsageError);
    expect(violation(line(['violation'], ID, { ...base, at: '2026-11-28 21:30' })).at).toBe('2026-11-28T21:30:00');
    const deduct = { kind: 'debris', what: '楼道堆放垃圾', action: 'deduct' };
    expect(() => violation(line(['violation'], ID, deduct))).toThrow(/--deduct/);
    expect(violation(line(['violation'], ID, { ...deduct, deduct: '200' })).deduction).toBe('200.00');
  });

  it('workers add: electricians and welders need a certificate; the national id is checked', () => {
    const w = { name: '李师傅', nationalId: '430124198005183217', trade: 'electrician' };
    expect(() => workersAdd(line(['workers', 'add'], ID, w))).toThrow(RuleError);
    expect(workersAdd(line(['workers', 'add'], ID, { ...w, certificate: 'T1' })).certificate).toBe('T1');
    expect(workersAdd(line(['workers', 'add'], ID, { ...w, trade: 'tiler' })).trade).toBe('tiler');
    expect(() => workersAdd(line(['workers', 'add'], ID, { ...w, nationalId: '430124198005183210' }))).toThrow(
      /--national-id/,
    );
  });

  it('apply: scope and drawings from their lists; the end not before the start', () => {
    const opts = {
      unit: '1-2-0801',
      applicant: 'P000001',
      contractor: '美家装饰',
      manager: '王工',
      contractorPhone: '139 0000 0000',
      scope: 'walls，floors',
      start: '2026-12-01',
      end: '2027-01-15',
    };
    const o = apply(line(['apply'], [], opts));
    expect(o).toMatchObject({ scope: ['walls', 'floors'], drawings: [], contractor: { phone: '13900000000' } });
    expect(() => apply(line(['apply'], [], { ...opts, end: '2026-11-30' }))).toThrow(RuleError);
    expect(() => apply(line(['apply'], [], { ...opts, scope: 'walls,roof' }))).toThrow(/--scope/);
  });
});
