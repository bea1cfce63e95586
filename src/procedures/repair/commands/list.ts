// wuye repair list [--open] [--state on-site] [--unit 1-2-0801] [--technician S003] [--late] [--from D --to D] [--json]
// The orders at the desk (spec 14: repair list --open): where, kind, technician, appointment, arrival punctual
// or not (三.7.1), done on time or not.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allCases } from '../../../core/case-engine.js';
import { dateOf } from '../../../core/dates.js';
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { compareIds } from '../../../core/kinds.js';
import { label } from '../../../core/labels.js';
import { REPAIR_CASES } from '../cases.js';
import { OPEN, REPAIR, type RepairState } from '../machine.js';
import { onTime, type Repair } from '../rules.js';
import { hm, whereText } from '../view.js';

export function parse(l: Line) {
  const o = {
    open: l.flagged('open'),
    late: l.flagged('late'),
    state: l.choice<RepairState>('state'),
    unit: l.idOpt('unit', 'unit'),
    technician: l.idOpt('technician', 'staff'),
    from: l.date('from'),
    to: l.date('to'),
  };
  if (o.from && o.to && o.to < o.from) throw new UsageError(msg('--to 早于 --from', '--to is before --from'));
  return o;
}

const yn = (b: boolean | undefined) => (b === undefined ? '' : t(b ? msg('是', 'yes') : msg('否', 'no')));

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const rows = allCases<Repair>(ctx.store, REPAIR_CASES)
    .filter(
      (r) =>
        (!o.open || (OPEN as readonly string[]).includes(r.state)) &&
        (!o.state || r.state === o.state) &&
        (!o.unit || r.unit === o.unit) &&
        (!o.technician || r.technician === o.technician) &&
        (!o.from || dateOf(r.received_at) >= o.from) &&
        (!o.to || dateOf(r.received_at) <= o.to) &&
        (!o.late || r.punctual === false || onTime(r) === false),
    )
    .sort((a, b) => compareIds(a.id, b.id));
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map((r) => ({
        id: r.id,
        received: r.received_at,
        unit: r.unit ?? null,
        place: r.place ?? null,
        urgency: r.urgency,
        paid: r.paid,
        rework_of: r.rework_of ?? null,
        state: r.state,
        technician: r.technician ?? null,
        promised: r.promised_at ?? null,
        arrived: r.arrived_at ?? null,
        punctual: r.punctual ?? null,
        on_time: onTime(r) ?? null,
      })),
    );
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('维修单', 'Order'), get: (r) => r.id },
    { key: 'received', header: msg('报修', 'Reported'), get: (r) => hm(r.received_at) },
    { key: 'where', header: msg('房屋/部位', 'Unit/place'), get: (r) => whereText(r) },
    {
      key: 'kind',
      header: msg('类别', 'Kind'),
      get: (r) =>
        `${label('repairUrgency', r.urgency)}${r.paid ? t(msg('·有偿', '·paid')) : ''}${r.rework_of ? t(msg('·返修', '·rework')) : ''}`,
    },
    { key: 'state', header: msg('状态', 'State'), get: (r) => t(REPAIR.states[r.state as RepairState]) },
    { key: 'tech', header: msg('维修人员', 'Technician'), get: (r) => r.technician ?? '' },
    { key: 'promised', header: msg('约定上门', 'Appointment'), get: (r) => hm(r.promised_at) },
    { key: 'punctual', header: msg('准时', 'Punctual'), get: (r) => yn(r.punctual) },
    { key: 'onTime', header: msg('按时完工', 'Done on time'), get: (r) => yn(onTime(r)) },
  ]);
  if (!ctx.globals.quiet) ctx.out.err(t(msg(`共 ${rows.length} 张`, `${rows.length} orders`)));
}
