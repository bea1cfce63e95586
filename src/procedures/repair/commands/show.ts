// wuye repair show BX2026-0007 [--json] — the order, the technician, the appointment and the arrival
// (punctual or not, 三.7.1), the work, materials, the charge and receipt, the sign-off, the return visit, the log.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allowedSteps } from '../../../core/case.js';
import { readCase } from '../../../core/case-engine.js';
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import { REPAIR_CASES } from '../cases.js';
import { REPAIR, type RepairState } from '../machine.js';
import { deviationText, onTime, type Repair } from '../rules.js';
import { hm, staffText, whereText } from '../view.js';

export const parse = (l: Line) => ({ id: l.id(0, 'repair') });

const yes = (b: boolean | undefined) => (b === undefined ? undefined : t(b ? msg('是', 'yes') : msg('否', 'no')));

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const r = readCase<Repair>(ctx.shown, REPAIR_CASES, o.id);
  const steps = allowedSteps(REPAIR, r.state as RepairState).map((x) => x.action);
  if (ctx.globals.json) {
    ctx.out.json({ ...r, on_time: onTime(r) ?? null, allowed_steps: steps });
    return;
  }
  const dev =
    r.arrived_at && r.promised_at
      ? t(deviationText(Math.round((Date.parse(r.arrived_at) - Date.parse(r.promised_at)) / 1000)))
      : '';
  const ok = onTime(r);
  ctx.out.fields([
    [msg('维修单', 'Order'), r.id],
    [msg('状态', 'State'), t(REPAIR.states[r.state as RepairState])],
    [msg('可进行的步骤', 'Allowed steps'), steps.join(', ') || undefined],
    [msg('来电记录', 'Desk entry'), r.hotline],
    [msg('保修报告', 'Warranty report'), r.warranty],
    [msg('报修', 'Reported'), hm(r.received_at)],
    [msg('房屋/部位', 'Unit/place'), whereText(r)],
    [msg('报修人', 'Reported by'), r.requester?.name ?? r.requester?.person],
    [msg('内容', 'Request'), r.description],
    [
      msg('类别', 'Kind'),
      `${label('repairUrgency', r.urgency)}${r.paid ? t(msg('·有偿', '·paid')) : t(msg('·无偿', '·free'))}`,
    ],
    [msg('返修', 'Rework of'), r.rework_of],
    [msg('受理人', 'Received by'), staffText(ctx.store, r.received_by)],
    [msg('维修人员', 'Technician'), staffText(ctx.store, r.technician) || undefined],
    [msg('约定上门', 'Appointment'), hm(r.promised_at) || undefined],
    [msg('承诺完成', 'Promised done'), hm(r.due_at) || undefined],
    [
      msg('到场', 'Arrived'),
      r.arrived_at
        ? `${hm(r.arrived_at)}（${dev}，${t(r.punctual ? msg('准时', 'punctual') : msg('不准时', 'not punctual'))}）`
        : undefined,
    ],
    [
      msg('完工', 'Done'),
      r.done_at ? `${hm(r.done_at)}（${t(ok ? msg('按时', 'on time') : msg('超时', 'late'))}）` : undefined,
    ],
    [msg('维修情况', 'Work'), r.work],
    [
      msg('材料', 'Materials'),
      (r.materials ?? []).map((m) => `${m.item}×${m.qty}${m.ref ? ` (${m.ref})` : ''}`).join('、') || undefined,
    ],
    [
      msg('收费', 'Charge'),
      r.charge
        ? `${r.charge.amount}${r.charge.items ? ` ${r.charge.items}` : ''}${r.charge.receipt ? t(msg(`，收据 ${r.charge.receipt}（${r.charge.cashier}）`, `, receipt ${r.charge.receipt} (${r.charge.cashier})`)) : t(msg('，未收', ', not paid'))}`
        : undefined,
    ],
    [
      msg('业主签认', 'Signed'),
      r.signoff
        ? `${hm(r.signoff.at)} ${r.signoff.name}${r.signoff.satisfied === undefined ? '' : ` ${t(r.signoff.satisfied ? msg('满意', 'satisfied') : msg('不满意', 'not satisfied'))}`}`
        : undefined,
    ],
    [
      msg('回访', 'Return visits'),
      (r.callbacks ?? [])
        .map(
          (v) =>
            `${hm(v.at)} ${v.by} ${t(v.satisfied ? msg('满意', 'satisfied') : msg('不满意', 'not satisfied'))}${v.comments ? ` ${v.comments}` : ''}`,
        )
        .join('; ') || undefined,
    ],
    [msg('准时', 'Punctual'), yes(r.punctual)],
  ]);
  ctx.out.line();
  ctx.out.table(r.log, [
    { key: 'at', header: msg('时间', 'At'), get: (e) => hm(e.at) },
    { key: 'by', header: msg('操作员', 'By'), get: (e) => e.by },
    { key: 'action', header: msg('步骤', 'Action'), get: (e) => e.action },
    {
      key: 'state',
      header: msg('状态', 'State'),
      get: (e) => (e.state ? t(REPAIR.states[e.state as RepairState] ?? e.state) : ''),
    },
    { key: 'note', header: msg('备注', 'Note'), get: (e) => e.note },
  ]);
}
