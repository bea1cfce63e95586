// The service standard the vacant-unit checks measure (manual 四.5; spec standards.md 四.5): every vacant or
// unsold unit checked at least every vacant.check_days days — units with a longer stretch unchecked in the
// period are the evidence. For `wuye standards`. e.g. sources[0].measure(ctx, { from, to, today, now })
import { msg } from '../../core/i18n.js';
import { ratioText, statusOf, type StandardSource } from '../../kit/standards.js';
import { checkDaysOf, vacantCheckFigures } from './api.js';

export const sources: readonly StandardSource[] = [
  {
    clauses: ['四.5'],
    measure(ctx, p) {
      const days = checkDaysOf(ctx.config);
      const f = vacantCheckFigures(ctx.shown, p.from, p.to < p.today ? p.to : p.today, days);
      return [
        {
          clause: '四.5',
          requirement: msg(`空置房至少每 ${days} 天巡查一次`, `vacant units checked at least every ${days} days`),
          measured: ratioText(f.units - f.late, f.units),
          status: statusOf(f.units, f.late),
          evidence: f.evidence,
        },
      ];
    },
  },
];
