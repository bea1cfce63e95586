// 整改跟踪 (4.4 3–5): the engineering department follows the developer's
// project engineering department's repairs and reports back; the assistant
// records what is done (then the owner is called for the second inspection)
// or a changed deadline.
// e.g. wuye movein rectify 3-1-0101 --done 1,2 --on 2026-12-10
//      wuye movein rectify 3-1-0101 --defect 3 --deadline 2026-12-20
import { stepCase } from '../../../core/case-engine.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { MoveinRecord } from '../../../core/types.gen.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { MOVEIN_CASES, readMovein } from '../cases.js';
import { openDefects, type MoveinState } from '../rules.js';

export function parse(l: Line) {
  const id = l.id(0, 'movein');
  const done = l.numbers('done') ?? [];
  const moved = l.numbers('defect') ?? [];
  const deadline = l.date('deadline');
  if (!done.length && !moved.length)
    throw new UsageError(
      msg('没有要登记的整改', 'nothing to record'),
      msg(
        '用 --done 1,2 登记已整改，或 --defect 3 --deadline DATE 变更期限',
        'use --done 1,2 for fixed defects, or --defect 3 --deadline DATE to change a deadline',
      ),
    );
  if (moved.length && !deadline) throw new UsageError(msg('--defect 需要 --deadline', '--defect needs --deadline'));
  if (deadline && !moved.length)
    throw new UsageError(
      msg('--deadline 需要 --defect 指明哪些问题', '--deadline needs --defect to say which defects'),
    );
  return { id, done, moved, deadline, assignedTo: l.text('assignedTo'), on: l.date('on') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, done, moved, deadline, assignedTo } = o;
  const on = o.on ?? ctx.today();
  await ctx.write((tx) => {
    const c = readMovein(tx, id);
    const open = openDefects(c);
    if (open.length === 0) throw new RuleError(msg(`${id} 没有待整改的问题`, `${id} has no open defects`));
    for (const n of [...done, ...moved]) {
      const d = open.find((x) => x.no === n);
      if (!d)
        throw new RuleError(
          msg(`${id} 没有待整改的问题 ${n}`, `${id} has no open defect ${n}`),
          msg(`待整改的问题: ${open.map((x) => x.no).join(', ')}`, `open defects: ${open.map((x) => x.no).join(', ')}`),
        );
      if (done.includes(n) && d.status === 'done')
        throw new RuleError(
          msg(`问题 ${n} 已登记整改完成，等待复验`, `defect ${n} is already recorded as fixed, awaiting re-inspection`),
          msg(`复验用 wuye movein reinspect ${id}`, `re-inspect with wuye movein reinspect ${id}`),
        );
    }
    stepCase<MoveinRecord, MoveinState>(
      tx,
      MOVEIN_CASES,
      actor(ctx),
      id,
      'rectify',
      (cur) => ({
        defects: (cur.defects ?? []).map((d) => {
          let x = { ...d };
          if (moved.includes(d.no))
            x = {
              ...x,
              deadline: deadline!,
              ...(x.escalation ? { escalation: { ...x.escalation, deadline: deadline! } } : {}),
            };
          if (assignedTo && (moved.includes(d.no) || done.includes(d.no))) x.assigned_to = assignedTo;
          if (done.includes(d.no)) x = { ...x, status: 'done', done_on: on };
          return x;
        }),
      }),
      [
        done.length ? `已整改 ${done.join(',')}` : '',
        moved.length ? `问题 ${moved.join(',')} 期限改为 ${deadline}` : '',
      ]
        .filter(Boolean)
        .join('；'),
    );
    return {
      message: `movein: rectify ${id}`,
      summary: msg(
        `${id}：${done.length ? `问题 ${done.join('、')} 已整改，请通知业主二次验收` : ''}${moved.length ? `问题 ${moved.join('、')} 期限改为 ${deadline}` : ''}`,
        `${id}: ${done.length ? `defect(s) ${done.join(', ')} fixed; call the owner for the second inspection` : ''}${moved.length ? `deadline of ${moved.join(', ')} now ${deadline}` : ''}`,
      ),
    };
  });
}
