// Warranty reports of a generated estate (spec 06; wuye demo generate): every unit's delivery date (the move-in
// completion, or the handover of an older building) on the registry, and the reports — the demo profile a handful on
// the demo estate (in warranty on building 3, just delivered: one closed, one past the developer's deadline, one
// failed at the check; out of warranty on the old buildings: paid repairs; the structure within its design life), the
// bench profile a year of them for the whole estate. Each with its desk entry, decided by the same rules as the
// command, taken step by step; written in `finish`, after the repair orders (whose numbers they follow).
// e.g. named in the warranty manifest: generators: [warrantyGenerator]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { WorkCalendar } from '../../core/calendar.js';
import { addDays, dateOf } from '../../core/dates.js';
import { CONFIG_DEFAULTS, type WarrantyComponent } from '../../core/enums.gen.js';
import { kindDef, relPath } from '../../core/kinds.js';
import { walkYaml } from '../../core/store.js';
import type { ConfigRecord, PersonRecord, RepairRecord, StaffRecord, UnitRecord } from '../../core/types.gen.js';
import type { GenContext, KindGenerator } from '../../kit/generate/context.js';
import { CallNumbers, callRecord, type Call, type CallInput } from '../hotline/api.js';
import { acceptedOf, cfg, decide, type Warranty, type WarrantyConf } from './rules.js';

/** Reports a unit a year on the bench estate. */
export const REPORTS_PER_UNIT_YEAR = 0.05;

const T = (day: string, hm: string) => `${day}T${hm}:00+08:00`;

const DEFECTS: [WarrantyComponent, string, number][] = [
  ['wet-room-waterproofing', '卫生间楼板渗水到楼下天花', 22],
  ['exterior-wall', '下雨后卧室外墙内侧墙面渗水', 14],
  ['roof-waterproofing', '顶层天花板雨后渗水', 6],
  ['plumbing', '厨房下水管接口渗漏', 16],
  ['electrical', '插座回路无电，线管内导线损坏', 12],
  ['decoration', '客厅地砖空鼓开裂', 14],
  ['equipment', '户内可视对讲主机故障', 8],
  ['heating-cooling', '中央空调出风不制冷', 4],
  ['structure', '阳台梁出现斜向裂缝', 4],
];

interface Draft {
  input: CallInput;
  component: WarrantyComponent;
  story: (s: ReportStory) => void;
}

/** One report told as the commands take it. */
class ReportStory {
  constructor(
    readonly w: Warranty,
    readonly cal: WorkCalendar,
  ) {}

  private step(at: string, by: string, action: string, state: Warranty['state'], ch: Partial<Warranty>, note?: string) {
    Object.assign(this.w, ch);
    this.w.state = state;
    this.w.log.push({ at, by, action, state, ...(note ? { note } : {}) });
  }

  route(at: string, by: StaffRecord, developer: string, workdays: number, contact?: string): this {
    const deadline = this.cal.addWorkdays(dateOf(at), workdays);
    this.step(at, by.id, 'route', 'routed', {
      routed: { at, by: by.id, to: 'developer', name: developer, ...(contact ? { contact } : {}), deadline },
    });
    return this;
  }

  visit(at: string, by: StaffRecord, who: string, note: string): this {
    this.w.visits = [...(this.w.visits ?? []), { at, by: by.id, who, note }];
    this.w.log.push({ at, by: by.id, action: 'visit' });
    return this;
  }

  complete(at: string, by: StaffRecord, work: string): this {
    const late = dateOf(at) > this.w.routed!.deadline;
    this.step(at, by.id, 'complete', 'completed', { completed: { at, by: by.id, work, ...(late ? { late } : {}) } });
    return this;
  }

  verify(at: string, by: StaffRecord, passed: boolean, signedBy?: string, note?: string): this {
    this.step(
      at,
      by.id,
      passed ? 'verify' : 'reject',
      passed ? 'verified' : 'routed',
      {
        verifications: [...(this.w.verifications ?? []), { at, by: by.id, passed, ...(note ? { note } : {}) }],
        ...(passed ? { signoff: { at, name: signedBy! } } : {}),
      },
      note,
    );
    return this;
  }

