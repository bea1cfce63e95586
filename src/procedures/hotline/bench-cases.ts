// The desk of a benchmark estate (quality.md "The benchmark estate": ~20,000 hotline entries and ~3,000
// complaints over three years for 5,000 units — 1.33 entries and 0.2 complaints a unit a year), drawn from
// the seed over the history window: everyday calls answered or handed over, and complaints told as far as
// their story has gone by the estate's today — most answered within 2 working days and closed after a
// return visit, some late, a few not valid and referred on, a few major, a few visited unsatisfied and
// handled again, the recent ones still open.
// e.g. benchDesk(env, g) → Desk
import { addDays, daysBetween } from '../../core/dates.js';
import type { ComplaintCategory, Department } from '../../core/enums.gen.js';
import type { PersonRecord, StaffRecord } from '../../core/types.gen.js';
import type { GenContext } from '../../kit/generate/context.js';
import type { Rng } from '../../kit/generate/rng.js';
import type { ComplaintBuild } from '../complaint/api.js';
import { everydayCall, receiver, timeOfDay, type Caller, type Staffing } from './calls-generator.js';
import { after, before, Desk, T, type DeskEnv } from './desk-generator.js';

/** Desk entries and complaints a unit a year (quality.md: 20,000 and 3,000 over 3 years for 5,000 units). */
export const CALLS_PER_UNIT_YEAR = 20000 / 3 / 5000;
export const COMPLAINTS_PER_UNIT_YEAR = 3000 / 3 / 5000;

const CATEGORIES: [ComplaintCategory, number, string[], Department][] = [
  ['repairs', 18, ['报修后两天没人上门', '维修后问题依旧', '维修收费不合理'], 'engineering'],
  ['noise', 12, ['楼下商铺夜间噪音', '邻居家狗半夜叫', '楼上夜间拖拽家具'], 'security'],
  ['renovation-nuisance', 10, ['装修中午还在施工', '装修垃圾堆在楼道', '周末早上七点就开始电钻'], 'security'],
  ['cleaning', 10, ['楼道几天没拖', '垃圾桶满溢', '电梯轿厢有异味'], 'environment'],
  ['parking', 10, ['车位被占', '车库照明不足', '访客车辆乱停堵住通道'], 'security'],
  ['security', 7, ['单元门禁坏了外人随便进', '夜间巡逻看不到人', '电动车在楼道充电'], 'security'],
  ['facilities', 9, ['电梯经常故障', '单元门闭门器坏了', '健身器材损坏'], 'engineering'],
  ['service-attitude', 7, ['前台接电话态度冷淡', '保安说话不礼貌', '收费员态度差'], 'customer-service'],
  ['fees', 6, ['公摊水电费太高', '物业费账单有误', '停车费涨价没有公示'], 'finance'],
  ['landscaping', 5, ['草坪被踩秃', '树枝挡住窗户', '绿化打药没提前通知'], 'environment'],
  ['neighbours', 4, ['邻居占用楼道堆放杂物', '楼上空调滴水到我家阳台'], 'customer-service'],
  ['other', 2, ['小区广告太多'], 'customer-service'],
];
const INVALID: [string, string][] = [
  ['市政停电，不属服务中心职责', '国网长沙供电公司（95598）'],
  ['燃气管道入户后问题，不属服务中心职责', '新奥燃气长沙公司'],
  ['有线电视信号问题，不属服务中心职责', '湖南有线长沙网络'],
  ['房屋质量问题在保修期内，由开发企业负责', '开发企业工程部'],
];

const active = (s: StaffRecord, day: string) =>
  (!s.active_from || s.active_from <= day) && (!s.active_to || s.active_to >= day);
const has = (s: StaffRecord, r: string) => (s.roles as string[]).includes(r);

export function benchDesk(env: DeskEnv, g: GenContext): Desk {
  const { estate } = g;
  const rng = g.rng.fork('bench');
  const people = new Map<string, PersonRecord>(estate.people.map((p) => [p.id, p]));
  const lived = estate.units.filter(
    (u) => u.type !== 'parking' && (u.state === 'occupied' || u.state === 'let') && (u.owners ?? []).length,
  );
  const d = new Desk(env);
  const n = estate.units.length;
  const perDay = (n * CALLS_PER_UNIT_YEAR) / 365;
  const complaintShare = COMPLAINTS_PER_UNIT_YEAR / CALLS_PER_UNIT_YEAR;
  const staffing = new Map<string, Staffing & { managers: StaffRecord[]; directors: StaffRecord[] }>();
  const staffOn = (day: string) => {
    const key = day.slice(0, 7);
    let s = staffing.get(key);
    if (!s) {
      const on = estate.staff.filter((x) => active(x, `${key}-28`) && active(x, `${key}-01`));
      const of = (r: string) => on.filter((x) => has(x, r));
      s = {
        desk: of('cs-assistant'),
        engineers: of('engineer'),
        security: of('security'),
        managers: of('cs-manager'),
        directors: of('director'),
      };
      staffing.set(key, s);
    }
    return s;
  };
  const callerOn = (day: string): Caller => {
    for (let i = 0; i < 8; i++) {
      const u = rng.pick(lived);
      const o = u.owners![0];
      if (o.since <= day) return { unit: u, person: o.person, phone: people.get(o.person)?.phones?.[0] };
    }
    const u = lived[0];
    return { unit: u, person: u.owners![0].person };
  };
  let carry = 0;
  for (let day = estate.history.from; day < env.asOf; day = addDays(day, 1)) {
    carry += perDay;
    const calls = Math.floor(carry + rng.next() - 0.5);
    carry -= calls;
    const s = staffOn(day);
    for (let i = 0; i < calls; i++) {
      if (rng.chance(complaintShare)) benchComplaint(env, rng, d, day, s, callerOn(day));
      else d.add(everydayCall(rng, day, s, () => callerOn(day)));
    }
  }
  return d;
}

