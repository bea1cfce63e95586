// wuye reception serve JD2026-0001 --items "绿茶 8 杯、热毛巾 8 条" --utensils 16 [--at 09:04]
// wuye reception serve JD2026-0001 --back 16 --at 10:35         (utensils collected)
// Manual 四.1 2: tea and hot towels within 5 minutes of the guests being seated, a round every 15 minutes, each on the
// 茶水出单统计表 with the utensils counted out and back. A round after the reception closed is refused.
import { actorAt, atTime } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readCase, stepCase } from '../../../core/case-engine.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { conf, notClosed, RECEPTION_CASES } from '../cases.js';
import { addMinutes, utensils, type Reception } from '../rules.js';

export function parse(l: Line) {
  const o = {
    id: l.id(0, 'reception'),
    items: l.text('items'),
    out: l.int('utensils', 0, 10000),
    back: l.int('back', 0, 10000),
    at: l.localTime('at'),
  };
  if (!o.items && o.back === undefined)
    throw new UsageError(
      msg(
        '须给出 --items（上茶）或 --back（收回器皿）',
        'give --items (a round served) or --back (utensils collected)',
      ),
    );
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const when = atTime(ctx, o.at) ?? ctx.now();
  const c = conf(ctx);
  let late = '';
  await ctx.write((tx) => {
    const r = readCase<Reception>(tx, RECEPTION_CASES, o.id);
    notClosed(r, msg('登记茶水服务', 'record a tea round'));
    if (Date.parse(when) < Date.parse(r.arrival))
      throw new RuleError(
        msg(
          `${when.slice(11, 16)} 早于来宾到达时间 ${r.arrival.slice(0, 16).replace('T', ' ')}`,
          `${when.slice(11, 16)} is before the guests arrive (${r.arrival.slice(0, 16)})`,
        ),
        msg(
          '来宾就座后再上茶；时间有误请用 --at 改正',
          'serve after the guests are seated; correct the time with --at',
        ),
      );
    const rounds = (r.tea ?? []).filter((x) => x.round > 0).length;
    const round = o.items ? rounds + 1 : 0;
    const u = utensils(r);
    if (o.back !== undefined && o.back > u.out + (o.out ?? 0) - u.back)
      throw new RuleError(
        msg(
          `收回 ${o.back} 件，多于未收回的 ${u.out + (o.out ?? 0) - u.back} 件`,
          `${o.back} back, more than the ${u.out + (o.out ?? 0) - u.back} out`,
        ),
        msg('核对器皿件数', 'count the utensils again'),
      );
    const due = addMinutes(r.arrival, c.tea_minutes);
    if (round === 1 && Date.parse(when) > Date.parse(due)) late = due.slice(11, 16);
    stepCase<Reception, Reception['state']>(tx, RECEPTION_CASES, actorAt(ctx, undefined), o.id, 'serve', () => ({
      append: {
        tea: [
          {
            round,
            at: when,
            by: ctx.operator().id,
            ...(o.items ? { items: o.items } : {}),
            ...(o.out !== undefined ? { out: o.out } : {}),
            ...(o.back !== undefined ? { back: o.back } : {}),
          },
        ],
      },
    }));
    return {
      message: `reception: serve ${o.id}`,
      summary: round
        ? msg(
            `${o.id} 第 ${round} 轮茶水（${when.slice(11, 16)}）已登记`,
            `${o.id} round ${round} (${when.slice(11, 16)}) recorded`,
          )
        : msg(`${o.id} 收回器皿 ${o.back} 件`, `${o.id}: ${o.back} utensils back`),
    };
  });
  if (late)
    ctx.warn(
      msg(
        `首轮上茶晚于就座后 ${c.tea_minutes} 分钟（应在 ${late} 前）；请在总结中说明`,
        `the first tea came later than ${c.tea_minutes} minutes after seating (due ${late}); say why in the summary`,
      ),
    );
}
