// wuye repair new --unit 1-2-0801 --what "卫生间水龙头漏水" [--urgency urgent] [--paid] [--rework-of BX2026-0003] [--at 09:10]
// wuye repair new --call RX20261128-003 [--paid]   (a desk entry logged earlier)
// Manual 三.6.6: repairs reported to the 24-hour desk are recorded (the desk entry is written in the same commit
// unless --call names it); 一.5.3.13: whoever received it owns it until a technician is assigned.
import { atTime } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { DeskChannel } from '../../../core/enums.gen.js';
import { linkCall, readCall, type CallData } from '../../hotline/api.js';
import { openRepair, openRepairWithEntry, openedSummary, parseIntake } from '../open.js';

export function parse(l: Line) {
  const intake = parseIntake(l);
  const call = l.idOpt('call', 'hotline');
  const given = (['unit', 'place', 'caller', 'person', 'phone', 'channel', 'at', 'receivedBy'] as const).filter((k) =>
    l.given(k),
  );
  if (call) {
    if (given.length)
      throw new UsageError(
        msg(
          `--call 已含来电的时间、渠道、来电人和房屋；不要再给 ${given.map((k) => l.flag(k)).join(' ')}`,
          `--call already gives the time, channel, caller and unit; drop ${given.map((k) => l.flag(k)).join(' ')}`,
        ),
      );
    return { intake, call, what: l.text('what'), input: undefined };
  }
  const what = l.text('what');
  if (!what)
    throw new UsageError(
      msg('须写明报修内容（--what）', 'say what is to be repaired (--what)'),
      msg('或用 --call 指明已记录的来电', 'or name a desk entry already logged with --call'),
    );
  const unit = l.idOpt('unit', 'unit');
  const place = l.text('place');
  if (!unit && !place)
    throw new UsageError(
      msg('须写明房屋（--unit）或公共部位（--place）', 'give the unit (--unit) or the public area (--place)'),
    );
  const person = l.idOpt('person', 'person');
  const name = l.text('caller');
  const phone = l.text('phone')?.replace(/\s/g, '');
  return {
    intake,
    call: undefined,
    what,
    input: {
      at: l.localTime('at'),
      channel: l.choice<DeskChannel>('channel') ?? 'phone',
      caller: { ...(person ? { person } : {}), ...(name ? { name } : {}), ...(phone ? { phone } : {}) },
      unit,
      place,
      receivedBy: l.idOpt('receivedBy', 'staff'),
    },
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const at = o.input ? (atTime(ctx, o.input.at) ?? ctx.now()) : undefined;
  await ctx.write((tx) => {
    if (o.call) {
      const call: CallData = readCall(tx, o.call);
      const r = openRepair(tx, ctx, call, { ...o.intake, description: o.what });
      linkCall(tx, call.id, { kind: 'repair', id: r.id });
      return { message: `repair: new ${r.id} (${call.id})`, summary: openedSummary(r) };
    }
    const i = o.input!;
    const { repair: r, call } = openRepairWithEntry(
      tx,
      ctx,
      {
        at: at!,
        channel: i.channel,
        caller: i.caller,
        unit: i.unit,
        place: i.place,
        request: o.what!,
        received_by: i.receivedBy ?? ctx.operator().id,
      },
      o.intake,
    );
    return { message: `repair: new ${r.id} (${call})`, summary: openedSummary(r) };
  });
}
