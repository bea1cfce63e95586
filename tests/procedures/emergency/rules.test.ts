// The rules of emergencies with the manual's numbers (三.4.3: reported upward within one working day of discovery;
// 三.3.10–3.12: closed with cause, responsibility and measures): the report day over the National Day holiday and
// a weekend, the clock on the machine running from the discovery (not from when the case was entered), what blocks
// closing, the checklist template read as data, and standards 4.3 and 四.13 through api.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pendingDeadline } from '../../../src/core/case-engine.js';
import { WorkCalendar } from '../../../src/core/calendar.js';
import { Store } from '../../../src/core/store.js';
import { emergencyStandards } from '../../../src/procedures/emergency/api.js';
import { PROJECT } from '../../helpers/cli.js';
import {
  cfg,
  closeBlockers,
  EMERGENCY,
  openMeasures,
  parseChecklist,
  reportDue,
  reportedOnTime,
  type Emergency,
} from '../../../src/procedures/emergency/rules.js';

const cal = new WorkCalendar();
const c = cfg(undefined);

function em(discovered: string, over: Partial<Emergency> = {}): Emergency {
  return {
    kind: 'emergency',
    id: 'JJ2026-0001',
    type: 'flooding',
    place: '1栋地下车库',
    discovered_at: discovered,
    severity: 'ordinary',
    checklist: [{ no: 1, step: '关阀' }],
    state: 'responding',
    log: [{ at: discovered.replace(/T.*/, 'T23:59:00+08:00'), by: 'S003', action: 'open', state: 'responding' }],
    ...over,
  };
}

describe('the report upward: one working day after discovery', () => {
  it('is 1 working day by default (wuye.yaml emergency.report_workdays)', () => {
    expect(c.report_workdays).toBe(1);
  });
  it('found on 2026-09-30 at night (before the National Day holiday, 10-01…10-07): due 2026-10-08', () => {
    expect(reportDue(cal, '2026-09-30T22:10:00+08:00', c)).toBe('2026-10-08');
  });
  it('found on a Tuesday: due Wednesday; on Friday 11-27 or Saturday 11-28: due Monday 11-30', () => {
    expect(reportDue(cal, '2026-09-29T10:00:00+08:00', c)).toBe('2026-09-30');
    expect(reportDue(cal, '2026-11-27T16:00:00+08:00', c)).toBe('2026-11-30');
    expect(reportDue(cal, '2026-11-28T09:10:00+08:00', c)).toBe('2026-11-30');
  });
  it('the machine clock runs from the discovery, though the case was entered later', () => {
    const e = em('2026-11-25T07:15:00+08:00', {
      log: [{ at: '2026-11-26T09:00:00+08:00', by: 'S003', action: 'open', state: 'responding' }],
    });
    const due = pendingDeadline(EMERGENCY, e, cal, '2026-11-27', c)!;
    expect(due).toMatchObject({
      deadline: 'report',
      since: '2026-11-25T07:15:00+08:00',
      due: '2026-11-26',
      overdue: true,
    });
    const reported = { ...e, log: [...e.log, { at: '2026-11-26T10:00:00+08:00', by: 'S002', action: 'report' }] };
    expect(pendingDeadline(EMERGENCY, reported, cal, '2026-11-27', c)).toBeUndefined();
  });
  it('on time by the time the report was made (its --at), not when it was entered', () => {
    const e = em('2026-09-30T22:10:00+08:00', {
      reports: [{ at: '2026-10-08T09:30:00+08:00', by: 'S002', to: '公司总部' }],
    });
    expect(reportedOnTime(e, cal, c, '2026-11-28')).toBe(true);
    const late = { ...e, reports: [{ at: '2026-10-09T09:30:00+08:00', by: 'S002', to: '公司总部' }] };
    expect(reportedOnTime(late, cal, c, '2026-11-28')).toBe(false);
    expect(reportedOnTime(em('2026-09-30T22:10:00+08:00'), cal, c, '2026-10-08')).toBeUndefined();
    expect(reportedOnTime(em('2026-09-30T22:10:00+08:00'), cal, c, '2026-10-09')).toBe(false);
  });
});

describe('closing', () => {
  it('needs the cause, the responsibility, a measure and the report upward', () => {
    const e = em('2026-06-12T20:40:00+08:00');
    const none = closeBlockers(e, { measures: [] }).map((b) => b.what.en);
    expect(none).toEqual([
      'no cause analysis',
      'no responsibility stated',
      'no preventive measures',
      'never reported upward',
    ]);
    const reported = { ...e, reports: [{ at: '2026-06-12T21:30:00+08:00', by: 'S002', to: '公司总部' }] };
    expect(closeBlockers(reported, { cause: '触点氧化', responsibility: '维保单位', measures: ['逐台检查'] })).toEqual(
      [],
    );
    expect(closeBlockers(reported, { cause: ' ', responsibility: '维保单位', measures: [' '] })).toHaveLength(2);
  });
  it('measures are tracked until done; one past its day is overdue', () => {
    const m = openMeasures(
      {
        measures: [
          { no: 1, what: '检查', due: '2026-06-30', done_at: '2026-06-28' },
          { no: 2, what: '演练', due: '2026-11-30' },
          { no: 3, what: '抽查', due: '2026-10-31' },
        ],
      },
      '2026-11-28',
    );
    expect(m.map((x) => [x.no, x.overdue])).toEqual([
      [2, false],
      [3, true],
    ]);
  });
});

describe('the response checklist template', () => {
  it('reads a title and numbered steps, nothing else', () => {
    expect(parseChecklist('# 电梯困人应急处置\n\n说明文字\n1. 安抚\n2、通知维保\n  3. 警戒\n')).toEqual({
      title: '电梯困人应急处置',
      steps: ['安抚', '通知维保', '警戒'],
    });
  });
});

describe('standards 4.3 and 四.13 on the demo estate (2026-11-28), through api.ts', () => {
  const store = new Store(join(PROJECT, 'records'));
  const year = { from: '2026-01-01', to: '2026-12-31' };
  it('4.3: the power cut of 11-25 never reported (due 11-26); the burst pipe reported on 10-08 is in time', () => {
    const rows = emergencyStandards(store, cal, year, '2026-11-28', {});
    expect(rows.map((r) => [r.clause, r.status, r.measured, r.evidence])).toEqual([
      ['4.3', 'not-met', '2/3', ['JJ2026-0003']],
      ['四.13', 'met', '1/1', ['JJ2026-0001']],
    ]);
  });
  it('四.13 turns not-met once a measure of a closed case is past its day undone', () => {
    const rows = emergencyStandards(store, cal, year, '2027-01-05', {});
    expect(rows[1]).toMatchObject({ clause: '四.13', status: 'not-met', evidence: ['JJ2026-0001'] });
  });
  it('a period without emergencies is "no data", never "met"', () => {
    const rows = emergencyStandards(store, cal, { from: '2025-01-01', to: '2025-12-31' }, '2026-11-28', {});
    expect(rows.map((r) => r.status)).toEqual(['no-data', 'no-data']);
  });
});
