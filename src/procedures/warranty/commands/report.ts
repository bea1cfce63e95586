// wuye warranty report --unit 3-1-0602 --component wet-room-waterproofing --what "卫生间楼板渗水到楼下" [--photo p1.jpg] [--delivered 2026-11-16]
// wuye warranty report --call RX20261128-003 --component electrical   (a desk entry logged earlier)
// Spec 06: the owner's report of a defect, the warranty decided on the day reported from both clocks; out of
// warranty it is a paid repair of the center in the same commit. Manual 三.6.6 / 一.5.3.13: the desk entry is
// written in the same commit (unless --call names it); whoever received it owns it until it is routed.
import { atTime } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { dateOf } from '../../../core/dates.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { DeskChannel } from '../../../core/enums.gen.js';
import { checkParties, createCall, linkCall, nextCallId, readCall } from '../../hotline/api.js';
import { openWarranty, openedSummary, parseIntake } from '../open.js';

export function parse(l: Line) {
  const intake = parseIntake(l);
  const call = l.idOpt('call', 'hotline');
  if (call) {
    const given = (['unit', 'caller', 'person', 'phone', 'channel', 'at', 'receivedBy', 'what'] as const).filter((k) =>
      l.given(k),
    );
    if (given.length)
      throw new UsageError(
        msg(
          `--call 已含来电的时间、渠道、来电人、房屋和内容；不要再给 ${given.map((k) => l.flag(k)).join(' ')}`,
          `--call already gives the time, channel, caller, unit and request; drop ${given.map((k) => l.flag(k)).join(' ')}`,
        ),
      );
    return { intake, call, input: undefined };
  }
  const what = l.text('what');
  const unit = l.idOpt('unit', 'unit');
  if (!what || !unit)
    throw new UsageError(
      msg('须写明房屋（--unit）和问题（--what）', 'give the unit (--unit) and the defect (--what)'),
      msg('或用 --call 指明已记录的来电', 'or name a desk entry already logged with --call'),
    );
  const person = l.idOpt('person', 'person');
  const name = l.text('caller');
  const phone = l.text('phone')?.replace(/\s/g, '');
  return {
    intake,
    call: undefined,
    input: {
      what,
      unit,
      at: l.localTime('at'),
      channel: l.choice<DeskChannel>('channel') ?? 'phone',
      caller: { ...(person ? { person } : {}), ...(name ? { name } : {}), ...(phone ? { phone } : {}) },
      receivedBy: l.idOpt('receivedBy', 'staff'),
    },
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const at = o.input ? (atTime(ctx, o.input.at) ?? ctx.now()) : undefined;
  await ctx.write((tx) => {
    if (o.call) {
      const call = readCall(tx, o.call);
      const { w, repair } = openWarranty(tx, ctx, call, o.intake);
      linkCall(tx, call.id, { kind: 'warranty', id: w.id });
      return {
        message: `warranty: report ${w.id} (${call.id})${repair ? ` repair ${repair}` : ''}`,
        summary: openedSummary(w, repair),
      };
    }
    const i = o.input!;
    const input = {
      at: at!,
      channel: i.channel,
      type: 'repair' as const,
      caller: i.caller,
      unit: i.unit,
      request: i.what,
      received_by: i.receivedBy ?? ctx.operator().id,
    };
    checkParties(tx, input, dateOf(input.at));
    const call = { id: nextCallId(ctx, tx, input.at), ...input };
    const { w, repair } = openWarranty(tx, ctx, call, o.intake);
    createCall(tx, call.id, input, { outcome: 'case', case: { kind: 'warranty', id: w.id } });
    return {
      message: `warranty: report ${w.id} (${call.id})${repair ? ` repair ${repair}` : ''}`,
      summary: openedSummary(w, repair),
    };
  });
}
