// wuye renovation inspect ZX2026-0007 --findings "现场整洁" --extinguishers 2 --permit-posted yes --as S004
// Manual 四.3 / 三.11.3–11.4: engineering inspects every renovating unit each working
// day; at least ceil(area/50) 2 kg extinguishers must be on site — a shortfall (or a
// permit not posted) is recorded at once as a violation with its notice.
import { optDate, optInt, str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { caseId, conf, record, unitOf } from '../cases.js';
import { extinguishersRequired } from '../rules.js';
import { newViolation, type Violation } from '../violations.js';

export async function run(ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> {
  const id = caseId(arg);
  const day = optDate(opts, 'date', '--date') ?? ctx.today();
  if (day > ctx.today())
    throw new RuleError(msg('巡查日期不能晚于今天', 'an inspection cannot be dated in the future'));
  const found = optInt(opts, 'extinguishers', '--extinguishers', 0, 99);
  const posted = opts.permitPosted === undefined ? undefined : opts.permitPosted === 'yes';
  const photos = str(opts, 'photos')
    ?.split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const raised: Violation[] = [];
  let required = 0;
  await ctx.write((tx) => {
    record(
      ctx,
      tx,
      id,
      'inspect',
      msg('装修巡查', 'inspect'),
      ['permitted', 'in-progress', 'suspended'],
      ['engineer', 'security'],
      (c) => {
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
                deadline: ctx.calendar.addWorkdays(day, 1),
              },
              raised.length,
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
                deadline: ctx.calendar.addWorkdays(day, 1),
              },
              raised.length,
            ),
          );
        const ok = raised.length === 0 && !/违规|问题|隐患/.test(str(opts, 'findings')!);
        return {
          append: {
            inspections: [
              {
                date: day,
                at: ctx.now(),
                by: ctx.operator().id,
                findings: str(opts, 'findings')!,
                ok,
                ...(found !== undefined ? { extinguishers: found, required_extinguishers: required } : {}),
                ...(posted !== undefined ? { permit_posted: posted } : {}),
                ...(photos?.length ? { photos } : {}),
              },
            ],
            violations: raised,
          },
        };
      },
    );
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
