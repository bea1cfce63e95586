// The service standards the emergency records measure (spec standards.md 4.3 reported upward within 1 working day
// of discovery; 四.13 closed with cause analysis and preventive measures), for `wuye standards`; the major
// complaints give the other part of 4.3 (one row: quality/rules.ts joins the parts). e.g. sources[0].measure(ctx, { from: '2026-01-01', to: '2026-12-31', … })
import type { StandardSource } from '../../kit/standards.js';
import { emergencyStandards } from './api.js';

export const sources: readonly StandardSource[] = [
  {
    clauses: ['4.3', '四.13'],
    measure: (ctx, p) => emergencyStandards(ctx.shown, ctx.calendar, p, p.today, ctx.config),
  },
];
