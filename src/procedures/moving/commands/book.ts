// 搬迁预约 (四.4; spec 04 "Moving happens inside the permitted hours; lift slots do not overlap within one
// entrance"): a move in or out of a unit on a day, a slot inside moving.hours of wuye.yaml, the lift of its
// entrance booked (refused when another booking holds it then), the mover and vehicles.
// e.g. wuye moving book 3-1-0602 --direction out --date 2026-11-30 --slot 09:00-11:00 --mover 蚂蚁搬家 --plate 湘A12345
import { CONFIG_DEFAULTS } from '../../../core/enums.gen.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { rangesOn, slotWithin } from '../../../core/hours.js';
import { msg } from '../../../core/i18n.js';
import type { MovingDirection } from '../../../core/enums.gen.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { nextCaseId } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { requirePerson } from '../../../kit/refs.js';
import { entranceOf, liftClash, type Moving } from '../rules.js';

export function parse(l: Line) {
  const slot = l.text('slot')!;
  const m = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(slot);
  if (!m || m[1] >= m[2] || m[2] > '23:59')
    throw new UsageError(
      msg(`--slot 无效: "${slot}"`, `invalid --slot: "${slot}"`),
      msg('时段形如 09:00-11:00', 'a slot looks like 09:00-11:00'),
    );
  return {
    unit: l.id(0, 'unit'),
    direction: l.choice<MovingDirection>('direction')!,
    date: l.date('date')!,
    from: m[1],
    to: m[2],
    stairs: l.flagged('stairs'),
    mover: l.text('mover'),
    plates: l.values('plate'),
    contact: l.idOpt('contact', 'person'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  if (o.date < ctx.today()) throw new UsageError(msg(`--date ${o.date} 已过`, `--date ${o.date} is in the past`));
  const hours = ctx.config.moving?.hours ?? CONFIG_DEFAULTS.moving.hours;
  const ranges = rangesOn(
    { weekdays: [...(hours.weekdays ?? [])], weekends: [...(hours.weekends ?? [])] },
    ctx.calendar,
    o.date,
  );
  if (!slotWithin(ranges, o.from, o.to))
    throw new RuleError(
      msg(
        `${o.date} ${o.from}-${o.to} 不在允许搬迁时间内（${ranges.join('、') || '当日不允许搬迁'}）`,
        `${o.date} ${o.from}-${o.to} is outside the permitted moving hours (${ranges.join(', ') || 'none that day'})`,
      ),
      msg('选允许时间内的时段（wuye.yaml moving.hours）', 'choose a slot inside the hours (wuye.yaml moving.hours)'),
    );
  await ctx.write((tx) => {
    const u = tx.tryRead<UnitRecord>('unit', o.unit)?.data;
    if (!u) throw new UsageError(msg(`没有房屋 ${o.unit}`, `no unit ${o.unit}`));
    if (o.contact) requirePerson(tx, o.contact, '--contact');
    if (!o.stairs) {
      const same = [...tx.store.all<Moving>('moving')].map((r) => r.data).filter((b) => b.date === o.date);
      const clash = liftClash(same, o.unit, o.date, o.from, o.to);
      if (clash)
        throw new RuleError(
          msg(
            `${entranceOf(o.unit)} 单元电梯 ${o.date} ${clash.from}-${clash.to} 已由 ${clash.id}（${clash.unit}）预约，与 ${o.from}-${o.to} 重叠`,
            `the lift of entrance ${entranceOf(o.unit)} is booked ${clash.from}-${clash.to} on ${o.date} by ${clash.id} (${clash.unit})`,
          ),
          msg('换一个不重叠的时段', 'choose a slot that does not overlap'),
        );
    }
    const id = nextCaseId(ctx, tx, 'moving', o.date.slice(0, 4));
    const rec: Moving = {
      kind: 'moving',
      id,
      unit: o.unit,
      direction: o.direction,
      date: o.date,
      from: o.from,
      to: o.to,
      lift: !o.stairs,
      ...(o.mover ? { mover: o.mover } : {}),
      ...(o.plates.length ? { plates: o.plates } : {}),
      ...(o.contact ? { contact: o.contact } : {}),
      booked_at: ctx.now(),
      booked_by: op.id,
    };
    tx.create('moving', id, rec);
    return {
      message: `moving: book ${id} ${o.unit} ${o.direction} ${o.date} ${o.from}-${o.to}`,
      summary: msg(
        `${id}：${o.unit} ${o.direction === 'in' ? '搬入' : '搬出'} ${o.date} ${o.from}-${o.to}${o.stairs ? '' : `，已预约 ${entranceOf(o.unit)} 单元电梯`}`,
        `${id}: ${o.unit} moving ${o.direction} ${o.date} ${o.from}-${o.to}${o.stairs ? '' : `, lift of ${entranceOf(o.unit)} booked`}`,
      ),
    };
  });
}
