// wuye stock take list [--json]
// The stocktakes (spec 16-stock.md: at least monthly, wuye.yaml stock.stocktake_days): each with its differences
// and state, and when the next one is due — late ones said so.
import { addDays } from '../../../core/dates.js';
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allTakes, conf } from '../book.js';
import { difference, stocktakeDue } from '../rules.js';

export const parse = (_l: Line) => ({});

export async function run(ctx: Ctx, _o: ReturnType<typeof parse>): Promise<void> {
  const takes = allTakes(ctx.shown).sort((a, b) => (a.id < b.id ? -1 : 1));
  const due = stocktakeDue(takes, ctx.today(), conf(ctx).stocktakeDays, addDays);
  if (ctx.globals.json) {
    ctx.out.json({
      stocktakes: takes.map((x) => ({
        id: x.id,
        date: x.date,
        state: x.state,
        lines: x.lines.length,
        differences: x.lines.filter((l) => difference(l) !== 0).length,
        approved_by: x.approved_by ?? null,
      })),
      last: due.last ?? null,
      due: due.due ?? null,
      late: due.late,
    });
    return;
  }
  ctx.out.table(takes, [
    { key: 'id', header: msg('盘点单', 'Stocktake'), get: (x) => x.id },
    { key: 'date', header: msg('日期', 'Date'), get: (x) => x.date },
    { key: 'lines', header: msg('项数', 'Items'), get: (x) => String(x.lines.length), align: 'right' },
    {
      key: 'diff',
      header: msg('差异', 'Differences'),
      get: (x) => String(x.lines.filter((l) => difference(l) !== 0).length),
      align: 'right',
    },
    { key: 'state', header: msg('状态', 'State'), get: (x) => label('stocktakeState', x.state) },
    { key: 'by', header: msg('批准人', 'Approved by'), get: (x) => x.approved_by ?? '' },
  ]);
  if (!ctx.globals.quiet)
    ctx.out.err(
      t(
        due.due
          ? due.late
            ? msg(
                `上次盘点 ${due.last}，应在 ${due.due} 前再盘点，已逾期`,
                `last stocktake ${due.last}; the next was due by ${due.due}: late`,
              )
            : msg(
                `上次盘点 ${due.last}，下次盘点不晚于 ${due.due}`,
                `last stocktake ${due.last}; the next by ${due.due}`,
              )
          : msg('还没有批准的盘点', 'no stocktake approved yet'),
      ),
    );
}
