// wuye inspect record JC2026-0003 --pass hair nails --fail badge --value phone=5 [--photo IMG_0012.jpg] [--follow-up 补发工作牌]
// Manual 一, 三.8, 三.14, 三.15: results of a round's items (a later result for an item replaces the earlier one),
// photos and follow-ups; an item the checklist lacks stops it (exit 2), nothing written.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { NotFoundError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { loadChecklist } from '../checklist.js';
import { applyEntry, entryFields, parseEntry } from '../entry.js';
import { scoreRound, type Round } from '../rules.js';

export function parse(l: Line) {
  const o = { id: l.id(0, 'inspection'), entry: parseEntry(l) };
  const e = o.entry;
  if (
    !e.pass.length &&
    !e.fail.length &&
    !e.na.length &&
    !e.values.length &&
    !e.photos.length &&
    !e.followUp &&
    !e.note
  )
    throw new UsageError(
      msg('没有要记录的内容', 'nothing to record'),
      msg('给 --pass/--fail/--na/--value/--photo/--follow-up', 'give --pass/--fail/--na/--value/--photo/--follow-up'),
    );
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const r = tx.tryRead<Round>('inspection', o.id)?.data;
    if (!r)
      throw new NotFoundError(
        msg(`没有检查记录 ${o.id}`, `no inspection round ${o.id}`),
        msg('用 wuye inspect list 查看', 'see wuye inspect list'),
      );
    const cl = loadChecklist(ctx, r.checklist);
    const f = entryFields(cl, r, o.entry);
    tx.edit('inspection', r.id, (doc) => applyEntry(doc, f));
    const s = scoreRound(cl, f.results);
    return {
      message: `inspect: record ${r.id}`,
      summary: msg(
        `已记录 ${r.id}：已查 ${f.results.length}/${cl.items.length} 项，扣 ${s.deducted} 分${s.open.length ? `，未查 ${s.open.join('、')}` : ''}`,
        `recorded ${r.id}: ${f.results.length}/${cl.items.length} items, ${s.deducted} points deducted${s.open.length ? `; open: ${s.open.join(', ')}` : ''}`,
      ),
    };
  });
}
