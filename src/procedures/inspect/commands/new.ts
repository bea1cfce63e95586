// wuye inspect new shop --unit 2-1-0101 [--date 2026-11-20] [--pass fire signs] [--fail frontage --note 门前堆放纸箱] [--value pests=2]
// Manual 一, 三.8, 三.14, 三.15: a round of a checklist — who (the operator), when, where (a staff member, a shop, a
// building's signage, a place) — with any results known already; the rest through `inspect record`.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { loadChecklist } from '../checklist.js';
import { parseEntry } from '../entry.js';
import { createRound } from '../rounds.js';
import { scoreRound } from '../rules.js';

export function parse(l: Line) {
  const o = {
    checklist: l.arg(0)!,
    staff: l.idOpt('staff', 'staff'),
    unit: l.idOpt('unit', 'unit'),
    building: l.text('building'),
    place: l.text('place'),
    date: l.date('date'),
    entry: parseEntry(l),
  };
  if (!o.staff && !o.unit && !o.building && !o.place)
    throw new UsageError(
      msg('缺少检查对象', 'missing what is inspected'),
      msg('给 --staff、--unit、--building 或 --place 之一', 'give --staff, --unit, --building or --place'),
    );
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const cl = loadChecklist(ctx, o.checklist);
  const date = o.date ?? ctx.today();
  if (date > ctx.today()) throw new UsageError(msg(`--date ${date} 在今天之后`, `--date ${date} is after today`));
  const need = { staff: o.staff, unit: o.unit, building: o.building, place: o.place }[cl.target];
  if (!need)
    throw new UsageError(
      msg(
        `检查表 ${cl.name} 检查的是${{ staff: '员工', unit: '房屋/商铺', building: '楼栋', place: '地点' }[cl.target]}：给 --${cl.target}`,
        `checklist ${cl.name} inspects a ${cl.target}: give --${cl.target}`,
      ),
    );
  const op = ctx.operator();
  await ctx.write((tx) => {
    if (o.staff && !tx.tryRead('staff', o.staff))
      throw new RuleError(
        msg(`没有员工 ${o.staff}`, `no staff member ${o.staff}`),
        msg('用 wuye staff list 查看员工编号', 'see wuye staff list'),
      );
    if (o.unit && !tx.tryRead('unit', o.unit))
      throw new RuleError(
        msg(`没有房屋 ${o.unit}`, `no unit ${o.unit}`),
        msg('用 wuye unit list 查看房屋编号', 'see wuye unit list'),
      );
    const where = {
      ...(o.staff ? { staff: o.staff } : {}),
      ...(o.unit ? { unit: o.unit } : {}),
      ...(o.building ? { building: o.building } : {}),
      ...(o.place ? { place: o.place } : {}),
    };
    const rec = createRound(ctx, tx, { cl, date, by: op.id, where, entry: o.entry });
    const id = rec.id;
    const s = scoreRound(cl, rec.results);
    return {
      message: `inspect: new ${id} ${cl.name}`,
      summary: msg(
        `已登记检查 ${id}（${cl.title}）：已查 ${rec.results.length}/${cl.items.length} 项，扣 ${s.deducted} 分`,
        `round ${id} (${cl.title_en ?? cl.title}): ${rec.results.length}/${cl.items.length} items, ${s.deducted} points deducted`,
      ),
    };
  });
}
