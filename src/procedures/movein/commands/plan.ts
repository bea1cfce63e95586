// 入伙方案 (4.1) and appointments: every unit of a building that has a buyer
// gets a slot; re-running re-slots the cases still only planned and leaves
// the ones under way alone (idempotent). Warns when the newspaper notice is
// less than 7 days before the first slot (4.2.1).
// e.g. wuye movein plan --building 3 --from 2026-12-05 --per-day 12 --slots 09:00,10:30,14:00 --announced-on 2026-11-25
import { openCase, recordAct } from '../../../core/case-engine.js';
import { requireRole } from '../../../core/case.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { idOfPath } from '../../../core/kinds.js';
import type { MoveinRecord, UnitRecord } from '../../../core/types.gen.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { MOVEIN_CASES } from '../cases.js';
import { announcementWarning, MOVEIN, slotsFor, type MoveinState } from '../rules.js';

export function parse(l: Line) {
  const building = l.building()!;
  const from = l.date('from')!;
  const perDay = l.int('perDay', 1, 1000)!;
  const announcedOn = l.date('announcedOn');
  const slots = l.text('slots');
  const times = slots === undefined ? undefined : slots.split(',').map((s) => s.trim());
  if (times) {
    const bad = times.filter((s) => !/^([01]\d|2[0-3]):[0-5]\d$/.test(s));
    if (bad.length)
      throw new UsageError(
        msg(
          `--slots 中的时刻无效: ${bad.join(', ') || '(空)'}`,
          `invalid time(s) in --slots: ${bad.join(', ') || '(empty)'}`,
        ),
        msg(
          '时刻写成 HH:MM，逗号分隔，如 09:00,10:30,14:00',
          'write times as HH:MM, comma-separated, e.g. 09:00,10:30,14:00',
        ),
      );
  }
  return { building, from, perDay, announcedOn, times };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { building, from, perDay, announcedOn } = o;
  const times = o.times ?? ctx.config.movein.slots; // wuye.yaml's times are checked by its schema
  const who = actor(ctx);
  const open = MOVEIN.open!;
  requireRole(who.roles, open.roles, open.label);

  const warning = announcementWarning(announcedOn, from, ctx.config.movein.announce_days);
  let created = 0,
    reslotted = 0,
    underway = 0;
  await ctx.write((tx) => {
    const buyers: string[] = [];
    for (const rel of ctx.store.unitRels(building)) {
      const id = idOfPath(rel);
      const u = ctx.store.readRel<UnitRecord>(rel, 'unit', id).data;
      if (!(u.owners ?? []).length) continue;
      const existing = tx.tryRead<MoveinRecord>('movein', id)?.data;
      if (existing && existing.state !== 'planned') {
        underway++;
        continue;
      }
      buyers.push(id);
    }
    if (buyers.length === 0 && underway === 0) {
      throw new RuleError(
        msg(`第 ${building} 栋没有登记了购房人的房屋`, `building ${building} has no unit with a registered buyer`),
        msg(
          '先用 wuye unit update UNIT --add-owner 或 wuye unit import 登记购房人',
          'register buyers first (wuye unit update UNIT --add-owner, or wuye unit import)',
        ),
      );
    }
    const plan = {
      batch: `${building}-${from}`,
      from,
      per_day: perDay,
      ...(announcedOn ? { announced_on: announcedOn } : {}),
    };
    for (const s of slotsFor(buyers, from, perDay, times)) {
      const slot = { date: s.date, time: s.time };
      const existing = tx.tryRead<MoveinRecord>('movein', s.unit)?.data;
      if (existing) {
        if (
          existing.slot.date === slot.date &&
          existing.slot.time === slot.time &&
          JSON.stringify(existing.plan) === JSON.stringify(plan)
        )
          continue;
        // a new slot for a case still only planned: an act of the plan, the state stays
        recordAct<MoveinRecord, MoveinState>(
          tx,
          MOVEIN_CASES,
          who,
          s.unit,
          { action: 'plan', what: open.label, states: ['planned'], roles: open.roles },
          () => ({ plan, slot }),
          `改约 ${slot.date} ${slot.time}`,
        );
        reslotted++;
      } else {
        const u = tx.read<UnitRecord>('unit', s.unit).data;
        openCase<MoveinRecord, MoveinState>(
          tx,
          MOVEIN_CASES,
          who,
          {
            kind: 'movein',
            id: s.unit,
            unit: s.unit,
            state: 'planned', // placed after the unit, as every move-in case reads
            owner: u.owners![0].person,
            plan,
            slot,
          },
          'plan',
          `预约 ${slot.date} ${slot.time}`,
        );
        created++;
      }
    }
    return {
      message: `movein: plan building ${building} from ${from}`,
      summary: msg(
        `第 ${building} 栋：新排定 ${created} 户，改约 ${reslotted} 户，已在办理中 ${underway} 户`,
        `building ${building}: ${created} planned, ${reslotted} re-slotted, ${underway} already under way`,
      ),
    };
  });
  if (warning) ctx.warn(warning);
}
