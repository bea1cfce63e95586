// The renovation rules with the manual's numbers (四.3, 三.11.4): review within 2
// working days and decision within 1, across National Day and Spring Festival with
// their make-up days; ceil(area/50) extinguishers; permitted hours; the refund invariant.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../../src/core/calendar.js';
import { RuleError } from '../../../src/core/errors.js';
import {
  cfg,
  chargesDue,
  extinguishersRequired,
  inspectionGaps,
  missingForSubmit,
  nextDue,
  refundAmount,
  timeliness,
  withinHours,
  type Case,
} from '../../../src/procedures/renovation/rules.js';

const cal = new WorkCalendar();
const conf = cfg(undefined);

function underReview(at: string): Case {
  return {
    kind: 'renovation',
    id: 'ZX2026-0001',
    unit: '1-2-0801',
    applicant: { person: 'P000001', role: 'owner' },
    contractor: { company: '美家装饰', manager: '王工', phone: '13900000000' },
    scope: ['walls'],
    planned: { start: '2026-10-10', end: '2026-12-01' },
    state: 'under-review',
    log: [
      { at, by: 'S001', action: 'apply', state: 'applied' },
      { at, by: 'S001', action: 'submit', state: 'under-review' },
    ],
  };
}

describe('review deadline: 2 working days after the complete application (calendar of chinese-days)', () => {
  const due = (at: string) => nextDue(underReview(at), cal, conf, at.slice(0, 10))!.due;
  it('National Day 2026: received Wed 09-30 → due Fri 10-09 (10-01..10-07 off)', () => {
    expect(due('2026-09-30T15:00:00+08:00')).toBe('2026-10-09');
  });
  it('received Tue 09-29 → due Thu 10-08 (09-30, then the holiday, then 10-08)', () => {
    expect(due('2026-09-29T10:00:00+08:00')).toBe('2026-10-08');
  });
  it('received on a holiday (10-03): its own day never counts → 10-09', () => {
    expect(due('2026-10-03T10:00:00+08:00')).toBe('2026-10-09');
  });
  it('the make-up Saturday 10-10 counts: received Fri 10-09 → due Mon 10-12', () => {
    expect(due('2026-10-09T17:00:00+08:00')).toBe('2026-10-12');
  });
  it('make-up Sunday 09-20 counts: received Sat 09-19 → due Mon 09-21', () => {
    expect(due('2026-09-19T10:00:00+08:00')).toBe('2026-09-21');
  });
  it('Spring Festival 2026: received Fri 02-13 → make-up Sat 02-14, then 02-24 (02-15..02-23 off)', () => {
    expect(due('2026-02-13T10:00:00+08:00')).toBe('2026-02-24');
  });
  it('received Fri 02-27 → make-up Sat 02-28 counts → due Mon 03-02', () => {
    expect(due('2026-02-27T10:00:00+08:00')).toBe('2026-03-02');
  });
  it('overdue only from 00:00 of the day after the due day', () => {
    const c = underReview('2026-09-30T15:00:00+08:00');
    expect(nextDue(c, cal, conf, '2026-10-09')!.overdue).toBe(false);
    expect(nextDue(c, cal, conf, '2026-10-10')!.overdue).toBe(true);
  });
});

