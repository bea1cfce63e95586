// The service standard the key register measures (manual 三.12.2; spec standards.md 12.2): every key loan
// registered and back by the end of its day — loans of the period not back when due, or back late, are the
// evidence. Read by `wuye standards`.
// e.g. keyStandards(ctx, { from: '2026-01-01', to: '2026-12-31', today, now })
import { msg } from '../../core/i18n.js';
import type { Ctx } from '../../kit/context.js';
import {
  ratioText,
  statusOf,
  type StandardPeriod,
  type StandardRow,
  type StandardSource,
} from '../../kit/standards.js';
import { keyLoanFigures } from './api.js';
import { dayEndOf } from './rules.js';

export function keyStandards(ctx: Ctx, p: StandardPeriod): StandardRow[] {
  const f = keyLoanFigures(ctx.shown, p.from, p.to, p.now, dayEndOf(ctx.config));
  const bad = f.overdue + f.returnedLate;
  return [
    {
      clause: '12.2',
      requirement: msg('钥匙借用登记，按时归还', 'key loans registered and returned on time'),
      measured: ratioText(f.loans - bad, f.loans),
      status: statusOf(f.loans, bad),
      evidence: f.evidence,
    },
  ];
}

export const sources: readonly StandardSource[] = [{ clauses: ['12.2'], measure: keyStandards }];
