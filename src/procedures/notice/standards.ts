// The service standard the notices measure (manual 三.6.13; spec standards.md 6.13): the fee income and
// spending disclosure posted at least yearly — disclosureStandard (api.ts) for the year the period ends in.
// e.g. noticeStandards(ctx, { from: '2026-01-01', to: '2026-12-31', today, now })
import type { Ctx } from '../../kit/context.js';
import type { StandardPeriod, StandardRow, StandardSource } from '../../kit/standards.js';
import { disclosureStandard } from './api.js';

export function noticeStandards(ctx: Ctx, p: StandardPeriod): StandardRow[] {
  const end = p.to < p.today ? p.to : p.today;
  return [disclosureStandard(ctx.shown, Number(end.slice(0, 4)), p.today)];
}

export const sources: readonly StandardSource[] = [{ clauses: ['6.13'], measure: noticeStandards }];