describe('decision deadline: 1 working day after the review', () => {
  const reviewed = (at: string): Case => ({
    ...underReview('2026-09-01T09:00:00+08:00'),
    state: 'reviewed',
    log: [
      ...underReview('2026-09-01T09:00:00+08:00').log,
      { at, by: 'S002', action: 'review-pass', state: 'reviewed' },
    ],
  });
  it('reviewed Fri 10-09 → due make-up Sat 10-10', () => {
    expect(nextDue(reviewed('2026-10-09T16:00:00+08:00'), cal, conf, '2026-10-09')!.due).toBe('2026-10-10');
  });
  it('reviewed Wed 09-30 → due Thu 10-08 across National Day', () => {
    expect(nextDue(reviewed('2026-09-30T16:00:00+08:00'), cal, conf, '2026-09-30')!).toMatchObject({
      step: 'decision',
      due: '2026-10-08',
    });
  });
  it('reviewed on the make-up Sat 02-14 → due Tue 02-24 across Spring Festival', () => {
    expect(nextDue(reviewed('2026-02-14T10:00:00+08:00'), cal, conf, '2026-02-14')!.due).toBe('2026-02-24');
  });
  it('timeliness: a review on its due day is on time, a decision a day late is not', () => {
    const c: Case = { ...underReview('2026-09-30T15:00:00+08:00'), state: 'approved' };
    c.log.push({ at: '2026-10-09T17:00:00+08:00', by: 'S002', action: 'review-pass', state: 'reviewed' });
    c.log.push({ at: '2026-10-12T09:00:00+08:00', by: 'S001', action: 'approve', state: 'approved' });
    expect(timeliness(c, cal, conf, '2026-11-28')).toEqual([
      {
        id: 'ZX2026-0001',
        step: 'review',
        received: '2026-09-30',
        due: '2026-10-09',
        done: '2026-10-09',
        onTime: true,
      },
      {
        id: 'ZX2026-0001',
        step: 'decision',
        received: '2026-10-09',
        due: '2026-10-10',
        done: '2026-10-12',
        onTime: false,
      },
    ]);
  });
});

describe('extinguishers: one 2 kg per 50 m², a part counting whole (三.11.4)', () => {
  it.each([
    ['50.00', 1],
    ['50.01', 2],
    ['89.37', 2],
    ['100.00', 2],
    ['120.50', 3],
    ['150.00', 3],
    ['12.00', 1],
    ['1000.00', 20],
  ])('%s m² → %i', (area, n) => {
    expect(extinguishersRequired(area)).toBe(n);
  });
  it('follows the configured area per extinguisher', () => {
    expect(extinguishersRequired('89.37', 30)).toBe(3);
  });
});

describe('permitted hours from wuye.yaml', () => {
  it('a working day uses the weekday hours, a make-up Saturday too, a holiday the weekend hours', () => {
    expect(withinHours(conf.hours, cal, '2026-10-13T10:30:00+08:00')).toBe(true);
    expect(withinHours(conf.hours, cal, '2026-10-13T12:30:00+08:00')).toBe(false);
    expect(withinHours(conf.hours, cal, '2026-10-13T21:30:00+08:00')).toBe(false);
    expect(withinHours(conf.hours, cal, '2026-10-10T08:30:00+08:00')).toBe(true); // 调休 Saturday
    expect(withinHours(conf.hours, cal, '2026-10-03T08:30:00+08:00')).toBe(false); // holiday: from 09:00
    expect(withinHours(conf.hours, cal, '2026-10-03T14:45:00+08:00')).toBe(true);
    expect(withinHours(conf.hours, cal, '2026-10-13T18:00:00+08:00')).toBe(false); // the end is exclusive
  });
});

describe('money', () => {
  it('charges: deposit, management fee by area (half-up), debris, passes per worker', () => {
    const c = { workers: [{}, {}] as Case['workers'], debris_entrusted: true };
    expect(chargesDue(c, '120.50', conf)).toEqual([
      { item: 'deposit', amount: 200000 },
      { item: 'management-fee', amount: 36150 },
      { item: 'debris-fee', amount: 60250 },
      { item: 'pass-fee', amount: 2000 },
      { item: 'pass-deposit', amount: 4000 },
    ]);
    expect(chargesDue({ special: true }, '33.33', { ...conf, management_fee_per_m2: '2.555' })).toEqual([
      { item: 'deposit', amount: 500000 },
      { item: 'management-fee', amount: 8516 },
    ]);
  });
  it('refund = deposits − deductions; refused above what was collected', () => {
    expect(refundAmount(204000, [20000, 30000])).toBe(154000);
    expect(refundAmount(204000, [204000])).toBe(0);
    expect(() => refundAmount(204000, [204001])).toThrow(RuleError);
    expect(() => refundAmount(204000, [-1])).toThrow(RuleError);
  });
  it('property: a refund is never negative and never more than collected', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { maxLength: 6 }),
        (held, ded) => {
          try {
            const r = refundAmount(held, ded);
            return r >= 0 && r <= held && r + ded.reduce((s, d) => s + d, 0) === held;
          } catch (e) {
            return e instanceof RuleError && ded.reduce((s, d) => s + d, 0) > held;
          }
        },
      ),
    );
  });
});

