// 门岗查验 (四.4; spec 04 "The release pass is shown at the gate; security records the check"): security checks
// the pass against the goods and records who checked it and when; a move out without a pass is refused at the gate.
// e.g. wuye moving check BJ2026-0003 --as S009 [--note "货物与放行条相符"]
import { requireRole } from '../../../core/case.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { setIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import type { Moving } from '../rules.js';

export function parse(l: Line) {
  return { id: l.id(0, 'moving'), note: l.text('note') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  requireRole(op.roles, ['security'], msg('门岗查验放行条', 'check a release pass at the gate'));
  await ctx.write((tx) => {
    const m = tx.read<Moving>('moving', o.id).data;
    if (m.direction === 'out' && !m.pass)
      throw new RuleError(
        msg(`${m.id} 没有放行条，物品不得放行`, `${m.id} has no release pass; the goods may not leave`),
        msg(
          `请住户到服务中心开具: wuye moving pass ${m.id}`,
          `the household gets one at the office: wuye moving pass ${m.id}`,
        ),
      );
    if (m.gate)
      throw new RuleError(
        msg(`${m.id} 已于 ${m.gate.at.slice(0, 16).replace('T', ' ')} 查验`, `${m.id} was already checked`),
      );
    tx.edit('moving', m.id, (doc) =>
      setIn(doc, ['gate'], { by: op.id, at: ctx.now(), ...(o.note ? { note: o.note } : {}) }),
    );
    return {
      message: `moving: check ${m.id}${m.pass ? ` (${m.pass.no})` : ''}`,
      summary: msg(
        `${m.id} 门岗查验已登记${m.pass ? `（放行条 ${m.pass.no}）` : ''}`,
        `${m.id} checked at the gate${m.pass ? ` (pass ${m.pass.no})` : ''}`,
      ),
    };
  });
}
