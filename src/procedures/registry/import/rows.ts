// One row of the developer's list checked on its own: the unit it names (from
// one 房号 column, or composed 楼栋-单元-房号), its fields, and its buyer. Every
// problem is kept with its column, so all bad rows are reported at once. Pure.
// e.g. 1 | 2 | 0801 | 住宅 | 89.37 | 张三 | 110101199003071234 → unit 1-2-0801, buyer 张三
import { msg, type Msg } from '../../../core/i18n.js';
import { UNIT_ID } from '../../../core/kinds.js';
import { labelZh } from '../../../core/labels.js';
import { maskNationalId, maskPhone } from '../../../core/personal.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { unitParts } from '../rules.js';
import {
  area,
  date,
  gender,
  idPart,
  integer,
  licence,
  nationalId,
  phones,
  text,
  unitType,
  unitState,
  type Cell,
  type Got,
} from './cells.js';
import type { FieldKey } from './fields.js';

export interface Problem {
  row: number;
  col?: number;
  message: Msg;
}

export interface Buyer {
  key: string;
  name: string;
  national_id?: string;
  phones?: string[];
  gender?: 'male' | 'female';
  company?: { name: string; licence: string };
}

export interface UnitFields {
  building: string;
  entrance: string;
  room: string;
  floor?: number;
  type: UnitRecord['type'];
  area: string;
  usable_area?: string;
  layout?: string;
  state?: UnitRecord['state'];
  fee_start?: string;
  notes?: string;
}

export interface CheckedRow {
  row: number;
  unitId: string;
  unit: UnitFields;
  buyer?: Buyer;
  since?: string;
}

/** The columns a list must have: a unit id (房号, or 楼栋 + 房号/室) and the gross area. */
export function missingColumns(cols: Map<FieldKey, number>): Msg[] {
  const out: Msg[] = [];
  if (!cols.has('unit') && !(cols.has('building') && cols.has('room'))) {
    out.push(
      msg(
        '缺少房号列（"房号" 写完整编号如 1-2-0801，或 "楼栋"、"单元"、"房号/室" 分列）',
        'no unit column ("房号"/unit with a full id like 1-2-0801, or "楼栋"/building, "单元"/entrance and "室"/room columns)',
      ),
    );
  }
  if (!cols.has('area')) out.push(msg('缺少 "建筑面积" 列', 'no "建筑面积" (area) column'));
  if (cols.has('company') !== cols.has('licence'))
    out.push(
      msg(
        '"单位名称" 与 "营业执照号" 两列须同时提供',
        '"单位名称" (company) and "营业执照号" (licence) columns go together',
      ),
    );
  return out;
}

