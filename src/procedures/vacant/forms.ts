// The vacant units' printed forms (manual 四.5; spec 05-vacant.md "Forms"): 空置房巡查记录表 (one row per unit of a
// building's round: blank boxes to tick on site, or the checks recorded for that round) and 看房登记表.
// e.g. wuye form vacant-round 3 · wuye form vacant-round 3:2026-11 · wuye form vacant-viewings 2026-11
import { UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { label } from '../../core/labels.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { Ctx } from '../../kit/context.js';
import type { FormDef, FormLoad } from '../../kit/forms.js';
import { vacantUnits } from './api.js';
import { requireUnit } from './unit.js';
import { checkDaysOf, lastCheck, type Vacant, type VacantCheck } from './rules.js';

const hm = (iso?: string) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');
const staffName = (ctx: Ctx, id?: string) => (id ? (ctx.shown.tryRead<StaffRecord>('staff', id)?.data.name ?? id) : '');

/** "3" (this month's round) or "3:2026-11" / "3:2026-08-typhoon". */
export function parseRoundId(id: string, month: string): { building: string; round: string } {
  const m = /^([0-9A-Za-z]{1,6})(?::(\d{4}-(?:0[1-9]|1[0-2])(?:-[a-z0-9]{1,12})?))?$/.exec(id);
  if (!m)
    throw new UsageError(
      msg(
        `vacant-round 的编号应为楼栋或 楼栋:轮次，而不是 "${id}"`,
        `vacant-round takes BUILDING or BUILDING:ROUND, not "${id}"`,
      ),
      msg('如 3 或 3:2026-11', 'e.g. 3 or 3:2026-11'),
    );
  return { building: m[1], round: m[2] ?? month };
}

const tick = (c: VacantCheck | undefined, item: string) => (!c ? '' : c.faults?.includes(item as never) ? '×' : '✓');

/** The sheet of a round: every vacant unit of the building, filled in with its check of that round when recorded. */
export function roundData(ctx: Ctx, building: string, round: string): FormLoad {
  const units = vacantUnits(ctx.shown, building);
  if (!units.length && !ctx.shown.unitRels(building).length)
    throw new UsageError(msg(`没有楼栋 ${building}`, `no building ${building}`));
  const rows = units.map((v) => {
    // the round's check: the last one recorded for it (a second visit in the round follows up the first)
    const c = (v.rec?.checks ?? [])
      .filter((x) => (x.round ?? x.date.slice(0, 7)) === round)
      .sort((a, b) => a.date.localeCompare(b.date))
      .pop();
    const before = (v.rec?.checks ?? [])
      .filter((x) => x !== c && (!c || x.date < c.date))
      .map((x) => x.date)
      .sort()
      .pop();
    return {
      unit: v.unit.id,
      state: label('unitState', v.unit.state),
      last: before ?? '',
      doors: tick(c, 'doors-windows'),
      water: tick(c, 'water'),
      smell: tick(c, 'smell-pests'),
      power: tick(c, 'power-water'),
      clean: tick(c, 'cleanliness'),
      meters: c?.meters ?? '',
      findings: c ? [c.findings, c.repair ? `维修单 ${c.repair}` : ''].filter(Boolean).join('，') : '',
      by: c ? staffName(ctx, c.by) : '',
      date: c?.date ?? '',
    };
  });
  const id = `${building}:${round}`;
  const date =
    rows
      .map((r) => r.date)
      .filter(Boolean)
      .sort()
      .pop() ??
    units
      .map((v) => lastCheck(v.rec)?.date ?? v.since)
      .sort()
      .pop() ??
    `${round.slice(0, 7)}-01`;
  return {
    id,
    date,
    data: {
      round: { id, building, round, count: rows.length, every: `${checkDaysOf(ctx.config)} 天` },
      units: rows,
    },
  };
}

/** The data of 看房登记表: the viewings of one unit, or of every vacant unit in a month (YYYY-MM). */
export function viewingsData(ctx: Ctx, id: string): FormLoad {
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(id);
  if (!month && !/^[0-9A-Za-z]{1,6}-[0-9A-Za-z]{1,4}-[0-9A-Za-z]{1,6}$/.test(id))
    throw new UsageError(
      msg(
        `vacant-viewings 的编号应为房屋编号或月份，而不是 "${id}"`,
        `vacant-viewings takes a unit id or a month, not "${id}"`,
      ),
      msg('如 3-1-0101 或 2026-11', 'e.g. 3-1-0101 or 2026-11'),
    );
  const recs: Vacant[] = month
    ? [...ctx.shown.all<Vacant>('vacant')].map((r) => r.data)
    : [ctx.shown.tryRead<Vacant>('vacant', id)?.data ?? { kind: 'vacant', id: requireUnit(ctx.shown, id).id }];
  const rows = recs
    .flatMap((r) => (r.viewings ?? []).map((v) => ({ unit: r.id, v })))
    .filter((x) => !month || x.v.from.slice(0, 7) === id)
    .sort((a, b) => Date.parse(a.v.from) - Date.parse(b.v.from) || a.unit.localeCompare(b.unit));
  const viewings = rows.map(({ unit, v }) => ({
    unit,
    who: v.who,
    phone: v.phone ?? '',
    firm: v.firm ?? '',
    key: v.key,
    from: hm(v.from),
    to: hm(v.to),
    by: staffName(ctx, v.by),
  }));
  const date =
    rows
      .map((x) => (x.v.to ?? x.v.from).slice(0, 10))
      .sort()
      .pop() ?? (month ? `${id}-01` : '2000-01-01');
  return {
    id,
    date,
    data: { register: { id, scope: month ? `${id} 全部空置房` : id, total: viewings.length }, viewings },
  };
}

export const FORMS: FormDef[] = [
  {
    name: 'vacant-round',
    template: 'vacant/vacant-round',
    title: msg('空置房巡查记录表', 'vacant unit check sheet'),
    idKind: 'BUILDING[:ROUND]',
    load: (ctx, id) => {
      const r = parseRoundId(id, ctx.today().slice(0, 7));
      return roundData(ctx, r.building, r.round);
    },
  },
  {
    name: 'vacant-viewings',
    template: 'vacant/vacant-viewings',
    title: msg('看房登记表', 'viewing register'),
    idKind: 'unit|YYYY-MM',
    load: (ctx, id) => viewingsData(ctx, id),
  },
];
