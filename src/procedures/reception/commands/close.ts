// wuye reception close JD2026-0001 --back 16 --went-well … --to-improve … [--utensils-note 打碎茶杯 1 只]
// Manual 四.1 3: the guests seen off, the room cleared, the utensils recorded — the reception closes only when they are
// all back (or the difference explained) and the work order's summary is written.
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readCase, stepCase } from '../../../core/case-engine.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { RECEPTION_CASES } from '../cases.js';
import { closeBlockers, utensils, type Reception } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'reception'),
  back: l.int('back', 0, 10000),
  note: l.text('utensilsNote'),
  wentWell: l.text('wentWell'),
  toImprove: l.text('toImprove'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const r = readCase<Reception>(tx, RECEPTION_CASES, o.id);
    const blockers = r.state === 'closed' ? [] : closeBlockers(r, o);
    if (blockers.length)
      throw new RuleError(
        msg(
          `${r.id} 不能结束: ${blockers.map((b) => b.what.zh).join('；')}`,
          `${r.id} cannot be closed: ${blockers.map((b) => b.what.en).join('; ')}`,
        ),
        msg(blockers.map((b) => b.todo.zh).join('；'), blockers.map((b) => b.todo.en).join('; ')),
      );
    const who = actor(ctx);
    stepCase<Reception, Reception['state']>(tx, RECEPTION_CASES, who, o.id, 'close', () => ({
      ...(o.back ? { append: { tea: [{ round: 0, at: who.now, by: who.id, back: o.back }] } } : {}),
      utensils_note: o.note,
      summary: { at: ctx.today(), by: who.id, went_well: o.wentWell!, to_improve: o.toImprove! },
    }));
    const u = utensils(r);
    const missing = u.missing - (o.back ?? 0);
    return {
      message: `reception: close ${o.id}`,
      summary: msg(
        `${o.id} 已结束（器皿出 ${u.out} 件，${missing ? `差 ${missing} 件，已说明` : '全部收回'}）`,
        `${o.id} closed (${u.out} utensils out, ${missing ? `${missing} short, explained` : 'all back'})`,
      ),
    };
  });
}
