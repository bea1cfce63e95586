// wuye emergency close JJ2026-0001 --cause … --responsibility … --measure 每月检查… --measure 增设… [--measure-owner S004
//   --measure-due 2026-12-31] [--out analysis.pdf]
// Manual 三.3.10–3.12, 四.13: an emergency closes only with its cause analysed, the responsibility stated and
// preventive measures written (tracked until done: wuye emergency log ID --measure-done N) — and after the report
// upward (三.4.3); the 事故分析报告 is printed.
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import { writeFormFile } from '../../../kit/form-command.js';
import type { Line } from '../../../kit/line.js';
import { readCase, stepCase } from '../../../core/case-engine.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { conf, EMERGENCY_CASES } from '../cases.js';
import { emergencyDate, emergencyModel } from '../forms.js';
import { closeBlockers, type Emergency } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'emergency'),
  cause: l.text('cause'),
  responsibility: l.text('responsibility'),
  measures: l.values('measure').filter(Boolean),
  owner: l.idOpt('measureOwner', 'staff'),
  due: l.date('measureDue'),
  out: l.text('out'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  if (o.owner) ctx.store.read('staff', o.owner);
  await ctx.write((tx) => {
    const e = readCase<Emergency>(tx, EMERGENCY_CASES, o.id);
    const blockers = e.state === 'responding' ? closeBlockers(e, o) : [];
    if (blockers.length)
      throw new RuleError(
        msg(
          `${e.id} 不能结案: ${blockers.map((b) => b.what.zh).join('；')}`,
          `${e.id} cannot be closed: ${blockers.map((b) => b.what.en).join('; ')}`,
        ),
        msg(blockers.map((b) => b.todo.zh).join('；'), blockers.map((b) => b.todo.en).join('; ')),
      );
    const who = actor(ctx);
    stepCase<Emergency, Emergency['state']>(tx, EMERGENCY_CASES, who, o.id, 'close', () => ({
      analysis: { at: ctx.today(), by: who.id, cause: o.cause!, responsibility: o.responsibility! },
      measures: o.measures.map((what, i) => ({
        no: i + 1,
        what,
        ...(o.owner ? { owner: o.owner } : {}),
        ...(o.due ? { due: o.due } : {}),
      })),
    }));
    return {
      message: `emergency: close ${o.id}`,
      summary: msg(
        `${o.id} 已结案，预防措施 ${o.measures.length} 项待落实（落实后: wuye emergency log ${o.id} --measure-done N）`,
        `${o.id} closed; ${o.measures.length} preventive measure(s) to see done (then: wuye emergency log ${o.id} --measure-done N)`,
      ),
    };
  });
  const e = readCase<Emergency>(ctx.shown, EMERGENCY_CASES, o.id);
  await writeFormFile(
    ctx,
    'emergency/analysis',
    { id: e.id, date: emergencyDate(e), data: emergencyModel(ctx.shown, e, ctx.calendar, conf(ctx)) },
    o.out,
    `${e.id}-analysis.pdf`,
  );
}
