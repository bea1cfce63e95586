// wuye review conduct --staff S004 [--date 2026-11-12] --pass uniform hair --fail badge --value phone=5 [--note 工牌未戴]
// Manual 一 (the conduct code): a conduct round of one staff member through the checklist engine (the conduct
// checklist); failed items deduct the points of wuye.yaml review.deductions (the checklist's by default), which the
// monthly evaluation reads. An item the checklist lacks stops it (exit 2), nothing written.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { createRound, loadChecklist, parseEntry, withPoints } from '../../inspect/api.js';

export function parse(l: Line) {
  const o = { staff: l.idOpt('staff', 'staff')!, date: l.date('date'), entry: parseEntry(l) };
  const e = o.entry;
  if (!e.pass.length && !e.fail.length && !e.na.length && !e.values.length)
    throw new UsageError(
      msg('没有检查结果', 'no results'),
      msg('给 --pass/--fail/--na/--value', 'give --pass/--fail/--na/--value'),
    );
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const cl = loadChecklist(ctx, 'conduct');
  const date = o.date ?? ctx.today();
  if (date > ctx.today()) throw new UsageError(msg(`--date ${date} 在今天之后`, `--date ${date} is after today`));
  const points = ctx.config.review?.deductions ?? {};
  for (const k of Object.keys(points))
    if (!cl.items.some((i) => i.id === k))
      throw new RuleError(
        msg(
          `wuye.yaml review.deductions: 检查表没有项目 ${k}`,
          `wuye.yaml review.deductions: the checklist has no item ${k}`,
        ),
        msg(`项目: ${cl.items.map((i) => i.id).join('、')}`, `items: ${cl.items.map((i) => i.id).join(', ')}`),
      );
  const op = ctx.operator();
  await ctx.write((tx) => {
    if (!tx.tryRead('staff', o.staff))
      throw new RuleError(
        msg(`没有员工 ${o.staff}`, `no staff member ${o.staff}`),
        msg('用 wuye staff list 查看员工编号', 'see wuye staff list'),
      );
    const r = createRound(ctx, tx, { cl, date, by: op.id, where: { staff: o.staff }, entry: o.entry });
    const s = withPoints(cl, r, points);
    return {
      message: `review: conduct ${r.id} ${o.staff}`,
      summary: msg(
        `已登记行为规范检查 ${r.id}（${o.staff}）：已查 ${r.results.length}/${cl.items.length} 项，扣 ${s.deducted} 分${s.failed.length ? `（${s.failed.join('、')}）` : ''}`,
        `conduct check ${r.id} (${o.staff}): ${r.results.length}/${cl.items.length} items, ${s.deducted} points deducted${s.failed.length ? ` (${s.failed.join(', ')})` : ''}`,
      ),
    };
  });
}