/** Check one sheet row (cells indexed by column). */
export function checkRow(
  row: number,
  cells: Cell[],
  cols: Map<FieldKey, number>,
): { checked?: CheckedRow; problems: Problem[] } {
  const problems: Problem[] = [];
  const get = <T>(key: FieldKey, fn: (c: Cell) => Got<T>): T | undefined => {
    const col = cols.get(key);
    if (col === undefined) return undefined;
    const g = fn(cells[col]);
    if (!g.ok) {
      problems.push({ row, col, message: g.reason });
      return undefined;
    }
    return g.value;
  };
  const need = (key: FieldKey, what: Msg) =>
    problems.push({ row, col: cols.get(key), message: msg(`缺少${what.zh}`, `no ${what.en}`) });

  // The unit id: a full id in 房号, else composed from 楼栋-单元-室 (单元 defaults to 1;
  // without a 室 column, 房号 holds the room).
  let unitId: string | undefined;
  const unitText = get('unit', text);
  if (unitText !== undefined && UNIT_ID.test(unitText)) unitId = unitText;
  else if (cols.has('building')) {
    const roomKey: FieldKey = cols.has('room') ? 'room' : 'unit';
    const before = problems.length;
    const building = get('building', (c) => idPart(c, 6));
    const entrance = get('entrance', (c) => idPart(c, 4));
    const room = get(roomKey, (c) => idPart(c, 6));
    if (problems.length === before) {
      if (building === undefined) need('building', msg('楼栋', 'building'));
      if (room === undefined) need(roomKey, msg('房号', 'room'));
      if (building !== undefined && room !== undefined) unitId = `${building}-${entrance ?? '1'}-${room}`;
    }
  } else if (unitText !== undefined) {
    problems.push({
      row,
      col: cols.get('unit'),
      message: msg(
        `房号 "${unitText}" 不是完整的房屋编号（栋-单元-室，如 1-2-0801）`,
        `"${unitText}" is not a full unit id (building-entrance-room, e.g. 1-2-0801)`,
      ),
    });
  } else if (!problems.length) need('unit', msg('房号', 'unit id'));
  if (unitId !== undefined && !UNIT_ID.test(unitId)) {
    problems.push({
      row,
      col: cols.get('room') ?? cols.get('unit'),
      message: msg(`组成的房屋编号 "${unitId}" 无效`, `the composed unit id "${unitId}" is invalid`),
    });
    unitId = undefined;
  }

  const type = cols.has('type') ? get('type', unitType) : 'residential';
  if (type === undefined && cols.has('type') && !problems.some((p) => p.col === cols.get('type')))
    need('type', msg('类型', 'type'));
  const gross = get('area', area);
  if (gross === undefined && !problems.some((p) => p.col === cols.get('area'))) need('area', msg('建筑面积', 'area'));
  const usable = get('usable_area', area);
  if (usable !== undefined && gross !== undefined && Number(usable) > Number(gross))
    problems.push({
      row,
      col: cols.get('usable_area'),
      message: msg(`套内面积 ${usable} 大于建筑面积 ${gross}`, `usable area ${usable} exceeds the gross area ${gross}`),
    });
  const floor = get('floor', (c) => integer(c, -5, 200));
  const layout = get('layout', text);
  if (layout !== undefined && layout.length > 20)
    problems.push({
      row,
      col: cols.get('layout'),
      message: msg('户型最多 20 个字', 'a layout has at most 20 characters'),
    });
  // Another system's layout code (10102) says nothing to a person reading the unit: refused, with the way to map it.
  if (layout !== undefined && /^[\d\s._-]+$/.test(layout))
    problems.push({
      row,
      col: cols.get('layout'),
      message: msg(
        `户型 "${layout}" 是代码而不是户型（如 三室两厅）；用 --map 列标题:${layout}=三室两厅 说明其含义，或 --map 列标题=忽略`,
        `the layout "${layout}" is a code, not a layout (e.g. 三室两厅); say what it means with --map HEADER:${layout}=三室两厅, or --map HEADER=ignore`,
      ),
    });
  const state = get('state', unitState);
  const notes = get('notes', text);
  const feeStart = get('fee_start', date);
  const since = get('since', date);

  // The buyer: a person by national id, or a company by licence.
  const name = get('name', text);
  const nid = get('national_id', (c) => nationalId(c, maskNationalId));
  const ph = get('phone', (c) => phones(c, maskPhone));
  const sex = get('gender', gender);
  const company = get('company', text);
  const lic = get('licence', licence);
  let buyer: Buyer | undefined;
  if (company !== undefined || lic !== undefined) {
    if (company === undefined) need('company', msg('单位名称', 'company name'));
    else if (lic === undefined) {
      if (!problems.some((p) => p.col === cols.get('licence'))) need('licence', msg('营业执照号', 'licence number'));
    } else
      buyer = {
        key: `L:${lic}`,
        name: name ?? company,
        ...(nid ? { national_id: nid } : {}),
        ...(ph ? { phones: ph } : {}),
        company: { name: company, licence: lic },
      };
  } else if (nid !== undefined) {
    if (name === undefined) need('name', msg('业主姓名', 'owner name'));
    else
      buyer = {
        key: `N:${nid}`,
        name,
        national_id: nid,
        ...(ph ? { phones: ph } : {}),
        ...(sex ? { gender: sex } : {}),
      };
  } else if (name !== undefined || ph !== undefined) {
    if (!problems.some((p) => p.col === cols.get('national_id'))) {
      problems.push({
        row,
        col: cols.get('national_id') ?? cols.get('name'),
        message: msg(
          '有购房人但缺少身份证号（单位购房请填单位名称和营业执照号）',
          'a buyer without a national id (for a company buyer give the company name and licence number)',
        ),
      });
    }
  }
  // The state and the buyer agree: an unsold unit has no owner, a sold one has.
  if (state !== undefined && !problems.length && (state === 'unsold') === (buyer !== undefined))
    problems.push({
      row,
      col: cols.get('state'),
      message:
        state === 'unsold'
          ? msg('房屋状态为未售，却有购房人', 'the unit is unsold but has a buyer')
          : msg(
              `房屋状态为${labelZh('unitState', state)}，却没有购房人（业主姓名与身份证号）`,
              `the unit is ${state} but has no buyer (owner name and national id)`,
            ),
    });
  if (name !== undefined && name.length > 100)
    problems.push({
      row,
      col: cols.get('name'),
      message: msg('姓名最多 100 个字', 'a name has at most 100 characters'),
    });

  if (problems.length || unitId === undefined) return { problems };
  const p = unitParts(unitId);
  const unit: UnitFields = {
    building: p.building,
    entrance: p.entrance,
    room: p.room,
    ...((floor ?? p.floor) !== undefined ? { floor: floor ?? p.floor } : {}),
    type: type!,
    area: gross!,
    ...(usable ? { usable_area: usable } : {}),
    ...(layout ? { layout } : {}),
    ...(state ? { state } : {}),
    ...(feeStart ? { fee_start: feeStart } : {}),
    ...(notes ? { notes } : {}),
  };
  return { checked: { row, unitId, unit, ...(buyer ? { buyer } : {}), ...(since ? { since } : {}) }, problems };
}
