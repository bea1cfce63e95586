// wuye hotline show RX20261128-003 [--json] [--reveal] — one desk entry: who called about what, who received
// it (首问责任人), and what became of it — the answer, the colleague it was handed to, or the case it opened
// with that case's state now.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg, t } from '../../../core/i18n.js';
import { KINDS } from '../../../core/kinds.js';
import { label, LABELS } from '../../../core/labels.js';
import { readCall } from '../api.js';
import { callerText, outcomeText, staffText } from '../view.js';

export const parse = (l: Line) => ({ id: l.id(0, 'hotline') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const e = readCall(ctx.shown, o.id);
  // the case's state now, when its kind is one wuye knows (repairs and warranty, once built)
  const known = e.case && KINDS.some((k) => k.kind === e.case!.kind);
  const kase = known ? ctx.store.tryRead<{ state?: string }>(e.case!.kind, e.case!.id)?.data : undefined;
  const state = kase?.state ? (LABELS[`${e.case!.kind}State`]?.[kase.state] ?? msg(kase.state, kase.state)) : undefined;
  if (ctx.globals.json) {
    ctx.out.json({
      ...e,
      case_state: kase?.state ?? null,
    });
    return;
  }
  ctx.out.fields([
    [msg('编号', 'Entry'), e.id],
    [msg('时间', 'When'), e.at.slice(0, 16).replace('T', ' ')],
    [msg('渠道', 'Channel'), label('deskChannel', e.channel)],
    [msg('类别', 'Type'), label('hotlineType', e.type)],
    [msg('来电人', 'Caller'), callerText(ctx.shown, e) || undefined],
    [msg('房屋/部位', 'Unit/place'), [e.unit, e.place].filter(Boolean).join(' ') || undefined],
    [msg('内容', 'Request'), e.request],
    [msg('接待人（首问责任人）', 'Received by (first responder)'), staffText(ctx.store, e.received_by)],
    [msg('处理结果', 'Outcome'), outcomeText(e)],
    [msg('答复', 'Answer'), e.answer],
    [
      msg('转交', 'Handed to'),
      e.handed_to
        ? `${staffText(ctx.store, e.handed_to.to)}${e.handed_to.note ? ` ${e.handed_to.note}` : ''}`
        : undefined,
    ],
    [msg('案卷状态', 'Case state'), state ? `${e.case!.id} ${t(state)}` : undefined],
    [msg('备注', 'Note'), e.note],
  ]);
}
