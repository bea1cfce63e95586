// wuye unit report [--xlsx FILE | --format csv | --json] [--building B]
// The unit register (spec procedures/01-registry-and-archive.md "Reports"; manual 四.16):
// a summary by building (units, area, by state and type) first, then every unit.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { emitReport, type Report, type ReportColumn, type ReportRow } from '../../../kit/report.js';
import { msg, t, type Msg } from '../../../core/i18n.js';
import { compareIds, idOfPath } from '../../../core/kinds.js';
import { LABELS, label } from '../../../core/labels.js';
import type { PersonRecord, UnitRecord } from '../../../core/types.gen.js';
import { displayName } from '../rules.js';
import { UNIT_STATE, UNIT_TYPE } from '../../../core/enums.gen.js';

const STATES: readonly string[] = UNIT_STATE;
const TYPES: readonly string[] = UNIT_TYPE;

/** Area strings ("89.37") summed exactly in hundredths. */
const hundredths = (a: string | undefined): number => (a ? Math.round(Number(a) * 100) : 0);

/** The report model of the unit register (pure: units and owner names in, sheets out). */
export function unitRegister(
  units: UnitRecord[],
  ownerName: (id: string) => string,
  meta: { center: string; generatedAt: string; generatedBy?: string; building?: string },
): Report {
  const sorted = [...units].sort((a, b) => compareIds(a.id, b.id));
  const byBuilding = new Map<string, UnitRecord[]>();
  for (const u of sorted) byBuilding.set(u.building, [...(byBuilding.get(u.building) ?? []), u]);
  const summary: ReportRow[] = [...byBuilding].map(([b, us]) => {
    const row: ReportRow = {
      building: b,
      units: us.length,
      area: us.reduce((s, u) => s + hundredths(u.area), 0) / 100,
    };
    for (const s of STATES) row[`state_${s}`] = us.filter((u) => u.state === s).length;
    for (const ty of TYPES) row[`type_${ty}`] = us.filter((u) => u.type === ty).length;
    return row;
  });
  const lab = (cat: string, code: string): Msg => LABELS[cat][code];
  const summaryCols: ReportColumn[] = [
    { key: 'building', header: msg('楼栋', 'Building') },
    { key: 'units', header: msg('套数', 'Units'), type: 'integer', total: true },
    { key: 'area', header: msg('建筑面积（m²）', 'Gross area (m²)'), type: 'area', total: true },
    ...STATES.map((s): ReportColumn => ({
      key: `state_${s}`,
      header: lab('unitState', s),
      type: 'integer',
      total: true,
    })),
    ...TYPES.map((ty): ReportColumn => ({
      key: `type_${ty}`,
      header: lab('unitType', ty),
      type: 'integer',
      total: true,
    })),
  ];
  const details: ReportRow[] = sorted.map((u) => ({
    id: u.id,
    building: u.building,
    entrance: u.entrance,
    floor: u.floor,
    room: u.room,
    type: label('unitType', u.type),
    state: label('unitState', u.state),
    area: Number(u.area),
    usable_area: u.usable_area ? Number(u.usable_area) : undefined,
    layout: u.layout,
    owners: (u.owners ?? []).map((o) => ownerName(o.person)).join('、'),
    fee_start: u.fee_start,
  }));
  return {
    title: msg('房屋登记报表', 'Unit register'),
    center: meta.center,
    period: meta.building ? t(msg(`${meta.building} 栋`, `building ${meta.building}`)) : undefined,
    generatedAt: meta.generatedAt,
    generatedBy: meta.generatedBy,
    sheets: [
      { name: msg('汇总', 'Summary'), columns: summaryCols, rows: summary, totals: true },
      {
        name: msg('房屋明细', 'Units'),
        totals: true,
        rows: details,
        columns: [
          { key: 'id', header: msg('房屋编号', 'Unit') },
          { key: 'building', header: msg('楼栋', 'Building') },
          { key: 'entrance', header: msg('单元', 'Entrance') },
          { key: 'floor', header: msg('楼层', 'Floor'), type: 'integer' },
          { key: 'room', header: msg('房号', 'Room') },
          { key: 'type', header: msg('类型', 'Type') },
          { key: 'state', header: msg('状态', 'State') },
          { key: 'area', header: msg('建筑面积（m²）', 'Gross area (m²)'), type: 'area', total: true },
          { key: 'usable_area', header: msg('套内面积（m²）', 'Usable area (m²)'), type: 'area', total: true },
          { key: 'layout', header: msg('户型', 'Layout') },
          { key: 'owners', header: msg('业主', 'Owners') },
          { key: 'fee_start', header: msg('管理费起算日', 'Fee starts'), type: 'date' },
        ],
      },
    ],
  };
}

export const parse = (l: Line) => ({
  xlsx: l.text('xlsx'),
  format: l.choice<'table' | 'csv'>('format'),
  building: l.building(),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const units = ctx.store
    .unitRels(o.building)
    .map((rel) => ctx.shown.readRel<UnitRecord>(rel, 'unit', idOfPath(rel)).data);
  const names = new Map<string, string>();
  const ownerName = (id: string): string => {
    if (!names.has(id)) {
      const p = ctx.shown.tryRead<PersonRecord>('person', id)?.data;
      names.set(id, p ? displayName(p) : id);
    }
    return names.get(id)!;
  };
  let by: string | undefined;
  try {
    const op = ctx.operator();
    by = `${op.id} ${op.name}`;
  } catch {
    /* a report needs no operator */
  }
  const report = unitRegister(units, ownerName, {
    center: ctx.config.center.name,
    generatedAt: ctx.now(),
    generatedBy: by,
    building: o.building,
  });
  await emitReport(ctx, report, { xlsx: o.xlsx, format: o.format });
}
