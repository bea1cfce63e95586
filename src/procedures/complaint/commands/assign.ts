// wuye complaint assign TS2026-0007 --to S007 [--department engineering] [--severity major] [--note "今天下午上门查看"]
// Manual 一.5.3.13 首问责任制: the first responder owns a complaint until it is handed over — here, to a
// colleague (who owns it from now) and/or a department; the manager may classify it again (category,
// severity, valid or not). After an unsatisfied return visit, assigning it again sends it back to handling.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { LABELS } from '../../../core/labels.js';
import type { ComplaintCategory, ComplaintSeverity, Department } from '../../../core/enums.gen.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import { stepLine, takeStep } from '../step.js';

export function parse(l: Line) {
  const to = l.idOpt('to', 'staff');
  const department = l.choice<Department>('department');
  if (!to && !department)
    throw new UsageError(
      msg(
        '写明交给谁（--to 员工）或哪个部门（--department）',
        'say to whom (--to STAFF) or which department (--department)',
      ),
    );
  const invalid = l.flagged('invalid');
  const valid = l.flagged('valid');
  const reason = l.text('reason');
  if (invalid && valid) throw new UsageError(msg('--valid 与 --invalid 只能选一个', '--valid or --invalid, not both'));
  if (invalid && !reason)
    throw new UsageError(msg('改为无效投诉须写明理由（--reason）', 'making it not valid needs the reason (--reason)'));
  if (!invalid && (reason || l.given('referredTo')))
    throw new UsageError(
      msg('--reason 和 --referred-to 只与 --invalid 同用', '--reason and --referred-to go with --invalid'),
    );
  return {
    ...stepLine(l),
    to,
    department,
    category: l.choice<ComplaintCategory>('category'),
    severity: l.choice<ComplaintSeverity>('severity'),
    valid: invalid ? false : valid ? true : undefined,
    reason,
    referredTo: l.text('referredTo'),
    note: l.text('note'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  let dept = o.department;
  if (o.to) {
    const s = ctx.store.tryRead<StaffRecord>('staff', o.to)?.data;
    if (!s)
      throw new UsageError(
        msg(`--to: 没有员工 ${o.to}`, `--to: there is no staff member ${o.to}`),
        msg('用 wuye staff list 查看员工编号', 'see wuye staff list for staff ids'),
      );
    if (s.active_to && s.active_to < ctx.today())
      throw new RuleError(
        msg(`${s.id}（${s.name}）已离职`, `${s.id} (${s.name}) has left`),
        msg('交给在职的同事', 'hand it to a colleague on the staff'),
      );
    dept ??= s.department;
  }
  const deptName = dept ? LABELS.department[dept] : undefined;
  await takeStep(
    ctx,
    o,
    'assign',
    msg('派单', 'the assignment'),
    (c, who) => ({
      ...(o.to ? { owner: o.to } : {}),
      ...(dept ? { department: dept } : {}),
      ...(o.category ? { category: o.category } : {}),
      ...(o.severity ? { severity: o.severity } : {}),
      ...(o.valid !== undefined ? { valid: o.valid } : {}),
      ...(o.valid === false ? { invalid_reason: o.reason, referred_to: o.referredTo ?? null } : {}),
      ...(o.valid === true ? { invalid_reason: null, referred_to: null } : {}),
      append: {
        assignments: [
          {
            at: who.now,
            by: who.id,
            ...(o.to ? { to: o.to } : {}),
            ...(dept ? { department: dept } : {}),
            ...(o.note ? { note: o.note } : {}),
          },
        ],
      },
    }),
    [o.to ? `${o.to}` : '', o.note ?? ''].filter(Boolean).join(' ') || undefined,
    (c) => ({
      message: `complaint: assign ${c.id}${o.to ? ` ${o.to}` : ''}${dept ? ` ${dept}` : ''}`,
      summary: msg(
        `${c.id} 已交给 ${[o.to, deptName?.zh].filter(Boolean).join(' ')}，负责人 ${c.owner}`,
        `${c.id} assigned to ${[o.to, deptName?.en].filter(Boolean).join(' ')}; owned by ${c.owner}`,
      ),
    }),
  );
}
