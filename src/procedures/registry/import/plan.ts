// What an import writes, decided from the checked rows and what the records
// already hold: one unit per id (several buyers of one unit are co-owners),
// one person per national id or licence (reused when already registered), and
// units that exist are skipped when identical, refused when different — never
// silently overwritten. Pure: the existing records come in as lookups.
import { msg } from '../../../core/i18n.js';
import { maskNationalId } from '../../../core/personal.js';
import type { PersonRecord, UnitRecord } from '../../../core/types.gen.js';
import type { FieldKey } from './fields.js';
import type { Buyer, CheckedRow, Problem, UnitFields } from './rows.js';

export interface Existing {
  /** A registered unit, or undefined. */
  unit(id: string): UnitRecord | undefined;
  /** Registered people by buyer key (N:national id, L:licence). */
  people: Map<string, { id: string; name: string }>;
  /** The next free person number (P000124 → 124). */
  nextPerson: number;
  /** The head and width of this desk's person ids (P + 6 digits, station-coded PB + 5). */
  personSequence?: { head: string; width: number };
}

export interface Plan {
  units: UnitRecord[];
  people: PersonRecord[];
  /** Units already registered exactly so. */
  skipped: string[];
  /** Registered people the new units refer to. */
  reused: number;
  problems: Problem[];
  /** The buyers of each unit (for the dry-run listing). */
  owners: Map<string, { person: string; buyer: Buyer; isNew: boolean }[]>;
}

const UNIT_KEYS: (keyof UnitFields)[] = [
  'building',
  'entrance',
  'room',
  'floor',
  'type',
  'area',
  'usable_area',
  'layout',
  'state',
  'fee_start',
  'notes',
];
const KEY_FIELD: Partial<Record<keyof UnitFields, FieldKey>> = {
  floor: 'floor',
  type: 'type',
  area: 'area',
  usable_area: 'usable_area',
  layout: 'layout',
  state: 'state',
  fee_start: 'fee_start',
  notes: 'notes',
};
const KEY_LABEL: Record<string, [string, string]> = {
  building: ['楼栋', 'building'],
  entrance: ['单元', 'entrance'],
  room: ['室', 'room'],
  floor: ['楼层', 'floor'],
  type: ['类型', 'type'],
  area: ['建筑面积', 'area'],
  usable_area: ['套内面积', 'usable area'],
  layout: ['户型', 'layout'],
  state: ['房屋状态', 'state'],
  fee_start: ['物业费起算日', 'fee start'],
  notes: ['备注', 'notes'],
  owners: ['业主', 'owners'],
};

const sameBuyer = (a?: Buyer, b?: Buyer) => (a?.key ?? '') === (b?.key ?? '');
const diffKeys = (a: UnitFields, b: UnitFields) => UNIT_KEYS.filter((k) => a[k] !== b[k]);
const labels = (keys: string[]) =>
  msg(keys.map((k) => KEY_LABEL[k][0]).join('、'), keys.map((k) => KEY_LABEL[k][1]).join(', '));

