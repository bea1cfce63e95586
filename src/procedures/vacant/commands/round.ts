// 空置房巡查 一轮 (四.5): prints the check sheet (空置房巡查记录表) of a building's round — every vacant and unsold
// unit, one row each, with its last check — to take round; the checks are then recorded with `vacant check`.
// An extra round before a storm or typhoon warning is a round with a word: --round 2026-08-typhoon.
// e.g. wuye vacant round --building 3 · wuye vacant round --building 3 --round 2026-08-typhoon --out r.pdf
import { lang, msg } from '../../../core/i18n.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { outputPath } from '../../../kit/outpath.js';
import { savePdf } from '../../../kit/print-form.js';
import { roundData } from '../forms.js';
import { roundOf } from '../unit.js';

export function parse(l: Line) {
  return { building: l.building()!, round: roundOf(l), out: l.text('out') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const round = o.round ?? ctx.today().slice(0, 7);
  const { id, date, data } = roundData(ctx, o.building, round);
  const { renderForm } = await import('../../../render/pdf/index.js');
  const pdf = await renderForm(
    { form: 'vacant/vacant-round', data, id, date },
    { root: ctx.root, config: ctx.config, lang: lang() },
  );
  const file = outputPath(ctx, o.out, `vacant-round-${o.building}-${round}.pdf`, 'pdf');
  const written = await savePdf(ctx, file, pdf);
  const n = (data.units as unknown[]).length;
  ctx.info(
    msg(
      `已生成 ${file}${written ? '' : '（内容未变）'}：${o.building} 栋空置房 ${n} 套`,
      `wrote ${file}${written ? '' : ' (unchanged)'}: ${n} vacant units in building ${o.building}`,
    ),
  );
}
