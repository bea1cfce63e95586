// wuye complaint list [--overdue] [--state assigned] [--category noise] [--severity major] [--unit 1-2-0801] [--owner S003] [--from D --to D] [--json]
// Spec 14: each late case — feedback past its 2 working days, a major complaint not reported within 1 — is
// listed by --overdue with its due date (manual 三.3.6, 三.4.3).
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allCases } from '../../../core/case-engine.js';
import { dateOf } from '../../../core/dates.js';
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { compareIds } from '../../../core/kinds.js';
import { label } from '../../../core/labels.js';
import type { ComplaintCategory, ComplaintSeverity } from '../../../core/enums.gen.js';
import { COMPLAINT_CASES, conf, openComplaints } from '../cases.js';
import { COMPLAINT, type ComplaintState } from '../machine.js';
import { clocks, type Complaint } from '../rules.js';
import { clocksText, whereText } from '../view.js';

export function parse(l: Line) {
  const o = {
    overdue: l.flagged('overdue'),
    state: l.choice<ComplaintState>('state'),
    category: l.choice<ComplaintCategory>('category'),
    severity: l.choice<ComplaintSeverity>('severity'),
    unit: l.idOpt('unit', 'unit'),
    owner: l.idOpt('owner', 'staff'),
    from: l.date('from'),
    to: l.date('to'),
  };
  if (o.from && o.to && o.to < o.from) throw new UsageError(msg('--to 早于 --from', '--to is before --from'));
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const today = ctx.today();
  const cf = conf(ctx);
  const cases =
    o.overdue || (o.state && o.state !== 'closed')
      ? openComplaints(ctx.store)
      : allCases<Complaint>(ctx.store, COMPLAINT_CASES);
  const rows = cases
    .filter(
      (c) =>
        (!o.state || c.state === o.state) &&
        (!o.category || c.category === o.category) &&
        (!o.severity || c.severity === o.severity) &&
        (!o.unit || c.unit === o.unit) &&
        (!o.owner || c.owner === o.owner) &&
        (!o.from || dateOf(c.received_at) >= o.from) &&
        (!o.to || dateOf(c.received_at) <= o.to) &&
        (!o.overdue || c.state !== 'closed'),
    )
    .map((c) => ({ c, due: c.state === 'closed' ? [] : clocks(c, ctx.calendar, cf, today) }))
    .filter((r) => !o.overdue || r.due.some((d) => d.overdue))
    .sort((a, b) => compareIds(a.c.id, b.c.id));
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map(({ c, due }) => ({
        id: c.id,
        received: c.received_at,
        unit: c.unit ?? null,
        place: c.place ?? null,
        category: c.category,
        severity: c.severity,
        valid: c.valid,
        state: c.state,
        owner: c.owner,
        department: c.department ?? null,
        clocks: due.map((d) => ({ deadline: d.deadline, due: d.due, overdue: d.overdue })),
        overdue: due.some((d) => d.overdue),
      })),
    );
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('投诉', 'Complaint'), get: (r) => r.c.id },
    { key: 'received', header: msg('收到', 'Received'), get: (r) => r.c.received_at.slice(0, 16).replace('T', ' ') },
    { key: 'where', header: msg('房屋/部位', 'Unit/place'), get: (r) => whereText(r.c) },
    { key: 'category', header: msg('类别', 'Category'), get: (r) => label('complaintCategory', r.c.category) },
    {
      key: 'severity',
      header: msg('性质', 'Severity'),
      get: (r) => `${label('complaintSeverity', r.c.severity)}${r.c.valid ? '' : t(msg('·无效', '·not valid'))}`,
    },
    { key: 'state', header: msg('状态', 'State'), get: (r) => t(COMPLAINT.states[r.c.state as ComplaintState]) },
    { key: 'owner', header: msg('负责人', 'Owner'), get: (r) => r.c.owner },
    { key: 'due', header: msg('期限', 'Due'), get: (r) => clocksText(r.due) },
  ]);
  if (!ctx.globals.quiet) ctx.out.err(t(msg(`共 ${rows.length} 件`, `${rows.length} complaints`)));
}