  callback(at: string, by: StaffRecord, satisfied: boolean): this {
    this.step(at, by.id, 'callback', 'closed', {
      callbacks: [...(this.w.callbacks ?? []), { at, by: by.id, how: 'phone', satisfied }],
    });
    return this;
  }
}

function readConfig(g: GenContext): ConfigRecord {
  return jsyaml.load(readFileSync(join(g.out.root, 'wuye.yaml'), 'utf8'), {
    schema: jsyaml.CORE_SCHEMA,
  }) as ConfigRecord;
}

export const warrantyGenerator: KindGenerator = {
  name: 'warranty',
  run() {
    // everything in finish: the move-in cases (the deliveries) are written in the move-in generator's finish
  },
  finish(g: GenContext) {
    const config = readConfig(g);
    const conf = cfg(config.warranty);
    // the delivery of each unit: its move-in completion, else the handover of an older building (once accepted)
    const moveins = new Map<string, string>();
    for (const rel of walkYaml(g.out.root, kindDef('movein').folder)) {
      const m = /^completed_on: (\d{4}-\d{2}-\d{2})$/m.exec(readFileSync(join(g.out.root, rel), 'utf8'));
      if (m) moveins.set(rel.slice(rel.lastIndexOf('/') + 1, -'.yaml'.length), m[1]);
    }
    const planned = new Map(g.estate.plans.map((p) => [p.code, p]));
    for (const u of g.estate.units) {
      const accepted = acceptedOf(conf, u.building);
      const plan = planned.get(u.building);
      const on = moveins.get(u.id) ?? (plan?.phase === 'old' && (u.owners ?? []).length ? u.fee_start : undefined);
      if (on && accepted && on >= accepted) u.delivered_on = on;
    }
    const drafts = g.opts.profile === 'demo' ? demoDrafts(g) : benchDrafts(g, conf);
    const prefixes = { ...CONFIG_DEFAULTS.prefixes, ...(config.prefixes ?? {}) } as Record<string, string>;
    const cal = new WorkCalendar();
    const units = new Map(g.estate.units.map((u) => [u.id, u]));
    const numbers = new CallNumbers(g.out.root, prefixes.hotline);
    // the paid repairs follow the repair orders already written
    const repairMax = new Map<string, number>();
    const nextRepair = (year: string) => {
      let n = repairMax.get(year);
      if (n === undefined) {
        n = 0;
        for (const rel of walkYaml(g.out.root, `${kindDef('repair').folder}/${year}`)) {
          const k = Number(rel.slice(rel.lastIndexOf('-') + 1, -'.yaml'.length));
          if (k > n) n = k;
        }
      }
      repairMax.set(year, n + 1);
      return `${prefixes.repair}${year}-${String(n + 1).padStart(4, '0')}`;
    };
    const perYear = new Map<string, number>();
    const sorted = drafts
      .map((d, i) => ({ d, i }))
      .sort((a, b) => Date.parse(a.d.input.at) - Date.parse(b.d.input.at) || a.i - b.i);
    for (const { d } of sorted) {
      const u = units.get(d.input.unit!)!;
      const year = d.input.at.slice(0, 4);
      const k = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, k);
      const id = `${prefixes.warranty}${year}-${String(k).padStart(4, '0')}`;
      const callId = numbers.next(dateOf(d.input.at));
      const call: Call = callRecord(callId, d.input, { outcome: 'case', case: { kind: 'warranty', id } });
      const decision = decide(d.component, acceptedOf(conf, u.building)!, u.delivered_on, dateOf(call.at), conf);
      const w: Warranty = {
        kind: 'warranty',
        id,
        hotline: call.id,
        reported_at: call.at,
        unit: u.id,
        ...(call.caller ? { reporter: call.caller } : {}),
        component: d.component,
        description: call.request,
        received_by: call.received_by,
        decision,
        state: 'reported',
        log: [{ at: call.at, by: call.received_by, action: 'open', state: 'reported' }],
      };
      if (decision.in_warranty) d.story(new ReportStory(w, cal));
      else {
        const rid = nextRepair(year);
        const r: RepairRecord = {
          kind: 'repair',
          id: rid,
          hotline: call.id,
          warranty: id,
          received_at: call.at,
          unit: u.id,
          ...(call.caller ? { requester: call.caller } : {}),
          description: call.request,
          urgency: 'minor',
          paid: true,
          received_by: call.received_by,
          state: 'received',
          log: [{ at: call.at, by: call.received_by, action: 'open', state: 'received' }],
        };
        w.repair = rid;
        w.state = 'converted';
        w.log.push({
          at: call.at,
          by: call.received_by,
          action: 'convert',
          state: 'converted',
          note: `已过保修期，转有偿维修 ${rid}`,
        });
        g.out.record(relPath('repair', rid), r as unknown as Record<string, unknown>);
      }
      g.out.record(relPath('hotline', call.id), call as unknown as Record<string, unknown>);
      g.out.record(relPath('warranty', id), w as unknown as Record<string, unknown>);
    }
  },
};

