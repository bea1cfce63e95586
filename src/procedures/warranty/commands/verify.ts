// wuye warranty verify ZB2026-0003 --passed yes --signed-by 张三 [--note …] [--at 10:00]   (保修完成确认单)
// wuye warranty verify ZB2026-0003 --passed no --note "仍有渗水"                           (back to the developer)
// Spec 06: the center checks the work; passed, the owner confirms on the completion form; failed, it goes back.
import type { Ctx } from '../../../kit/context.js';
import { caseStep } from '../../../kit/case-step.js';
import type { Line } from '../../../kit/line.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { WARRANTY_CASES } from '../cases.js';
import type { WarrantyState } from '../machine.js';
import type { Warranty } from '../rules.js';

export function parse(l: Line) {
  const passed = l.choice<'yes' | 'no'>('passed') === 'yes';
  const signedBy = l.text('signedBy');
  if (passed && !signedBy)
    throw new UsageError(
      msg('验收合格须由业主签字确认（--signed-by）', 'a passed check is confirmed by the owner (--signed-by)'),
      msg('打印保修完成确认单: wuye warranty form completion 编号', 'print the form: wuye warranty form completion ID'),
    );
  if (!passed && signedBy)
    throw new UsageError(
      msg('验收不合格时业主不签确认：去掉 --signed-by', 'a failed check is not confirmed: drop --signed-by'),
    );
  return { id: l.id(0, 'warranty'), at: l.localTime('at'), passed, signedBy, note: l.text('note') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await caseStep<Warranty, WarrantyState>(
    ctx,
    WARRANTY_CASES,
    o,
    { action: o.passed ? 'verify' : 'reject', what: msg('验收', 'the check') },
    (_w, who) => ({
      append: {
        verifications: [{ at: who.now, by: who.id, passed: o.passed, ...(o.note ? { note: o.note } : {}) }],
      },
      ...(o.passed ? { signoff: { at: who.now, name: o.signedBy! } } : {}),
    }),
    o.note,
    (w) => ({
      message: `warranty: verify ${w.id} ${o.passed ? 'passed' : 'failed'}`,
      summary: o.passed
        ? msg(
            `${w.id} 验收合格，业主 ${o.signedBy} 已确认；回访: wuye warranty callback ${w.id} --satisfied yes|no`,
            `${w.id} passed, confirmed by ${o.signedBy}; return visit: wuye warranty callback ${w.id} --satisfied yes|no`,
          )
        : msg(
            `${w.id} 验收不合格，退回 ${w.routed?.name ?? '开发企业'} 整改（期限 ${w.routed?.deadline}）`,
            `${w.id} failed the check, back to ${w.routed?.name ?? 'the developer'} (deadline ${w.routed?.deadline})`,
          ),
    }),
  );
}