export function planImport(rows: CheckedRow[], existing: Existing, today: string, cols: Map<FieldKey, number>): Plan {
  const problems: Problem[] = [];
  const colOf = (k: string) =>
    cols.get((KEY_FIELD as Record<string, FieldKey>)[k] ?? 'unit') ?? cols.get('unit') ?? cols.get('room');

  // 1. One unit per id: repeated rows are duplicates, co-owners, or conflicts.
  const byUnit = new Map<string, CheckedRow[]>();
  for (const r of rows) {
    const list = byUnit.get(r.unitId);
    if (!list) {
      byUnit.set(r.unitId, [r]);
      continue;
    }
    const first = list[0];
    const d = diffKeys(first.unit, r.unit);
    if (d.length) {
      problems.push({
        row: r.row,
        col: colOf(d[0]),
        message: msg(
          `房屋 ${r.unitId} 已在第 ${first.row} 行出现，但${labels(d).zh}不同`,
          `unit ${r.unitId} is already on row ${first.row} with a different ${labels(d).en}`,
        ),
      });
      continue;
    }
    const dup = list.find((o) => sameBuyer(o.buyer, r.buyer) && o.since === r.since);
    if (dup) {
      problems.push({
        row: r.row,
        col: cols.get('unit') ?? cols.get('building'),
        message: msg(`与第 ${dup.row} 行重复`, `duplicates row ${dup.row}`),
      });
      continue;
    }
    if (!r.buyer || list.some((o) => !o.buyer)) {
      problems.push({
        row: r.row,
        col: cols.get('name'),
        message: msg(
          `房屋 ${r.unitId} 已在第 ${first.row} 行出现（一行有购房人，一行没有）`,
          `unit ${r.unitId} is already on row ${first.row} (one row with a buyer, one without)`,
        ),
      });
      continue;
    }
    list.push(r);
  }

  // 2. One person per national id / licence, with one name.
  const seen = new Map<string, { row: number; buyer: Buyer; phones: string[] }>();
  for (const list of byUnit.values()) {
    for (const r of list) {
      const b = r.buyer;
      if (!b) continue;
      const prev = seen.get(b.key);
      const who = b.national_id ? maskNationalId(b.national_id) : b.company!.licence;
      if (prev) {
        if (prev.buyer.name !== b.name)
          problems.push({
            row: r.row,
            col: cols.get('name'),
            message: msg(
              `${who} 在第 ${prev.row} 行的姓名是 "${prev.buyer.name}"，这里是 "${b.name}"`,
              `${who} is named "${prev.buyer.name}" on row ${prev.row} but "${b.name}" here`,
            ),
          });
        for (const p of b.phones ?? []) if (!prev.phones.includes(p)) prev.phones.push(p);
        continue;
      }
      const reg = existing.people.get(b.key);
      if (reg && reg.name !== b.name) {
        problems.push({
          row: r.row,
          col: cols.get('name'),
          message: msg(
            `${who} 已登记为 ${reg.id}（${reg.name}），这里的姓名是 "${b.name}"`,
            `${who} is registered as ${reg.id} (${reg.name}), but named "${b.name}" here`,
          ),
        });
      }
      seen.set(b.key, { row: r.row, buyer: b, phones: [...(b.phones ?? [])] });
    }
  }

  // 3. Person ids: registered ones reused, new ones allocated in row order.
  const pid = new Map<string, { id: string; isNew: boolean }>();
  const people: PersonRecord[] = [];
  let next = existing.nextPerson;
  let reused = 0;
  for (const [key, s] of seen) {
    const reg = existing.people.get(key);
    if (reg) {
      pid.set(key, { id: reg.id, isNew: false });
      reused++;
      continue;
    }
    const seq = existing.personSequence ?? { head: 'P', width: 6 };
    const id = `${seq.head}${String(next++).padStart(seq.width, '0')}`;
    pid.set(key, { id, isNew: true });
    const b = s.buyer;
    people.push({
      kind: 'person',
      id,
      name: b.name,
      ...(b.national_id ? { national_id: b.national_id } : {}),
      ...(b.gender ? { gender: b.gender } : {}),
      ...(s.phones.length ? { phones: s.phones } : {}),
      ...(b.company ? { company: b.company } : {}),
    });
  }

  // 4. Units: new ones created; registered ones skipped when identical, refused when not.
  const units: UnitRecord[] = [];
  const skipped: string[] = [];
  const owners: Plan['owners'] = new Map();
  for (const [id, list] of byUnit) {
    const f = list[0].unit;
    const own = list
      .filter((r) => r.buyer)
      .map((r) => ({ person: pid.get(r.buyer!.key)!.id, since: r.since ?? today }));
    owners.set(
      id,
      list
        .filter((r) => r.buyer)
        .map((r) => ({ person: pid.get(r.buyer!.key)!.id, buyer: r.buyer!, isNew: pid.get(r.buyer!.key)!.isNew })),
    );
    const cur = existing.unit(id);
    if (cur) {
      const d: string[] = UNIT_KEYS.filter((k) => f[k] !== undefined && f[k] !== cur[k]);
      const curOwners = (cur.owners ?? [])
        .map((o) => o.person)
        .sort()
        .join(',');
      const newOwners = own
        .map((o) => o.person)
        .sort()
        .join(',');
      const sinceDiffers = list.some((r) => r.since && !(cur.owners ?? []).some((o) => o.since === r.since));
      if (curOwners !== newOwners || sinceDiffers) d.push('owners');
      if (d.length === 0) {
        skipped.push(id);
        continue;
      }
      const show = (k: string) =>
        k === 'owners'
          ? `${curOwners || '-'} → ${newOwners || '-'}`
          : `${String((cur as unknown as Record<string, unknown>)[k] ?? '-')} → ${String(f[k as keyof UnitFields])}`;
      problems.push({
        row: list[0].row,
        col: colOf(d[0]),
        message: msg(
          `房屋 ${id} 已登记，且${d.map((k) => `${KEY_LABEL[k][0]}（${show(k)}）`).join('、')}不同；导入不会覆盖`,
          `unit ${id} is already registered with a different ${d.map((k) => `${KEY_LABEL[k][1]} (${show(k)})`).join(', ')}; an import never overwrites`,
        ),
      });
      continue;
    }
    units.push({
      kind: 'unit',
      id,
      building: f.building,
      entrance: f.entrance,
      ...(f.floor !== undefined ? { floor: f.floor } : {}),
      room: f.room,
      type: f.type,
      area: f.area,
      ...(f.usable_area ? { usable_area: f.usable_area } : {}),
      ...(f.layout ? { layout: f.layout } : {}),
      state: f.state ?? (own.length ? 'vacant' : 'unsold'),
      ...(own.length ? { owners: own } : {}),
      ...(f.fee_start ? { fee_start: f.fee_start } : {}),
      ...(f.notes ? { notes: f.notes } : {}),
    });
  }
  problems.sort((a, b) => a.row - b.row || (a.col ?? -1) - (b.col ?? -1));
  return { units, people, skipped, reused, problems, owners };
}
