// wuye warranty route ZB2026-0003 --to developer [--name 湖南爵士湘置业有限公司工程部] [--contact 张工] [--deadline 2026-12-10]
// Spec 06: the report goes to the developer's engineering department (or the named contractor) with a deadline
// agreed (default wuye.yaml warranty.developer_workdays working days); routing answers the owner (2 working days).
// Once the developer has missed the deadline the case is escalated: only the cs-manager (or director) agrees a new one.
import type { Ctx } from '../../../kit/context.js';
import { caseStep, type StepLine } from '../../../kit/case-step.js';
import type { Line } from '../../../kit/line.js';
import { requireRole } from '../../../core/case.js';
import { dateOf } from '../../../core/dates.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { WarrantyParty } from '../../../core/enums.gen.js';
import { WARRANTY_CASES, conf } from '../cases.js';
import { MANAGERS, type WarrantyState } from '../machine.js';
import type { Warranty } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'warranty'),
  at: l.localTime('at'),
  to: l.choice<WarrantyParty>('to')!,
  name: l.text('name'),
  contact: l.text('contact'),
  deadline: l.date('deadline'),
  note: l.text('note'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse> & StepLine): Promise<void> {
  const c = conf(ctx);
  await caseStep<Warranty, WarrantyState>(
    ctx,
    WARRANTY_CASES,
    o,
    { action: 'route', what: msg('转交', 'routing') },
    (w, who) => {
      const day = dateOf(who.now);
      if (w.routed && w.routed.deadline < day)
        requireRole(
          who.roles,
          MANAGERS,
          msg('开发企业逾期后另约期限（已上报客服经理）', 'agree a new deadline after a miss'),
        );
      const deadline = o.deadline ?? ctx.calendar.addWorkdays(day, c.developer_workdays);
      if (deadline < day)
        throw new RuleError(
          msg(`约定期限 ${deadline} 早于转交日 ${day}`, `the deadline ${deadline} is before the routing (${day})`),
          msg('检查 --deadline', 'check --deadline'),
        );
      const name = o.name ?? (o.to === 'developer' ? ctx.config.center.developer : undefined);
      return {
        routed: {
          at: who.now,
          by: who.id,
          to: o.to,
          ...(name ? { name } : {}),
          ...(o.contact ? { contact: o.contact } : {}),
          deadline,
        },
      };
    },
    o.note,
    (w) => ({
      message: `warranty: route ${w.id} ${w.routed!.to}`,
      summary: msg(
        `${w.id} 已转交 ${w.routed!.name ?? w.routed!.to}，约定 ${w.routed!.deadline} 前整改完毕；打印转交单: wuye warranty form transfer ${w.id}`,
        `${w.id} routed to ${w.routed!.name ?? w.routed!.to}, to be fixed by ${w.routed!.deadline}; the transfer form: wuye warranty form transfer ${w.id}`,
      ),
    }),
  );
}
