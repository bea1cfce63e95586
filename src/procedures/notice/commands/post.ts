// wuye notice post GG2026-0004 --places 小区公告栏,1栋大堂 [--date 2026-12-01]
// Manual 二.8: only an approved notice is posted; where and when it went up is recorded (posting a notice
// already up at more places adds them).
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readCase, recordAct, stepCase } from '../../../core/case-engine.js';
import type { NoticeState } from '../../../core/enums.gen.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { NOTICE_CASES, stillUp, type Notice } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'notice'), places: l.list('places'), date: l.date('date') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const date = o.date ?? ctx.today();
  const places = o.places?.length
    ? o.places
    : ((ctx.config.notices as { places?: string[] } | undefined)?.places ?? []);
  await ctx.write((tx) => {
    const n = readCase<Notice>(tx, NOTICE_CASES, o.id);
    if (n.state === 'draft')
      throw new RuleError(
        msg(`${o.id} 尚未审批，不能张贴`, `${o.id} is not approved; it cannot be posted`),
        msg(
          `先由用户服务部经理审批: wuye notice approve ${o.id} --as <经理员工编号>`,
          `the CS manager approves it first: wuye notice approve ${o.id} --as <manager's staff id>`,
        ),
      );
    if (date > n.to)
      throw new RuleError(
        msg(`张贴日期 ${date} 晚于公告截止日期 ${n.to}`, `posting on ${date} is after the notice's end ${n.to}`),
        msg('改正日期，或另拟新公告', 'fix the date, or write a new notice'),
      );
    const up = stillUp(n).map((p) => p.place);
    const twice = places.filter((p) => up.includes(p));
    if (twice.length)
      throw new RuleError(msg(`${o.id} 已张贴在 ${twice.join('、')}`, `${o.id} is already up at ${twice.join(', ')}`));
    const who = actor(ctx);
    const postings = places.map((place) => ({ place, posted: date, by: who.id }));
    if (n.state === 'posted')
      recordAct<Notice, NoticeState>(
        tx,
        NOTICE_CASES,
        who,
        o.id,
        { action: 'post-more', what: msg('加贴', 'post at more places'), states: ['posted'] },
        () => ({ append: { postings } }),
      );
    else stepCase<Notice, NoticeState>(tx, NOTICE_CASES, who, o.id, 'post', () => ({ append: { postings } }));
    return {
      message: `notice: post ${o.id}`,
      summary: msg(
        `已张贴 ${o.id}: ${places.join('、')}（截止 ${n.to}）`,
        `${o.id} posted at ${places.join(', ')} (until ${n.to})`,
      ),
    };
  });
}
