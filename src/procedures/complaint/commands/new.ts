// wuye complaint new --unit 1-2-0801 --person P000012 --what "楼上装修晚上十点还在施工" --category renovation-nuisance [--severity major] [--at 2026-11-28T09:10]
// wuye complaint new --call RX20261128-003 --category noise   (a desk entry logged earlier)
// Manual 三.3.5–3.7: every complaint recorded; received at the desk (the entry in the 24-hour log is written in
// the same commit unless --call names it), owned by whoever received it (首问责任制) until handed over.
import { atTime } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { dateOf } from '../../../core/dates.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { DeskChannel } from '../../../core/enums.gen.js';
import { checkParties, createCall, linkCall, nextCallId, readCall, type CallData } from '../../hotline/api.js';
import { openComplaint, openedSummary, parseIntake } from '../open.js';

const PHONE = /^[0-9+][0-9 -]{4,19}$/;

export function parse(l: Line) {
  const intake = parseIntake(l);
  const call = l.text('call');
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
    return { intake, call: l.idOpt('call', 'hotline')!, what: l.text('what'), note: l.text('note') };
  }
  const what = l.text('what');
  if (!what)
    throw new UsageError(
      msg('须写明投诉内容（--what）', 'give what the complaint is (--what)'),
      msg('或用 --call 指明已记录的来电', 'or name a desk entry already logged with --call'),
    );
  const phone = l.text('phone')?.replace(/\s/g, '');
  if (phone !== undefined && !PHONE.test(phone))
    throw new UsageError(msg(`--phone 的电话号码无效: "${phone}"`, `invalid phone number for --phone: "${phone}"`));
  const caller = {
    ...(l.idOpt('person', 'person') ? { person: l.idOpt('person', 'person') } : {}),
    ...(l.text('caller') ? { name: l.text('caller') } : {}),
    ...(phone ? { phone } : {}),
  };
  return {
    intake,
    call: undefined,
    what,
    note: l.text('note'),
    input: {
      at: l.localTime('at'),
      channel: l.choice<DeskChannel>('channel') ?? 'visit',
      caller,
      unit: l.idOpt('unit', 'unit'),
      place: l.text('place'),
      receivedBy: l.idOpt('receivedBy', 'staff'),
    },
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const at = o.input ? (atTime(ctx, o.input.at) ?? ctx.now()) : undefined;
  await ctx.write((tx) => {
    let call: CallData;
    if (o.call) {
      call = readCall(tx, o.call);
    } else {
      const i = o.input!;
      const input = {
        at: at!,
        channel: i.channel,
        type: 'complaint' as const,
        caller: i.caller,
        unit: i.unit,
        place: i.place,
        request: o.what!,
        received_by: i.receivedBy ?? ctx.operator().id,
        note: o.note,
      };
      checkParties(tx, input, dateOf(input.at));
      call = { id: nextCallId(ctx, tx, input.at), ...input };
      const c = openComplaint(tx, ctx, call, { ...o.intake });
      createCall(tx, call.id, input, { outcome: 'case', case: { kind: 'complaint', id: c.id } });
      return { message: `complaint: new ${c.id} (${call.id})`, summary: openedSummary(ctx, c) };
    }
    const c = openComplaint(tx, ctx, call, { ...o.intake, description: o.what });
    linkCall(tx, call.id, { kind: 'complaint', id: c.id });
    return { message: `complaint: new ${c.id} (${call.id})`, summary: openedSummary(ctx, c) };
  });
}