function benchComplaint(
  env: DeskEnv,
  rng: Rng,
  d: Desk,
  day: string,
  s: Staffing & { managers: StaffRecord[]; directors: StaffRecord[] },
  who: Caller,
): void {
  const time = timeOfDay(rng);
  const at = T(day, time);
  const by = receiver(rng, s, time);
  const [category, , requests, dept] = rng.weighted(CATEGORIES.map((c) => [c, c[1]] as const));
  const valid = !rng.chance(0.08);
  const [reason, referredTo] = rng.pick(INVALID);
  const major = valid && rng.chance(0.02);
  const desk = () => rng.pick(s.desk.length ? s.desk : s.managers);
  const manager = s.managers[0] ?? desk();
  const handler = (): StaffRecord | undefined =>
    dept === 'engineering' ? rng.pick(s.engineers) : dept === 'security' ? rng.pick(s.security) : undefined;
  const hm = () => `${String(rng.int(8, 17)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  d.add({
    input: {
      at,
      channel: rng.weighted([
        ['phone', 70],
        ['visit', 20],
        ['online', 8],
        ['letter', 2],
      ] as const),
      type: 'complaint',
      caller: { person: who.person, ...(who.phone ? { phone: who.phone } : {}) },
      unit: who.unit.id,
      request: rng.pick(requests),
      received_by: by.id,
    },
    complaint: {
      intake: valid
        ? { category, severity: major ? 'major' : 'normal', valid }
        : { category, severity: 'normal', valid, reason, referredTo },
      by,
      story: (b: ComplaintBuild) => {
        let cur = at;
        // a recent complaint now and then stalls where it is (the overdue ones of `complaint list --overdue`)
        const stall = daysBetween(day, env.asOf) <= 20 && rng.chance(0.15) ? rng.int(0, 3) : -1;
        let steps = 0;
        /** The next step's time: `workdays` after the last step (or after `from`), at a working hour, if still in the past. */
        const next = (workdays: number, from = cur): string | undefined => {
          if (steps++ === stall) return undefined;
          const t = after(env, from, workdays, hm());
          if (!before(env, t)) return undefined;
          cur = Date.parse(t) < Date.parse(cur) ? after(env, cur, 0, hm()) : t;
          return cur;
        };
        if (major) {
          const t = next(rng.chance(0.9) ? 0 : 2);
          if (!t) return;
          b.escalate(t, manager, '服务中心主任', '已电话报告');
        }
        const h = handler();
        if (valid) {
          const t = next(rng.chance(0.6) ? 0 : 1);
          if (!t) return;
          b.assign(t, manager, h ? { to: h } : { department: dept });
        }
        const late = rng.chance(0.05);
        const fb = next(
          late
            ? rng.int(3, 4)
            : rng.weighted([
                [0, 4],
                [1, 4],
                [2, 1.4],
              ] as const),
        );
        if (!fb) return;
        b.feedback(
          fb,
          desk(),
          valid ? '已安排处理，处理结果将再次告知' : `不属服务中心职责，已告知向${referredTo}反映`,
        );
        const rs = next(rng.int(0, 3));
        if (!rs) return;
        b.resolve(rs, h ?? desk(), valid ? '已处理完毕' : '已转介并告知业主');
        if (!valid) {
          const c = next(1);
          if (c) b.close(c, desk());
          return;
        }
        if (rng.chance(0.04)) {
          const v = next(rng.int(1, 3));
          if (!v) return;
          b.callback(v, desk(), false, '问题仍未解决');
          const a = next(0);
          if (!a) return;
          b.assign(
            a,
            manager,
            h ? { to: h, note: '回访不满意，重新处理' } : { department: dept, note: '回访不满意，重新处理' },
          );
          const r2 = next(rng.int(1, 3));
          if (!r2) return;
          b.resolve(r2, h ?? desk(), '重新处理完毕');
        }
        const v = next(rng.int(1, 3));
        if (!v) return;
        const ok = rng.chance(0.97);
        b.callback(v, desk(), ok, ok ? undefined : '一般');
        if (!ok && !has(manager, 'cs-manager')) return;
        const c = next(0);
        if (c) b.close(c, ok ? desk() : manager);
      },
    },
  });
}