function whoOf(g: GenContext) {
  const people = new Map<string, PersonRecord>(g.estate.people.map((p) => [p.id, p]));
  return (u: UnitRecord) => {
    const person = u.owners![0].person;
    const p = people.get(person);
    return { person, name: p?.name ?? '业主', phone: p?.phones?.[0] };
  };
}

const input = (at: string, u: UnitRecord, w: { person: string; phone?: string }, request: string, by: StaffRecord) =>
  ({
    at,
    channel: 'phone',
    type: 'repair',
    caller: { person: w.person, ...(w.phone ? { phone: w.phone } : {}) },
    unit: u.id,
    request,
    received_by: by.id,
  }) as CallInput;

/** The demo estate's reports (today Saturday 2026-11-28; building 3 delivered from 2026-11-16). */
function demoDrafts(g: GenContext): Draft[] {
  const staff = (id: string): StaffRecord => {
    const s = g.estate.staff.find((x) => x.id === id);
    if (!s) throw new Error(`warranty demo: no staff ${id}`);
    return s;
  };
  const [manager, desk3, desk4] = ['S002', 'S003', 'S004'].map(staff);
  const dev = g.estate.center.developer + '工程部';
  const who = whoOf(g);
  const lived = (b: string) =>
    g.estate.units.filter(
      (u) => u.building === b && u.type === 'residential' && u.delivered_on && (u.owners ?? []).length,
    );
  const b3 = lived('3').filter((u) => u.delivered_on! <= '2026-11-17');
  const [b1, b2] = [lived('1'), lived('2')];
  const drafts: Draft[] = [];
  const add = (at: string, u: UnitRecord, c: WarrantyComponent, what: string, by: StaffRecord, story: Draft['story']) =>
    drafts.push({ input: input(at, u, who(u), what, by), component: c, story });
  // in warranty, closed: routed, visited, completed, checked and confirmed, visited back
  add(T('2026-11-17', '10:20'), b3[0], 'electrical', '卧室插座回路无电', desk3, (s) =>
    s
      .route(T('2026-11-17', '11:00'), desk3, dev, 5, '张工')
      .visit(T('2026-11-18', '09:30'), desk3, '开发企业工程部 张工', '查明线管内导线被钉破，约定更换')
      .complete(T('2026-11-20', '16:00'), desk3, '更换该回路导线，绝缘测试合格')
      .verify(T('2026-11-21', '10:00'), desk4, true, who(b3[0]).name, '通电试验正常')
      .callback(T('2026-11-24', '15:00'), desk4, true),
  );
  // in warranty, the developer past the agreed deadline: escalated to the cs-manager
  add(T('2026-11-18', '09:05'), b3[1 % b3.length], 'wet-room-waterproofing', DEFECTS[0][1], desk4, (s) =>
    s
      .route(T('2026-11-18', '09:40'), desk4, dev, 5, '李工')
      .visit(T('2026-11-19', '14:00'), desk4, '开发企业工程部 李工', '闭水试验确认卫生间防水层破损，须重做防水'),
  );
  // in warranty, failed at the check and back with the developer
  add(T('2026-11-19', '15:30'), b3[2 % b3.length], 'plumbing', DEFECTS[3][1], desk3, (s) =>
    s
      .route(T('2026-11-19', '16:00'), desk3, dev, 5)
      .complete(T('2026-11-24', '11:00'), desk3, '更换下水管接口密封圈')
      .verify(T('2026-11-25', '10:30'), manager, false, undefined, '试水后接口仍有渗漏'),
  );
  // out of warranty on the old buildings: the exterior wall (5 years from 2017) and decoration (2 years)
  add(T('2026-11-20', '10:10'), b1[3 % b1.length], 'exterior-wall', DEFECTS[1][1], desk4, () => {});
  add(T('2026-11-23', '14:45'), b2[5 % b2.length], 'decoration', DEFECTS[5][1], desk3, () => {});
  // the structure within its design life, reported yesterday: to be answered by Tuesday
  add(T('2026-11-27', '16:30'), b2[2 % b2.length], 'structure', DEFECTS[8][1], desk4, () => {});
  return drafts;
}