describe('application completeness and inspection gaps', () => {
  it('a tenant needs the owner consent; drawings by kind of project', () => {
    expect(
      missingForSubmit({
        applicant: { person: 'P000001', role: 'tenant' },
        drawings: ['floor-plan', 'electrical', 'water-drainage'],
      }),
    ).toEqual(['owner-consent']);
    expect(missingForSubmit({ applicant: { person: 'P000001', role: 'owner' }, drawings: ['floor-plan'] })).toEqual([
      'drawing:electrical',
      'drawing:water-drainage',
    ]);
    expect(
      missingForSubmit({
        applicant: { person: 'P000001', role: 'owner' },
        special: true,
        drawings: ['floor-plan', 'electrical', 'water-drainage'],
      }),
    ).toEqual(['drawing:elevations', 'drawing:air-conditioning', 'drawing:materials']);
  });
  it('every working day from the start to yesterday, skipping holidays, inspected days and suspension', () => {
    const c: Case = {
      ...underReview('2026-09-25T09:00:00+08:00'),
      state: 'in-progress',
      started: '2026-09-28',
      inspections: [{ date: '2026-09-28', at: '2026-09-28T10:00:00+08:00', by: 'S002', findings: '正常' }],
      log: [
        ...underReview('2026-09-25T09:00:00+08:00').log,
        { at: '2026-10-08T09:00:00+08:00', by: 'S002', action: 'suspend' },
        { at: '2026-10-12T09:00:00+08:00', by: 'S002', action: 'resume' },
      ],
    };
    // 09-29, 09-30 missed; holiday 10-01..07; 10-08 suspension day itself counts; 10-09, 10-10 (调休) suspended; 10-12 resume day counts; 10-13 is today
    expect(inspectionGaps(c, cal, '2026-10-13')).toEqual(['2026-09-29', '2026-09-30', '2026-10-08', '2026-10-12']);
  });
});

describe('standards measured from renovation cases (11.1, 11.4, 11.6)', async () => {
  const { renovationStandards } = await import('../../../src/procedures/renovation/standards.js');
  it('no records → no data, never met', () => {
    expect(renovationStandards([], cal, conf, '2026-01-01', '2026-12-31', '2026-11-28').map((r) => r.status)).toEqual([
      'no-data',
      'no-data',
      'no-data',
      'no-data',
      'no-data',
    ]);
  });
  it('a review on its due day is met; a decision not taken after its due day is not met', () => {
    const c: Case = { ...underReview('2026-09-30T15:00:00+08:00'), state: 'reviewed' };
    c.log.push({ at: '2026-10-09T17:00:00+08:00', by: 'S002', action: 'review-pass', state: 'reviewed' });
    const rows = renovationStandards([c], cal, conf, '2026-01-01', '2026-12-31', '2026-10-12');
    expect(rows[2]).toMatchObject({ clause: '11.6', measured: '1/1', status: 'met' });
    expect(rows[3]).toMatchObject({ clause: '11.6', measured: '0/1', status: 'not-met', evidence: ['ZX2026-0001'] });
  });
});

