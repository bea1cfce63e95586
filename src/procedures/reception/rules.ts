// The rules of meeting and VIP receptions (spec procedures/15-reception.md; manual 四.1 given in full there): the
// reception machine (requested → prepared → in progress → closed), the work order's timeline computed from the
// arrival time — the environment department notified and the rooms ready and re-checked 30 minutes before, tea and
// hot towels within 5 minutes of seating, a service round every 15 minutes while the meeting lasts — and what
// stands in the way of closing (the utensils all back or the difference explained; the summary written).
// e.g. timeline({ arrival: '2026-12-03T09:00:00+08:00', end: '2026-12-03T10:30:00+08:00', … }) → 08:30 environment, 09:05 tea, 09:15 round 1 …
import { defineMachine, type Role } from '../../core/case.js';
import { CONFIG_DEFAULTS, type ReceptionDuty, type ReceptionState } from '../../core/enums.gen.js';
import { msg, type Msg } from '../../core/i18n.js';
import type { ReceptionRecord } from '../../core/types.gen.js';

export type Reception = ReceptionRecord;

/** wuye.yaml `reception` with the manual's values as defaults. */
export interface ReceptionConf {
  prepare_minutes: number;
  tea_minutes: number;
  round_minutes: number;
}

export function cfg(c: Partial<ReceptionConf> | undefined): ReceptionConf {
  return { ...(CONFIG_DEFAULTS.reception as ReceptionConf), ...(c ?? {}) };
}

/** The department manager fills the work order and assigns (四.1 1); the director may too. */
export const MANAGERS: readonly Role[] = ['cs-manager', 'director'];
export const CS: readonly Role[] = ['cs-manager', 'cs-assistant', 'director'];

export const RECEPTION = defineMachine<ReceptionState, ReceptionConf>({
  name: 'reception',
  initial: 'requested',
  states: {
    requested: msg('已登记', 'requested'),
    prepared: msg('已准备', 'prepared'),
    'in-progress': msg('接待中', 'in progress'),
    closed: msg('已结束', 'closed'),
  },
  open: { roles: CS, label: msg('填写会务贵宾接待工作单', 'fill in the reception work order') },
  transitions: [
    {
      action: 'assign',
      from: ['requested', 'prepared'],
      to: 'prepared',
      roles: MANAGERS,
      label: msg('分工', 'assign'),
    },
    {
      action: 'serve',
      from: ['prepared', 'in-progress'],
      to: 'in-progress',
      label: msg('茶水服务', 'serve tea'),
    },
    { action: 'close', from: ['prepared', 'in-progress'], to: 'closed', roles: CS, label: msg('结束接待', 'close') },
  ],
});

/** A step of the work order's timeline: its key (ticked by `reception checklist --done KEY`), by when, by whom. */
export interface TimelineItem {
  item: string;
  /** The latest time (ISO with offset); undefined: after the visit, no fixed time. */
  due?: string;
  duty?: ReceptionDuty | 'manager';
  what: Msg;
}

/** ISO time plus minutes, kept in the offset it was written in. */
export function addMinutes(iso: string, minutes: number): string {
  const off = iso.slice(19) || 'Z';
  const sign = off === 'Z' ? 0 : (off[0] === '-' ? -1 : 1) * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4, 6)));
  const t = new Date(Date.parse(iso) + (minutes + sign) * 60000).toISOString().slice(0, 19);
  return `${t}${off}`;
}

