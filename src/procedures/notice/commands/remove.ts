// wuye notice remove GG2026-0003 [--places 1栋大堂] [--date 2026-11-28]
// Manual 二.8: notices are taken down when they end; the date is recorded at each place (the notice is
// removed once no place still shows it).
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
  await ctx.write((tx) => {
    const n = readCase<Notice>(tx, NOTICE_CASES, o.id);
    const up = stillUp(n).map((p) => p.place);
    const places = o.places?.length ? o.places : up;
    const notUp = places.filter((p) => !up.includes(p));
    if (n.state === 'posted' && notUp.length)
      throw new RuleError(
        msg(`${o.id} 没有张贴在 ${notUp.join('、')}`, `${o.id} is not up at ${notUp.join(', ')}`),
        msg(`仍在张贴: ${up.join('、')}`, `still up at: ${up.join(', ')}`),
      );
    const early = (n.postings ?? []).filter((p) => places.includes(p.place) && !p.removed && p.posted > date);
    if (early.length)
      throw new RuleError(
        msg(
          `撤下日期 ${date} 早于张贴日期 ${early[0].posted}`,
          `removed on ${date}, before it was posted (${early[0].posted})`,
        ),
      );
    const who = actor(ctx);
    const postings = (n.postings ?? []).map((p) =>
      places.includes(p.place) && !p.removed ? { ...p, removed: date, removed_by: who.id } : p,
    );
    const all = places.length === up.length;
    if (all) stepCase<Notice, NoticeState>(tx, NOTICE_CASES, who, o.id, 'remove', () => ({ postings }));
    else
      recordAct<Notice, NoticeState>(
        tx,
        NOTICE_CASES,
        who,
        o.id,
        { action: 'remove-place', what: msg('撤下部分地点', 'take down at some places'), states: ['posted'] },
        () => ({ postings }),
      );
    return {
      message: `notice: remove ${o.id}`,
      summary: all
        ? msg(`已撤下 ${o.id}`, `${o.id} taken down`)
        : msg(`已从 ${places.join('、')} 撤下 ${o.id}`, `${o.id} taken down at ${places.join(', ')}`),
    };
  });
}
