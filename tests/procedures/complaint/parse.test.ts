// The desk's parse functions alone (src/kit/line.ts: parse once, then run) — what a command line must meet
// before any lock or read: one outcome for a desk entry; a complaint's category; an invalid complaint's
// reason; --call not mixed with the call's own details; --at in the shapes a person types.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { Line } from '../../../src/kit/line.js';
import type { CommandSpec, GroupSpec, Opts } from '../../../src/kit/spec.js';
import { complaint } from '../../../src/procedures/complaint/index.js';
import { hotline } from '../../../src/procedures/hotline/index.js';
import { parse as assign } from '../../../src/procedures/complaint/commands/assign.js';
import { parse as feedback } from '../../../src/procedures/complaint/commands/feedback.js';
import { parse as newComplaint } from '../../../src/procedures/complaint/commands/new.js';
import { parse as stats } from '../../../src/procedures/complaint/commands/stats.js';
import { parse as log } from '../../../src/procedures/hotline/commands/log.js';
import { complaintOpener } from '../../../src/procedures/complaint/api.js';

const line = (g: GroupSpec, name: string, args: string[], opts: Opts) =>
  new Line(g.commands.find((c) => c.name === name) as CommandSpec, args, opts);
const ID = ['TS2026-0007'];

describe('hotline log parse', () => {
  const l = (opts: Opts) => line(hotline, 'log', [], { request: '电梯停了', ...opts });
  it('takes exactly one outcome: --answer, --hand-to or --open', () => {
    expect(() => log(l({ type: 'help' }))).toThrow(/须写明处理结果|say what became of it/);
    expect(() => log(l({ type: 'help', answer: '好', handTo: 'S007' }))).toThrow(UsageError);
    expect(log(l({ type: 'help', handTo: 'S007' })).handTo).toBe('S007');
  });
  it('--open implies the type; without it --type is needed', () => {
    expect(log(l({ open: 'complaint' })).type).toBe('complaint');
    expect(log(l({ open: 'warranty' })).type).toBe('repair');
    expect(() => log(l({ answer: '好' }))).toThrow(/--type/);
  });
  it('the caller, a phone (mobile or landline), ids checked, --at as typed', () => {
    const o = log(
      l({ type: 'enquiry', answer: '好', phone: '0731-8528 6666', caller: '王先生', at: '21:40', unit: '1-2-0801' }),
    );
    expect(o.caller).toEqual({ name: '王先生', phone: '0731-85286666' });
    expect(o.at).toBe('T21:40:00');
    expect(log(l({ type: 'enquiry', answer: '好', at: '2026-11-28 9:05' })).at).toBe('2026-11-28T09:05:00');
    expect(() => log(l({ type: 'enquiry', answer: '好', phone: 'abc' }))).toThrow(UsageError);
    expect(() => log(l({ type: 'enquiry', answer: '好', unit: '../x' }))).toThrow(UsageError);
    expect(() => log(l({ type: 'enquiry', answer: '好', at: '25:00' }))).toThrow(/--at/);
    expect(() => log(l({ type: 'enquiry', answer: '好', at: '2026-02-30T10:00' }))).toThrow(/--at/);
  });
  it("the complaint opener reads its own options from the hotline's line", () => {
    expect(() => complaintOpener.parse(l({ open: 'complaint' }))).toThrow(/--category/);
    expect(complaintOpener.parse(l({ open: 'complaint', category: 'noise', severity: 'major' }))).toEqual({
      category: 'noise',
      severity: 'major',
      valid: true,
      reason: undefined,
      referredTo: undefined,
    });
    expect(() => complaintOpener.parse(l({ open: 'complaint', category: 'noise', invalid: true }))).toThrow(/--reason/);
  });
});

describe('complaint parse', () => {
  it('new: a category, what it is, the reason of an invalid one; --call alone', () => {
    const n = (opts: Opts) => newComplaint(line(complaint, 'new', [], opts));
    expect(() => n({ category: 'noise' })).toThrow(/--what/);
    expect(() => n({ what: '噪音', category: 'noise', reason: '不属职责' })).toThrow(/--invalid/);
    expect(n({ what: '噪音', category: 'noise' }).input?.channel).toBe('visit');
    expect(() => n({ call: 'RX20261128-003', category: 'noise', unit: '1-2-0801' })).toThrow(/--unit/);
    expect(n({ call: 'RX20261128-003', category: 'noise' }).call).toBe('RX20261128-003');
    expect(() => n({ call: 'TS2026-0001', category: 'noise' })).toThrow(UsageError);
  });
  it('assign: to whom or which department; valid or invalid, not both', () => {
    const a = (opts: Opts) => assign(line(complaint, 'assign', ID, opts));
    expect(() => a({})).toThrow(/--to/);
    expect(a({ department: 'environment' }).department).toBe('environment');
    expect(() => a({ to: 'S007', valid: true, invalid: true, reason: 'x' })).toThrow(UsageError);
    expect(a({ to: 'S007', invalid: true, reason: '市政' }).valid).toBe(false);
  });
  it('feedback: --how defaults to phone; stats: --to not before --from, one file kind', () => {
    expect(feedback(line(complaint, 'feedback', ID, { what: '已安排' })).how).toBe('phone');
    const s = (opts: Opts) => stats(line(complaint, 'stats', [], opts));
    expect(() => s({ from: '2026-11-30', to: '2026-11-01' })).toThrow(UsageError);
    expect(() => s({ xlsx: 'a.xlsx', pdf: 'a.pdf' })).toThrow(UsageError);
  });
});
