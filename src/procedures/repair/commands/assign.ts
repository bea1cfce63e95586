// wuye repair assign BX2026-0007 --to S003 --promised "2026-11-28 14:00" [--due "2026-11-28 18:00"] [--note …]
// Dispatch (派工): the technician — a member of engineering (设备维护部, role engineer) on the staff — and the
// appointment agreed with the owner (三.7.1: at most 5 minutes early, 2 late); the promised completion defaults to
// the appointment plus wuye.yaml repair.minor_hours / urgent_hours. Again to hand it to another technician.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { dateOf } from '../../../core/dates.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import { conf } from '../cases.js';
import { dueAt } from '../rules.js';
import { localIso, stepLine, takeStep } from '../step.js';

export function parse(l: Line) {
  const promised = l.localTime('promised');
  if (!promised)
    throw new UsageError(
      msg('须写明与业主约定的上门时间（--promised）', 'give the appointment agreed with the owner (--promised)'),
      msg('如 --promised "2026-11-28 14:00"', 'e.g. --promised "2026-11-28 14:00"'),
    );
  return { ...stepLine(l), to: l.idOpt('to', 'staff')!, promised, due: l.localTime('due'), note: l.text('note') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const promised = localIso(ctx, o.promised);
  const cf = conf(ctx);
  await takeStep(
    ctx,
    o,
    'assign',
    msg('派工', 'dispatch'),
    (r, who, tx) => {
      const s = tx.tryRead<StaffRecord>('staff', o.to)?.data;
      if (!s)
        throw new UsageError(
          msg(`--to: 没有员工 ${o.to}`, `--to: there is no staff member ${o.to}`),
          msg('用 wuye staff list 查看员工编号', 'see wuye staff list for staff ids'),
        );
      if (!(s.roles as string[]).includes('engineer'))
        throw new RuleError(
          msg(
            `${s.id}（${s.name}）不是维修人员：维修须派给设备维护部（engineer 角色）的员工`,
            `${s.id} (${s.name}) is not a technician: repairs go to engineering staff (role engineer)`,
          ),
          msg('用 wuye staff list 查看设备维护部的员工', 'see wuye staff list for the engineering staff'),
        );
      if (s.active_to && s.active_to < dateOf(who.now))
        throw new RuleError(msg(`${s.id}（${s.name}）已离职`, `${s.id} (${s.name}) has left`));
      if (Date.parse(promised) < Date.parse(r.received_at))
        throw new RuleError(
          msg('约定上门时间早于报修时间', 'the appointment is before the repair was reported'),
          msg('检查 --promised', 'check --promised'),
        );
      const due = o.due ? localIso(ctx, o.due) : dueAt(promised, r.urgency, cf);
      if (Date.parse(due) < Date.parse(promised))
        throw new RuleError(msg('承诺完成时间早于约定上门时间', 'the promised completion is before the appointment'));
      return { technician: s.id, promised_at: promised, due_at: due };
    },
    o.note,
    (r) => ({
      message: `repair: assign ${r.id} ${r.technician}`,
      summary: msg(
        `${r.id} 已派工给 ${r.technician}，约定 ${promised.slice(0, 16).replace('T', ' ')} 上门，承诺 ${r.due_at!.slice(0, 16).replace('T', ' ')} 前完工`,
        `${r.id} assigned to ${r.technician}, appointment ${promised.slice(0, 16)}, promised done by ${r.due_at!.slice(0, 16)}`,
      ),
    }),
  );
}
