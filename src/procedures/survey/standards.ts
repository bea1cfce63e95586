// The service standards the surveys measure (spec standards.md 5.9 a staff survey every 12 months, analysed;
// 6.12 an owners' survey at least every 12 months, analysed, acted on), for `wuye standards`: the surveys of
// the year the period ends in. e.g. sources[0].measure(ctx, { from: '2026-01-01', to: '2026-12-31', … })
import type { StandardSource } from '../../kit/standards.js';
import { surveyStandards } from './api.js';

export const sources: readonly StandardSource[] = [
  { clauses: ['5.9', '6.12'], measure: (ctx, p) => surveyStandards(ctx.shown, Number(p.to.slice(0, 4))) },
];
