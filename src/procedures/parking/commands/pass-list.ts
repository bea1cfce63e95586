// wuye parking pass list [--expiring] [--json]
// Manual 四.10: passes expire at the end of the paid month; --expiring lists those running out within
// parking.expiring_days (wuye.yaml) and those lapsed, so the holders can be reminded to renew.
import { msg, t } from '../../../core/i18n.js';
import { compareIds } from '../../../core/kinds.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { conf } from '../passes.js';
import { endOfMonth, expiring, type Pass } from '../rules.js';

export const parse = (l: Line) => ({ expiring: l.flagged('expiring') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const today = ctx.today();
  const days = conf(ctx).expiringDays;
  const rows = [...ctx.shown.all<Pass>('parking-pass')]
    .map((r) => r.data)
    .filter((p) => !o.expiring || expiring(p, today, days))
    .sort((a, b) => compareIds(a.id, b.id))
    .map((p) => ({ p, ends: endOfMonth(p.paid_through), lapsed: endOfMonth(p.paid_through) < today }));
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map(({ p, ends, lapsed }) => ({
        id: p.id,
        plate: p.plate,
        holder: p.holder,
        unit: p.unit,
        space: p.space ?? null,
        fee: p.fee,
        paid_through: p.paid_through,
        expires: ends,
        lapsed,
      })),
    );
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('卡号', 'Card'), get: (r) => r.p.id },
    { key: 'plate', header: msg('车牌', 'Plate'), get: (r) => r.p.plate },
    { key: 'unit', header: msg('房屋', 'Unit'), get: (r) => r.p.unit },
    { key: 'space', header: msg('车位', 'Space'), get: (r) => r.p.space ?? '' },
    { key: 'fee', header: msg('月费', 'Fee'), get: (r) => r.p.fee, align: 'right' },
    { key: 'ends', header: msg('到期日', 'Expires'), get: (r) => r.ends },
    {
      key: 'state',
      header: msg('状态', 'State'),
      get: (r) =>
        t(
          r.lapsed
            ? msg('已过期', 'lapsed')
            : expiring(r.p, today, days)
              ? msg('将到期', 'expiring')
              : msg('有效', 'in force'),
        ),
    },
  ]);
  if (!ctx.globals.quiet) ctx.out.err(t(msg(`共 ${rows.length} 张`, `${rows.length} passes`)));
}
