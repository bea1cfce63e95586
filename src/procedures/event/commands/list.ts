// wuye event list [--year 2026] [--state held] [--overdue] [--json]
// Manual 三.6.8: events held more than 14 calendar days ago and not evaluated are overdue (--overdue).
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allCases, pendingDeadline } from '../../../core/case-engine.js';
import type { EventState } from '../../../core/enums.gen.js';
import { msg, t } from '../../../core/i18n.js';
import { compareIds } from '../../../core/kinds.js';
import { labelZh } from '../../../core/labels.js';
import { conf, EVENT_CASES } from '../cases.js';
import { EVENT, type Event } from '../rules.js';

export const parse = (l: Line) => ({
  year: l.int('year', 2000, 2100),
  state: l.choice<EventState>('state'),
  overdue: l.flagged('overdue'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const today = ctx.today();
  const cf = conf(ctx);
  const rows = allCases<Event>(ctx.shown, EVENT_CASES)
    .filter((e) => (!o.year || e.date.startsWith(String(o.year))) && (!o.state || e.state === o.state))
    .map((e) => ({ e, due: pendingDeadline(EVENT, e, ctx.calendar, today, cf) }))
    .filter((r) => !o.overdue || r.due?.overdue)
    .sort((a, b) => a.e.date.localeCompare(b.e.date) || compareIds(a.e.id, b.e.id));
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map(({ e, due }) => ({
        id: e.id,
        date: e.date,
        title: e.title,
        type: e.type,
        state: e.state,
        participants: e.participants?.count ?? null,
        evaluation_due: due?.due ?? null,
        overdue: due?.overdue ?? false,
      })),
    );
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('编号', 'Id'), get: (r) => r.e.id },
    { key: 'date', header: msg('日期', 'Date'), get: (r) => r.e.date },
    { key: 'title', header: msg('活动', 'Event'), get: (r) => r.e.title },
    { key: 'type', header: msg('类别', 'Kind'), get: (r) => t(msg(labelZh('eventType', r.e.type), r.e.type)) },
    { key: 'state', header: msg('状态', 'State'), get: (r) => t(EVENT.states[r.e.state]) },
    { key: 'n', header: msg('人数', 'People'), get: (r) => r.e.participants?.count, align: 'right' },
    {
      key: 'due',
      header: msg('评估期限', 'Evaluate by'),
      get: (r) => (r.due ? r.due.due + (r.due.overdue ? t(msg('（逾期）', ' (overdue)')) : '') : undefined),
    },
  ]);
}
