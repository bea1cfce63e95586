// wuye renovation inspect ZX2026-0007 --findings "现场整洁" --extinguishers 2 --permit-posted yes --as S004
// Manual 四.3 5.2.2–5.2.3 / 三.11.3–11.4: engineering inspects every renovating unit each working
// day (security's patrols, 5.2.1, are recorded as such and do not count); at least ceil(area/50)
// 2 kg extinguishers must be on site — a shortfall (or a permit not posted) is recorded at once as a
// violation with its notice, to be put right "立即" (wuye.yaml renovation.correct_workdays, 0: that day).
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { recordAct } from '../../../core/case-engine.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { ACTS } from '../acts.js';
import { conf, RENOVATION_CASES, unitOf } from '../cases.js';
import type { RenovationState } from '../machine.js';
import { extinguishersRequired, patrolOf, type Case } from '../rules.js';
import { newViolation, type Violation } from '../violations.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'renovation'),
  date: l.date('date'),
  findings: l.text('findings')!,
  extinguishers: l.int('extinguishers', 0, 99),
  posted: l.choice<'yes' | 'no'>('permitPosted'),
  photos: l
    .text('photos')
    ?.split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, photos, extinguishers: found } = o;
  const day = o.date ?? ctx.today();
  if (day > ctx.today())
    throw new RuleError(msg('巡查日期不能晚于今天', 'an inspection cannot be dated in the future'));
  const posted = o.posted === undefined ? undefined : o.posted === 'yes';
  const raised: Violation[] = [];
  let required = 0;
  const correctBy = ctx.calendar.addWorkdays(day, conf(ctx).correct_workdays);
  await ctx.write((tx) => {
    const who = actor(ctx);
    recordAct<Case, RenovationState>(tx, RENOVATION_CASES, who, id, ACTS.inspect, (c) => {
      required = extinguishersRequired(unitOf(tx, c).area, conf(ctx).extinguisher_area);
      if (found !== undefined && found < required) {
        raised.push(
          newViolation(
            ctx,
            c,
            {
              kind: 'extinguishers',
              what: `现场灭火器 ${found} 具，按面积 ${unitOf(tx, c).area} m² 应配 ${required} 具（每50平方米至少1具2千克干粉灭火器）`,
              action: 'rectify',
              deadline: correctBy,
            },
            raised.map((v) => v.notice),
          ),
        );
      }
      if (posted === false)
        raised.push(
          newViolation(
            ctx,
            c,
            {
              kind: 'permit-not-posted',
              what: '施工许可证未在门口张贴',
              action: 'rectify',
              deadline: correctBy,
            },
            raised.map((v) => v.notice),
          ),
        );
      const ok = raised.length === 0 && !/违规|问题|隐患/.test(o.findings);
      return {
        append: {
          inspections: [
            {
              date: day,
              at: who.now,
              by: who.id,
              ...(patrolOf(who.roles) === 'security' ? { patrol: 'security' as const } : {}), // absent: engineering
              findings: o.findings,
              ok,
              ...(found !== undefined ? { extinguishers: found, required_extinguishers: required } : {}),
              ...(posted !== undefined ? { permit_posted: posted } : {}),
              ...(photos?.length ? { photos } : {}),
            },
          ],
          violations: raised,
        },
      };
    });
    for (const v of raised)
      ctx.warn(
        msg(
          `已记录违规 ${v.notice}（${v.what}），整改期限 ${v.deadline}`,
          `violation ${v.notice} recorded (${v.what}); rectify by ${v.deadline}`,
        ),
      );
    return {
      message: `renovation: inspect ${id} ${day}`,
      summary: msg(`已记录 ${id} ${day} 的巡查`, `inspection of ${id} on ${day} recorded`),
    };
  });
}
