// The repair rules with the manual's numbers (三.7.1: at most 5 minutes early, at most 2 minutes late; 三.7.6:
// on time 100%, rework ≤ 1%, satisfaction ≥ 95%): punctuality at exactly the limits and one second past, the
// promised completion, the figures of the statistics.
import { describe, expect, it } from 'vitest';
import { cfg, dueAt, figures, meets, punctuality, type Repair } from '../../../src/procedures/repair/rules.js';

const C = cfg(undefined);
const P = '2026-11-28T14:00:00+08:00';

describe('punctuality (三.7.1)', () => {
  it('exactly 5 minutes early is punctual; 5 minutes and one second early is not', () => {
    expect(punctuality(P, '2026-11-28T13:55:00+08:00', C)).toEqual({ punctual: true, seconds: -300 });
    expect(punctuality(P, '2026-11-28T13:54:59+08:00', C)).toEqual({ punctual: false, seconds: -301 });
  });
  it('exactly 2 minutes late is punctual; 2 minutes and one second late is not', () => {
    expect(punctuality(P, '2026-11-28T14:02:00+08:00', C)).toEqual({ punctual: true, seconds: 120 });
    expect(punctuality(P, '2026-11-28T14:02:01+08:00', C)).toEqual({ punctual: false, seconds: 121 });
  });
  it('the limits come from wuye.yaml', () => {
    expect(punctuality(P, '2026-11-28T14:02:01+08:00', cfg({ late_minutes: 3 })).punctual).toBe(true);
  });
});

describe('promised completion', () => {
  it('the appointment plus 24 hours (minor) or 4 (urgent), in the center offset', () => {
    expect(dueAt(P, 'minor', C)).toBe('2026-11-29T14:00:00+08:00');
    expect(dueAt('2026-11-28T22:30:00+08:00', 'urgent', C)).toBe('2026-11-29T02:30:00+08:00');
  });
});

describe('figures (三.7.6)', () => {
  const base = { kind: 'repair', received_at: P, description: 'x', paid: false, received_by: 'S001', log: [] };
  const r = (id: string, more: Partial<Repair>): Repair =>
    ({ ...base, id, urgency: 'minor', state: 'closed', ...more }) as Repair;
  const orders = [
    r('BX2026-0001', {
      arrived_at: '2026-11-28T14:10:00+08:00',
      punctual: false,
      due_at: '2026-11-29T14:00:00+08:00',
      done_at: '2026-11-28T15:00:00+08:00',
      callbacks: [{ at: P, by: 'S001', satisfied: false }],
    }),
    r('BX2026-0002', {
      rework_of: 'BX2026-0001',
      arrived_at: P,
      punctual: true,
      due_at: '2026-11-29T14:00:00+08:00',
      done_at: '2026-11-30T09:00:00+08:00',
      callbacks: [{ at: P, by: 'S001', satisfied: true }],
    }),
  ];
  it('on time, rework, satisfaction, punctuality — and the targets not met', () => {
    const f = figures(orders);
    expect(f).toMatchObject({ orders: 2, done: 2, onTime: 1, reworks: 1, callbacks: 2, satisfied: 1, punctual: 1 });
    expect(f.onTimeRate).toBe(0.5);
    expect(f.reworkRate).toBe(0.5);
    expect(meets(f, C)).toEqual({ onTime: false, rework: false, satisfaction: false });
    expect(meets(figures([]), C)).toEqual({ onTime: undefined, rework: undefined, satisfaction: undefined });
  });
});