describe('issue 10: the rules as the manual gives them (四.3 5.1.7, 5.2.1–5.2.3)', async () => {
  const { acceptBlocker, permitTiming, refundBlockers, patrolOf } =
    await import('../../../src/procedures/renovation/rules.js');
  const inProgress = (inspections: NonNullable<Case['inspections']>): Case => ({
    ...underReview('2026-11-02T09:00:00+08:00'),
    state: 'in-progress',
    started: '2026-11-02',
    inspections,
  });

  it("security's daily patrols are recorded but are not engineering's round (5.2.2)", () => {
    const round = (date: string, patrol?: 'security') => ({
      date,
      at: `${date}T10:00:00+08:00`,
      by: patrol ? 'S009' : 'S007',
      findings: '正常',
      ...(patrol ? { patrol } : {}),
    });
    const c = inProgress([round('2026-11-02'), round('2026-11-03', 'security'), round('2026-11-04')]);
    expect(inspectionGaps(c, cal, '2026-11-05')).toEqual(['2026-11-03']);
    expect(patrolOf(['security'])).toBe('security');
    expect(patrolOf(['engineer', 'security'])).toBe('engineering');
    // today: only an engineering round meets it
    expect(nextDue(inProgress([round('2026-11-05', 'security')]), cal, conf, '2026-11-05')).toMatchObject({
      step: 'inspection',
      overdue: true, // and 11-03, 11-04 were missed
    });
  });

  it('no permit for a period over or more than half gone; a start just passed is a warning', () => {
    const planned = { start: '2026-12-01', end: '2026-12-20' }; // 20 days
    expect(permitTiming(planned, '2026-11-28')).toEqual({});
    expect(permitTiming(planned, '2026-12-01')).toEqual({});
    expect(permitTiming(planned, '2026-12-05').warn?.zh).toContain('计划开工日 2026-12-01 已过');
    expect(permitTiming(planned, '2026-12-11').refuse).toBeUndefined(); // 10 of 20 gone: half, not more
    expect(permitTiming(planned, '2026-12-12').refuse?.zh).toContain('已过去 11/20 天（过半）');
    expect(permitTiming(planned, '2026-12-21').refuse?.zh).toContain('已结束');
  });

  it('open violations block acceptance; the refund deducts them per the agreement or waits for them', () => {
    const v = (notice: string, rectified?: string) => ({
      notice,
      kind: 'debris' as const,
      what: '楼道堆放垃圾',
      at: '2026-11-03T10:00:00+08:00',
      by: 'S003',
      deadline: '2026-11-06',
      action: 'rectify' as const,
      ...(rectified ? { rectified } : {}),
    });
    const c = { id: 'ZX2026-0001', violations: [v('ZX2026-0001-V01', '2026-11-05'), v('ZX2026-0001-V02')] };
    expect(acceptBlocker(c)?.zh).toContain('ZX2026-0001-V02（期限 2026-11-06）');
    expect(acceptBlocker({ ...c, violations: [c.violations[0]] })).toBeUndefined();
    expect(refundBlockers(c, []).map((x) => x.notice)).toEqual(['ZX2026-0001-V02']);
    expect(refundBlockers(c, [{ reason: 'ZX2026-0001-V02 未整改，按协议扣款' }])).toEqual([]);
  });

  it('a debris fee paid at move-in is the case debris fee: not asked again at the per-m² price', () => {
    const c = {
      debris_entrusted: true,
      charges: [
        {
          item: 'debris-fee' as const,
          amount: '300.00',
          receipt: '0000719',
          book: 'SJ-0015',
          at: '2026-11-20T14:35:00+08:00',
          by: 'S005',
          held: true,
        },
      ],
    };
    expect(chargesDue(c, '111.69', conf).find((x) => x.item === 'debris-fee')).toEqual({
      item: 'debris-fee',
      amount: 30000,
    });
    expect(chargesDue({ debris_entrusted: true }, '111.69', conf).find((x) => x.item === 'debris-fee')).toEqual({
      item: 'debris-fee',
      amount: 55845, // 111.69 × 5.00
    });
  });
});
