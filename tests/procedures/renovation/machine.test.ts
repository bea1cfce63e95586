// The renovation state machine exactly as the spec draws it (03-renovation.md "States"):
// every legal step, every illegal one refused with the allowed next steps, and the roles.
import { describe, expect, it } from 'vitest';
import { allowedSteps, step } from '../../../src/core/case.js';
import { RuleError } from '../../../src/core/errors.js';
import { RENOVATION, STATES, type RenovationState } from '../../../src/procedures/renovation/machine.js';

const ALL_ROLES = ['director', 'cs-manager', 'cs-assistant', 'cashier', 'storekeeper', 'engineer', 'security'];

// The spec's drawing as an edge list: applied → under-review → (rejected → applied)* → reviewed →
// (director-rejected → under-review)* → approved → permitted → in-progress ⇄ suspended → completed →
// accepted → refunded → closed; withdrawn from any state before permitted.
const EDGES: [RenovationState, RenovationState][] = [
  ['applied', 'under-review'],
  ['under-review', 'rejected'],
  ['rejected', 'applied'],
  ['under-review', 'reviewed'],
  ['reviewed', 'director-rejected'],
  ['director-rejected', 'under-review'],
  ['reviewed', 'approved'],
  ['approved', 'permitted'],
  ['permitted', 'in-progress'],
  ['in-progress', 'suspended'],
  ['suspended', 'in-progress'],
  ['in-progress', 'completed'],
  ['completed', 'accepted'],
  ['accepted', 'refunded'],
  ['refunded', 'closed'],
  ...(['applied', 'under-review', 'rejected', 'reviewed', 'director-rejected', 'approved'] as const).map(
    (s) => [s, 'withdrawn'] as [RenovationState, RenovationState],
  ),
];

describe('renovation machine', () => {
  it('has exactly the edges of the spec', () => {
    const got = RENOVATION.transitions.flatMap((t) => t.from.map((f) => `${f}→${t.to}`)).sort();
    expect(got).toEqual(EDGES.map(([a, b]) => `${a}→${b}`).sort());
  });

  it('refuses every action from every state where it is not allowed, naming the allowed steps', () => {
    let refused = 0;
    for (const s of STATES) {
      for (const t of RENOVATION.transitions) {
        if (t.from.includes(s)) {
          expect(step(RENOVATION, s, t.action, ALL_ROLES).to).toBe(t.to);
          continue;
        }
        if (RENOVATION.transitions.some((x) => x.action === t.action && x.from.includes(s))) continue;
        try {
          step(RENOVATION, s, t.action, ALL_ROLES);
          expect.unreachable();
        } catch (e) {
          expect(e).toBeInstanceOf(RuleError);
          const next = allowedSteps(RENOVATION, s);
          const hint = (e as RuleError).hint!.zh;
          if (next.length) for (const n of next) expect(hint).toContain(n.action);
          else expect(hint).toContain('没有后续步骤');
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(150);
  });

  it('closed and withdrawn are final', () => {
    expect(allowedSteps(RENOVATION, 'closed')).toEqual([]);
    expect(allowedSteps(RENOVATION, 'withdrawn')).toEqual([]);
  });

  it('roles: only engineering reviews, only the director decides, only the cashier pays the refund', () => {
    const refuse = (s: RenovationState, action: string, roles: string[]) =>
      expect(() => step(RENOVATION, s, action, roles)).toThrow(/may only be done/);
    for (const r of ALL_ROLES.filter((x) => x !== 'engineer')) {
      refuse('under-review', 'review-pass', [r]);
      refuse('under-review', 'review-reject', [r]);
      refuse('completed', 'accept', [r]);
    }
    for (const r of ALL_ROLES.filter((x) => x !== 'director')) {
      refuse('reviewed', 'approve', [r]);
      refuse('reviewed', 'director-reject', [r]);
    }
    for (const r of ALL_ROLES.filter((x) => x !== 'cashier')) refuse('accepted', 'refund', [r]);
    expect(step(RENOVATION, 'under-review', 'review-pass', ['engineer']).to).toBe('reviewed');
    expect(step(RENOVATION, 'reviewed', 'approve', ['director']).to).toBe('approved');
    expect(step(RENOVATION, 'accepted', 'refund', ['cashier']).to).toBe('refunded');
  });
});