/** The preparation and service timeline of a reception from its arrival and expected end (四.1 1–3). */
export function timeline(
  r: Pick<Reception, 'arrival' | 'end' | 'rooms' | 'requirements'>,
  c: ReceptionConf,
): TimelineItem[] {
  const before = addMinutes(r.arrival, -c.prepare_minutes);
  const needs = r.requirements ?? [];
  const out: TimelineItem[] = [
    {
      item: 'environment',
      due: before,
      duty: 'environment',
      what: msg('通知环境管理部清洁会议室、接待室并通风', 'environment department cleans and airs the rooms'),
    },
    {
      item: 'room-ready',
      due: before,
      duty: 'manager',
      what: msg('接待室准备就绪并再次检查', 'reception room ready and checked again'),
    },
  ];
  if (r.rooms.includes('meeting-room') || needs.includes('projector'))
    out.push({
      item: 'equipment',
      due: before,
      duty: 'butler',
      what: msg('管家检查灯光、投影仪和会议室', 'butler checks the lights, projector and meeting room'),
    });
  if (r.rooms.includes('show-flat') || needs.includes('shoe-covers'))
    out.push({
      item: 'show-flat',
      due: before,
      duty: 'show-flat',
      what: msg('样板房备好鞋套和安全提示', 'show flat: shoe covers and safety reminders ready'),
    });
  out.push(
    {
      item: 'greet',
      due: r.arrival,
      duty: 'greeter',
      what: msg('迎宾：侧前方 2–3 步引领来宾', 'greeters lead the guests, 2–3 steps ahead at the side'),
    },
    {
      item: 'tea',
      due: addMinutes(r.arrival, c.tea_minutes),
      duty: 'tea',
      what: msg(
        `就座后 ${c.tea_minutes} 分钟内上茶和热毛巾，登记茶水出单、清点器皿`,
        `tea and hot towels within ${c.tea_minutes} minutes of seating, recorded with the utensils`,
      ),
    },
  );
  const end = Date.parse(r.end);
  for (let k = 1; Date.parse(addMinutes(r.arrival, k * c.round_minutes)) < end; k++)
    out.push({
      item: `round-${k}`,
      due: addMinutes(r.arrival, k * c.round_minutes),
      duty: 'tea',
      what: msg(
        `会议服务第 ${k} 次（每 ${c.round_minutes} 分钟，保持安静、保密）`,
        `service round ${k} (every ${c.round_minutes} minutes; quiet and confidential)`,
      ),
    });
  out.push(
    {
      item: 'see-off',
      due: r.end,
      duty: 'greeter',
      what: msg('送客，回收鞋套', 'see the guests off, collect the shoe covers'),
    },
    {
      item: 'clear',
      duty: 'tea',
      what: msg('清理会场，清点回收器皿', 'clear the room and count the utensils back'),
    },
  );
  return out;
}

/** Utensils out and back over the tea record. */
export function utensils(r: Pick<Reception, 'tea'>): { out: number; back: number; missing: number } {
  const out = (r.tea ?? []).reduce((s, x) => s + (x.out ?? 0), 0);
  const back = (r.tea ?? []).reduce((s, x) => s + (x.back ?? 0), 0);
  return { out, back, missing: out - back };
}

/** Why a reception may not be closed yet (none: it may). Manual 四.1 3. */
export function closeBlockers(
  r: Pick<Reception, 'id' | 'tea'>,
  o: { back?: number; note?: string; wentWell?: string; toImprove?: string },
): { what: Msg; todo: Msg }[] {
  const out: { what: Msg; todo: Msg }[] = [];
  const u = utensils(r);
  const missing = u.missing - (o.back ?? 0);
  if (missing > 0 && !o.note?.trim())
    out.push({
      what: msg(
        `器皿出 ${u.out} 件，回 ${u.back + (o.back ?? 0)} 件，差 ${missing} 件`,
        `${missing} utensil(s) not back (${u.out} out)`,
      ),
      todo: msg(
        '用 --back N 登记收回的器皿，或用 --utensils-note 说明差异',
        'record them with --back N, or explain with --utensils-note',
      ),
    });
  if (missing < 0)
    out.push({
      what: msg(
        `收回器皿 ${u.back + (o.back ?? 0)} 件多于发出的 ${u.out} 件`,
        `more utensils back than went out (${u.out})`,
      ),
      todo: msg('核对 --back 的件数', 'check the count given with --back'),
    });
  if (!o.wentWell?.trim() || !o.toImprove?.trim())
    out.push({
      what: msg('没有总结', 'no summary'),
      todo: msg('用 --went-well 和 --to-improve 填写总结', 'write it with --went-well and --to-improve'),
    });
  return out;
}
