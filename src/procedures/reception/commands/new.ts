// wuye reception new --organisation 市住建局物业科 --guests 8 --arrival "2026-12-03 09:00" --end "2026-12-03 10:30"
//   --rooms meeting-room,reception-room --requirements tea,hot-towels,projector [--vip "张明:科长"] [--contact 李红]
// Manual 四.1 1: the visit is confirmed (organisation, number, requirements, arrival) and the department manager
// fills the 会务贵宾接待工作单; its timeline is computed from the arrival and printed here.
import { actor, nextCaseId } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { openCase } from '../../../core/case-engine.js';
import {
  RECEPTION_NEED,
  RECEPTION_ROOM,
  type ReceptionNeed,
  type ReceptionRoom,
  type ReceptionState,
} from '../../../core/enums.gen.js';
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { conf, RECEPTION_CASES } from '../cases.js';
import { timeline, type Reception } from '../rules.js';

function rooms(r: ReceptionRoom[] | undefined): Reception['rooms'] {
  if (!r?.length) throw new UsageError(msg('--rooms 至少给一个场地', '--rooms needs at least one room'));
  return r as Reception['rooms'];
}

export function parse(l: Line) {
  const arrival = l.localTime('arrival')!;
  const end = l.localTime('end')!;
  const vips = l.values('vip').map((v) => {
    const [name, ...title] = v.split(/[:：]/);
    if (!name.trim())
      throw new UsageError(msg(`--vip 应形如 "姓名:职务"，而不是 "${v}"`, `--vip looks like "name:title", not "${v}"`));
    return { name: name.trim(), ...(title.join(':').trim() ? { title: title.join(':').trim() } : {}) };
  });
  return {
    organisation: l.text('organisation')!,
    guests: l.int('guests', 1, 10000)!,
    arrival,
    end,
    rooms: rooms(l.list<ReceptionRoom>('rooms', RECEPTION_ROOM)),
    requirements: l.list<ReceptionNeed>('requirements', RECEPTION_NEED) ?? [],
    contact: l.text('contact'),
    contactPhone: l.text('contactPhone'),
    vips,
    purpose: l.text('purpose'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const offset = ctx.now().slice(19);
  const full = (local: string) => `${local.startsWith('T') ? ctx.today() : ''}${local}${offset}`;
  const arrival = full(o.arrival);
  const end = full(o.end.startsWith('T') ? `${arrival.slice(0, 10)}${o.end}` : o.end);
  if (Date.parse(end) <= Date.parse(arrival))
    throw new UsageError(
      msg(
        `结束时间 ${end.slice(0, 16)} 不晚于到达时间 ${arrival.slice(0, 16)}`,
        `--end ${end.slice(0, 16)} is not after --arrival ${arrival.slice(0, 16)}`,
      ),
      msg('核对 --arrival 和 --end', 'check --arrival and --end'),
    );
  if (o.contactPhone && !o.contact)
    throw new UsageError(msg('--contact-phone 须与 --contact 同用', '--contact-phone goes with --contact'));
  let id = '';
  const data = { arrival, end, rooms: o.rooms, requirements: o.requirements };
  await ctx.write((tx) => {
    const who = actor(ctx);
    id = nextCaseId(ctx, tx, 'reception', arrival.slice(0, 4));
    openCase<Reception, ReceptionState>(tx, RECEPTION_CASES, who, {
      kind: 'reception',
      id,
      organisation: o.organisation,
      ...(o.contact ? { contact: { name: o.contact, ...(o.contactPhone ? { phone: o.contactPhone } : {}) } } : {}),
      guests: o.guests,
      ...(o.vips.length ? { vips: o.vips } : {}),
      ...(o.purpose ? { purpose: o.purpose } : {}),
      arrival,
      end,
      rooms: o.rooms,
      ...(o.requirements.length ? { requirements: o.requirements } : {}),
      manager: who.id,
    });
    return {
      message: `reception: new ${id}`,
      summary: msg(
        `已填写接待工作单 ${id}（${o.organisation}，${o.guests} 人，${arrival.slice(0, 16).replace('T', ' ')} 到达）；分工: wuye reception assign ${id}`,
        `work order ${id} (${o.organisation}, ${o.guests} guests, arriving ${arrival.slice(0, 16)}); assign: wuye reception assign ${id}`,
      ),
    };
  });
  if (ctx.globals.json || ctx.globals.quiet) return;
  for (const i of timeline(data, conf(ctx)))
    ctx.out.line(`  ${i.due ? i.due.slice(11, 16) : '     '}  ${t(i.what)}  [${i.item}]`);
}
