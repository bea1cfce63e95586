// wuye hotline list [--date 2026-11-28] [--type complaint] [--json] [--reveal]
// Manual 三.6.6: the day's desk log in the order things came in — who called about what, who received it
// (首问责任人) and what became of it — and the staffed hours with no entry (wuye.yaml hotline.staffed_hours).
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { HotlineType } from '../../../core/enums.gen.js';
import { readDay } from '../day.js';
import { gapsText } from '../rules.js';
import { callerText, outcomeText } from '../view.js';

export const parse = (l: Line) => ({ date: l.date('date'), type: l.choice<HotlineType>('type') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const day = readDay(ctx, o.date ?? ctx.today());
  const rows = day.entries.filter((e) => !o.type || e.type === o.type);
  if (ctx.globals.json) {
    ctx.out.json({
      date: day.date,
      entries: rows.map((e) => ({
        id: e.id,
        at: e.at,
        channel: e.channel,
        type: e.type,
        caller: callerText(ctx.shown, e),
        unit: e.unit ?? null,
        place: e.place ?? null,
        request: e.request,
        received_by: e.received_by,
        outcome: e.outcome,
        case: e.case ?? null,
        handed_to: e.handed_to?.to ?? null,
      })),
      gaps: day.gaps,
    });
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('编号', 'Entry'), get: (e) => e.id },
    { key: 'at', header: msg('时间', 'Time'), get: (e) => e.at.slice(11, 16) },
    { key: 'channel', header: msg('渠道', 'Channel'), get: (e) => label('deskChannel', e.channel) },
    { key: 'type', header: msg('类别', 'Type'), get: (e) => label('hotlineType', e.type) },
    { key: 'caller', header: msg('来电人', 'Caller'), get: (e) => callerText(ctx.shown, e) },
    { key: 'where', header: msg('房屋/部位', 'Unit/place'), get: (e) => [e.unit, e.place].filter(Boolean).join(' ') },
    {
      key: 'request',
      header: msg('内容', 'Request'),
      get: (e) => (e.request.length > 24 ? `${e.request.slice(0, 23)}…` : e.request),
    },
    { key: 'by', header: msg('接待人', 'Received by'), get: (e) => e.received_by },
    { key: 'outcome', header: msg('处理结果', 'Outcome'), get: (e) => outcomeText(e) },
  ]);
  if (ctx.globals.quiet) return;
  ctx.out.err(t(msg(`${day.date} 共 ${rows.length} 条`, `${day.date}: ${rows.length} entries`)));
  if (day.gaps.length)
    ctx.out.err(
      t(msg(`值班时段无记录: ${gapsText(day.gaps)}`, `staffed hours with no entry: ${gapsText(day.gaps, ', ')}`)),
    );
}