/** A year of reports for the bench estate, told as far as they have gone by today. */
function benchDrafts(g: GenContext, conf: WarrantyConf): Draft[] {
  const rng = g.rng.fork('bench');
  const who = whoOf(g);
  const asOf = g.opts.asOf;
  const cal = new WorkCalendar();
  const dev = g.estate.center.developer + '工程部';
  const units = g.estate.units.filter((u) => u.delivered_on && (u.owners ?? []).length && u.type !== 'parking');
  const desk = (day: string) =>
    g.estate.staff.filter(
      (s) =>
        (s.roles as string[]).includes('cs-assistant') &&
        (!s.active_from || s.active_from <= day) &&
        (!s.active_to || s.active_to >= addDays(day, 60)),
    );
  const drafts: Draft[] = [];
  const perDay = (units.length * REPORTS_PER_UNIT_YEAR) / 365;
  const past = (t: string) => Date.parse(t) < Date.parse(T(asOf, '00:00'));
  let carry = 0;
  for (let day = addDays(asOf, -365); day < asOf; day = addDays(day, 1)) {
    carry += perDay;
    const n = Math.floor(carry + rng.next() - 0.5);
    carry -= n;
    const staff = desk(day);
    if (!staff.length) continue;
    for (let i = 0; i < n; i++) {
      const u = rng.pick(units);
      if (u.delivered_on! > day || (u.owners![0].since ?? '') > day) continue;
      const [component, what] = rng.weighted(DEFECTS.map(([c, w, k]) => [[c, w] as const, k] as const));
      const by = rng.pick(staff);
      const at = T(day, `${String(rng.int(8, 17)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`);
      const days = rng.int(3, 12);
      const pass = rng.chance(0.92);
      drafts.push({
        input: input(at, u, who(u), what, by),
        component,
        story: (s) => {
          let routed = T(cal.addWorkdays(day, rng.int(0, 1)), '11:00');
          if (Date.parse(routed) <= Date.parse(at)) routed = T(cal.addWorkdays(day, 1), '11:00');
          if (!past(routed)) return;
          s.route(routed, by, dev, conf.developer_workdays);
          const done = T(cal.addWorkdays(dateOf(routed), days), '16:00');
          if (!past(done)) return;
          s.complete(done, by, '已按保修责任整改完毕');
          const check = T(cal.addWorkdays(dateOf(done), 1), '10:00');
          if (!past(check)) return;
          s.verify(check, by, pass, pass ? who(u).name : undefined, pass ? undefined : '仍有问题，退回整改');
          if (!pass) return;
          const visit = T(cal.addWorkdays(dateOf(check), 2), '15:00');
          if (past(visit)) s.callback(visit, by, rng.chance(0.95));
        },
      });
    }
  }
  return drafts;
}
