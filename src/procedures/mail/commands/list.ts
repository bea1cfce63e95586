// 邮件清单 (四.12; spec 11 "uncollected items are reminded after 3 days and returned after the configured
// limit"): the items held, their state — waiting, to remind (mail.remind_days), to return (mail.return_days).
// e.g. wuye mail list --uncollected · wuye mail list --remind · wuye mail list --unit 1-2-0801
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allMail } from '../api.js';
import { daysWaiting, mailClockOf, mailState, type MailState } from '../rules.js';

const STATE: Record<MailState, [string, string]> = {
  waiting: ['待领', 'waiting'],
  remind: ['应催领', 'to remind'],
  overdue: ['应退回', 'to return'],
  collected: ['已领取', 'collected'],
  returned: ['已退回', 'returned'],
};

export function parse(l: Line) {
  const month = l.text('month');
  if (month && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new UsageError(
      msg(`--month 无效: "${month}"`, `invalid --month: "${month}"`),
      msg('如 2026-11', 'e.g. 2026-11'),
    );
  return {
    uncollected: l.flagged('uncollected'),
    remind: l.flagged('remind'),
    unit: l.idOpt('unit', 'unit'),
    month,
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const today = ctx.today();
  const clock = mailClockOf(ctx.config);
  const rows = allMail(ctx.shown)
    .map((m) => ({ m, state: mailState(m, today, clock) }))
    .filter(
      ({ m, state }) =>
        (!o.unit || m.unit === o.unit) &&
        (!o.month || m.received_at.startsWith(o.month)) &&
        (!o.uncollected || !['collected', 'returned'].includes(state)) &&
        (!o.remind || state === 'remind' || state === 'overdue'),
    );
  if (ctx.globals.json) {
    ctx.out.json(rows.map(({ m, state }) => ({ ...m, state, days: daysWaiting(m, today) })));
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('登记号', 'Id'), get: (r) => r.m.id },
    { key: 'received', header: msg('收到', 'Received'), get: (r) => r.m.received_at.slice(0, 16).replace('T', ' ') },
    { key: 'unit', header: msg('房屋', 'Unit'), get: (r) => r.m.unit },
    { key: 'addressee', header: msg('收件人', 'Addressee'), get: (r) => r.m.addressee },
    { key: 'carrier', header: msg('承运方', 'Carrier'), get: (r) => label('mailCarrier', r.m.carrier) },
    { key: 'type', header: msg('种类', 'Kind'), get: (r) => label('mailType', r.m.type) },
    { key: 'tracking', header: msg('运单号', 'Tracking'), get: (r) => r.m.tracking ?? '' },
    {
      key: 'state',
      header: msg('状态', 'State'),
      get: (r) =>
        `${t(msg(...STATE[r.state]))}${r.state === 'remind' || r.state === 'overdue' ? `（${daysWaiting(r.m, today)} 天）` : ''}`,
    },
  ]);
  if (o.remind && !ctx.globals.quiet)
    ctx.info(
      msg(
        `收到满 ${clock.remind} 天未领的应催领，满 ${clock.ret} 天的应退回寄件方（wuye mail return）`,
        `remind after ${clock.remind} days; return to the sender after ${clock.ret} (wuye mail return)`,
      ),
    );
}
