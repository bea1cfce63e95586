// The renovation cases of a benchmark estate (quality.md "The benchmark estate": ~1,500 renovations
// over three years for 5,000 units — 0.1 a unit a year), drawn from the seed: a unit renovates at
// most once, some time after its owner has it (a tenant now and then, with the owner's consent);
// each case goes as far as its story has gone by the estate's today (manual 四.3: reviews mostly in
// time, a few returned or late, daily inspections with gaps, violations, suspensions, refunds).
// e.g. benchCases(env, g) → ZX2024-0001 …, in the order of their applications, per year
import { addDays, dateOf } from '../../core/dates.js';
import { formatMoney } from '../../core/money.js';
import type { StaffRecord, UnitRecord } from '../../core/types.gen.js';
import type { GenContext } from '../../kit/generate/context.js';
import { birthDate, chineseName, creditCode, mobile, nationalId } from '../../kit/generate/people.js';
import type { Rng } from '../../kit/generate/rng.js';
import { CERTIFIED_TRADES, extinguishersRequired, requiredDrawings, type Case } from './rules.js';
import { apply, T, workdays, type Contractor, type Env, type Worker } from './story.js';
import type { Violation } from './violations.js';

const SCOPES: Case['scope'][number][] = [
  'walls',
  'floors',
  'ceilings',
  'water-electric',
  'kitchen',
  'bathroom-waterproofing',
  'air-conditioning',
  'windows-balcony',
  'doors',
];
const BRANDS = ['匠心', '美居', '湘城', '华丽', '家和', '星艺', '名匠', '鸿扬', '恒美', '筑梦', '雅居', '楚韵'];
const KINDS = ['装饰工程', '装饰设计', '建筑装饰', '家居装饰'];
const TRADES: [Worker['trade'], number][] = [
  ['electrician', 2],
  ['plumber', 2],
  ['mason', 2],
  ['carpenter', 2],
  ['painter', 2],
  ['tiler', 2],
  ['labourer', 3],
  ['welder', 0.5],
];
const CONDITIONS = [
  '卫生间防水完成后做48小时闭水试验，经工程部检查后方可铺砖',
  '强电改造须由持证电工施工并预留检修口',
  '不得拆改承重墙体及外立面',
  '空调外机须安装在预留机位',
  '不得封闭公共管道井',
];
const REJECTIONS = [
  '图纸未注明拟拆除墙体是否为承重墙，请补充后重新申请',
  '电气图未标明负荷，请补充后重新申请',
  '拟改动卫生间位置，影响楼下住户，请修改方案',
];
/** Working days the engineering review takes (3 is late: the manual allows 2), with their weights. */
const REVIEW_DAYS = [
  [0, 2],
  [1, 5],
  [2, 3],
  [3, 0.3],
] as const;
/** Working days the director takes (2 is late: the manual allows 1). */
const DECISION_DAYS = [
  [0, 3],
  [1, 6],
  [2, 0.3],
] as const;
/** Violations found on one site during its works. */
const VIOLATION_COUNT = [
  [0, 7],
  [1, 2.5],
  [2, 0.5],
] as const;
const VIOLATIONS: [Violation['kind'], string, number][] = [
  ['debris', '装修垃圾堆放在楼道，未按时清运', 4],
  ['corridor-doors-open', '施工时入户门敞开，粉尘进入公共走道', 3],
  ['balcony-storage', '阳台堆放油漆等易燃物', 2],
  ['loose-wiring', '临时电线拖地，未使用漏电保护插座', 2],
  ['hours', '午休时间使用电锤施工，邻居投诉', 3],
  ['beyond-scope', '擅自拆改审批范围外的墙体', 1],
  ['open-flame', '现场动火作业未设看火人', 1],
];

interface Staffing {
  director: StaffRecord[];
  desk: StaffRecord[];
  cashier: StaffRecord[];
  engineer: StaffRecord[];
  security: StaffRecord[];
}

/** The contractors working on the estate: decoration companies of Changsha, each with its licence and site manager. */
function contractors(rng: Rng, n: number): Contractor[] {
  const used = new Set<string>();
  const out: Contractor[] = [];
  while (out.length < n) {
    const company = `${rng.pick(['长沙', '湖南', '长沙市'])}${rng.pick(BRANDS)}${rng.pick(KINDS)}有限公司`;
    if (used.has(company)) continue;
    used.add(company);
    out.push({ company, licence: creditCode(rng), manager: chineseName(rng, 'male').name, phone: mobile(rng) });
  }
  return out;
}

const tenMinutesAfter = (at: string) => {
  const m = Number(at.slice(11, 13)) * 60 + Number(at.slice(14, 16)) + 10;
  return m >= 24 * 60
    ? at
    : T(at.slice(0, 10), `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
};

const hm = (rng: Rng, from: number, to: number) => {
  const m = rng.int(from * 6, to * 6 - 1) * 10;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** The story of one benchmark case, as far as it has gone before `asOf`. */
function benchCase(
  env: Env,
  rng: Rng,
  x: { id: string; unit: UnitRecord; person: string; tenant: boolean; day: string; asOf: string },
  s: Staffing,
  contractor: Contractor,
  receipt: () => string,
): Case {
  const { cal, conf } = env;
  // staff in post on the day of the step (validate refuses a log entry by someone who had left)
  let today = x.day;
  const inPost = (s: StaffRecord) => !(s.active_from && s.active_from > today) && !(s.active_to && s.active_to < today);
  const pick = (xs: StaffRecord[]) => {
    const on = xs.filter(inPost);
    return rng.pick(on.length ? on : xs);
  };
  /** The same person as before while still in post, else another of the role. */
  const stay = (who: StaffRecord, xs: StaffRecord[]) => (inPost(who) ? who : pick(xs));
  const special = x.unit.type === 'shop' || x.unit.type === 'office';
  const needed = requiredDrawings(special);
  const complete = rng.chance(0.9);
  const drawings = complete ? needed : needed.filter((_, i) => i === 0 || rng.chance(0.5));
  if (!complete && drawings.length === needed.length) drawings.pop(); // at least one missing
  const picked = SCOPES.filter(() => rng.chance(0.4));
  const scope: Case['scope'] = special
    ? ['shopfront', 'walls', 'floors', 'water-electric']
    : picked.length
      ? (picked as Case['scope'])
      : ['walls', 'floors'];
  const start = addDays(x.day, rng.int(7, 20));
  const workdaysLong = special ? rng.int(25, 45) : rng.int(20, 55);
  const b = apply(
    env,
    {
      id: x.id,
      unit: x.unit,
      person: x.person,
      tenant: x.tenant,
      ...(rng.chance(0.6) ? { phone: mobile(rng) } : {}),
      contractor,
      scope,
      start,
      end: addDays(cal.addWorkdays(start, workdaysLong), rng.int(3, 14)),
      drawings,
      debris: rng.chance(0.3),
    },
    T(x.day, hm(rng, 9, 17)),
    pick(s.desk),
  );
  let last = b.c.log.at(-1)!.at;
  /** The time of the next step: on `day` (or the next working day) between from and to o'clock, never
   *  before the last step; undefined from the estate's today on — the story stops there. */
  const when = (day: string, from = 9, to = 17): string | undefined => {
    let d = cal.isWorkday(day) ? day : cal.addWorkdays(day, 1);
    if (d < dateOf(last)) d = dateOf(last);
    let at = T(d, hm(rng, from, to));
    if (at <= last) at = tenMinutesAfter(last);
    if (dateOf(at) >= x.asOf) return undefined;
    today = dateOf(at);
    return (last = at);
  };
  const later = (workdays: number) => cal.addWorkdays(dateOf(last), workdays);

  if (!complete) {
    if (rng.chance(0.2)) {
      const at = when(addDays(dateOf(last), rng.int(3, 10)));
      if (at) b.plain(at, pick(s.desk), 'withdraw', '业主决定暂缓装修');
      return b.c;
    }
    const at = when(addDays(dateOf(last), rng.int(1, 5)));
    if (!at) return b.c;
    b.submit(at, pick(s.desk), needed);
  }
  // Engineering review: mostly within its 2 working days, a few late; some returned, revised and reviewed again.
  for (let round = 0; ; round++) {
    const at = when(later(rng.weighted(REVIEW_DAYS)), 9, 18);
    if (!at) return b.c;
    const reject = round === 0 && rng.chance(0.08);
    b.review(
      at,
      pick(s.engineer),
      !reject,
      reject ? { reasons: rng.pick(REJECTIONS) } : rng.chance(0.5) ? { conditions: rng.pick(CONDITIONS) } : {},
    );
    if (!reject) {
      const dat = when(later(rng.weighted(DECISION_DAYS)), 9, 18);
      if (!dat) return b.c;
      if (round === 0 && rng.chance(0.03)) {
        b.decide(dat, pick(s.director), false, '请工程部复核阳台改动');
        continue;
      }
      b.decide(dat, pick(s.director), true);
      break;
    }
    if (rng.chance(0.2)) {
      const wat = when(addDays(dateOf(last), rng.int(2, 10)));
      if (wat) b.plain(wat, pick(s.desk), 'withdraw', '申请人放弃装修');
      return b.c;
    }
    const rat = when(addDays(dateOf(last), rng.int(2, 7)));
    if (!rat) return b.c;
    b.revise(rat, pick(s.desk), { scopeNotes: '已按审核意见修改方案' });
  }
  if (rng.chance(0.02)) {
    const at = when(addDays(dateOf(last), rng.int(2, 10)));
    if (at) b.plain(at, pick(s.desk), 'withdraw', '业主决定暂缓装修');
    return b.c;
  }
  // Agreement, workers, money and the permit, usually on one visit.
  const desk = pick(s.desk);
  let at = when(addDays(dateOf(last), rng.int(0, 3)));
  if (!at) return b.c;
  b.sign(at, stay(desk, s.desk), '业主本人', contractor.manager);
  const n = rng.int(1, 4);
  for (let i = 0; i < n; i++) {
    at = when(dateOf(last), 9, 17);
    if (!at) return b.c;
    const trade = i === 0 && rng.chance(0.7) ? 'electrician' : rng.weighted(TRADES);
    const gender = rng.chance(0.9) ? 'male' : 'female';
    const birth = birthDate(rng, { minAge: 22, maxAge: 58, asOf: x.day });
    const id = nationalId(rng, birth, gender);
    b.addWorker(at, stay(desk, s.desk), {
      name: chineseName(rng, gender).name,
      national_id: id,
      ...(rng.chance(0.5) ? { phone: mobile(rng) } : {}),
      trade,
      ...(CERTIFIED_TRADES.includes(trade) ? { certificate: `T${id}` } : {}),
    });
  }
  at = when(dateOf(last));
  if (!at) return b.c;
  b.pay(at, pick(s.cashier), receipt());
  at = when(dateOf(last));
  if (!at) return b.c;
  b.permit(at, stay(desk, s.desk));
  at = when(start > dateOf(last) ? start : addDays(dateOf(last), 1), 8, 9);
  if (!at) return b.c;
  b.start(at, pick([...s.security, ...s.desk]));

  // The works: an inspection most working days; now and then a violation, its rectification, a suspension.
  const begun = dateOf(last);
  let finish = cal.addWorkdays(begun, workdaysLong);
  const days = workdays(cal, begun, addDays(finish, -1));
  const planned = new Set<string>();
  for (let k = rng.weighted(VIOLATION_COUNT); k > 0; k--)
    planned.add(days[rng.int(1, Math.max(1, days.length - 2))] ?? begun);
  const required = extinguishersRequired(x.unit.area, conf.extinguisher_area);
  const rectifyOn = new Map<string, string[]>();
  let resumeOn: string | undefined;
  const inspector = pick(s.engineer);
  for (let d = begun; d < finish; d = addDays(d, 1)) {
    if (d >= x.asOf) return b.c;
    if (d === resumeOn) {
      b.plain(when(d, 8, 9)!, pick(s.engineer), 'resume', '整改完成，同意复工');
      resumeOn = undefined;
    }
    if (cal.isWorkday(d) && rng.chance(b.state === 'suspended' ? 0.5 : 0.96)) {
      const counted = d === begun || rng.chance(0.15);
      const short = counted && rng.chance(0.02);
      b.inspect(
        when(d, 9, 12)!,
        rng.chance(0.8) ? stay(inspector, s.engineer) : pick([...s.engineer, ...s.security]),
        short ? '现场灭火器数量不足' : '现场正常，按规定施工',
        {
          ...(counted ? { extinguishers: short ? required - 1 : required } : {}),
          ...(counted && rng.chance(0.5) ? { posted: true } : {}),
        },
      );
      if (short) {
        const due = cal.addWorkdays(d, conf.correct_workdays);
        rectifyOn.set(due, [...(rectifyOn.get(due) ?? []), b.c.violations!.at(-1)!.notice]);
      }
    }
    if (planned.has(d) && b.state === 'in-progress') {
      const [kind, what] = rng.weighted(VIOLATIONS.map(([k, w, p]) => [[k, w] as const, p] as const));
      const action =
        kind === 'open-flame' || kind === 'beyond-scope' ? 'suspend' : rng.chance(0.2) ? 'deduct' : 'rectify';
      const v = b.violation(when(d, 14, 17)!, pick([...s.engineer, ...s.security]), {
        kind,
        what,
        action,
        ...(kind === 'hours' ? { seen: T(d, '12:40') } : {}),
        ...(action === 'deduct' ? { deduction: formatMoney(rng.int(1, 5) * 10000) } : {}),
      });
      const fixed = cal.addWorkdays(d, rng.int(1, conf.rectify_days));
      rectifyOn.set(fixed, [...(rectifyOn.get(fixed) ?? []), v.notice]);
      if (action === 'suspend') {
        resumeOn = cal.addWorkdays(fixed, 1);
        if (finish <= resumeOn) finish = cal.addWorkdays(resumeOn, 3);
      }
    }
    for (const notice of rectifyOn.get(d) ?? [])
      b.rectify(when(d, 17, 18)!, pick([...s.engineer, ...s.security]), notice);
  }
  // Completion, acceptance (now and then failed first), the refund approved and paid, the case closed.
  at = when(finish, 16, 18);
  if (!at) return b.c;
  for (const v of b.c.violations ?? []) if (!v.rectified) b.rectify(at, pick(s.engineer), v.notice);
  b.complete(at, pick(s.desk));
  if (rng.chance(0.05)) {
    at = when(later(rng.int(1, 3)));
    if (!at) return b.c;
    b.accept(at, pick(s.engineer), false, [{ item: '卫生间闭水试验', ok: false, note: '楼下天花渗水' }]);
  }
  at = when(later(rng.int(1, 3)));
  if (!at) return b.c;
  b.accept(at, pick(s.engineer), true);
  at = when(later(rng.int(1, 5)));
  if (!at) return b.c;
  b.refundApprove(
    at,
    pick(s.director),
    rng.chance(0.1) ? [{ reason: '公共部位损坏修补', amount: formatMoney(rng.int(1, 3) * 10000) }] : [],
  );
  at = when(later(rng.int(0, 2)));
  if (!at) return b.c;
  b.refundPay(at, pick(s.cashier), `TK${dateOf(at).replace(/-/g, '')}-${String(rng.int(1, 20)).padStart(2, '0')}`);
  at = when(dateOf(last));
  if (!at) return b.c;
  b.plain(at, pick(s.desk), 'close');
  return b.c;
}

export function benchCases(env: Env, g: GenContext): Case[] {
  const { rng, estate, opts } = g;
  const asOf = opts.asOf;
  const role = (r: string) => estate.staff.filter((x) => (x.roles as string[]).includes(r));
  const s: Staffing = {
    director: role('director'),
    desk: [...role('cs-manager'), ...role('cs-assistant')],
    cashier: role('cashier'),
    engineer: role('engineer'),
    security: role('security'),
  };
  const movein = new Map(estate.plans.filter((p) => p.phase === 'movein').map((p) => [p.code, p.handover]));
  // A unit renovates at most once in the window, some time after its owner has it.
  const candidates: { unit: UnitRecord; person: string; tenant: boolean; day: string }[] = [];
  for (const u of estate.units) {
    if (u.type !== 'residential' && u.type !== 'shop' && u.type !== 'office') continue;
    const owner = u.owners?.[0];
    if (!owner) continue;
    const handover = movein.get(u.building);
    if (handover && u.state !== 'handed-over') continue;
    const from = [estate.history.from, addDays(owner.since, 30), handover ? addDays(handover, 3) : ''].sort().at(-1)!;
    const to = addDays(asOf, -1);
    if (from > to) continue;
    let day = rng.date(from, to);
    while (!env.cal.isWorkday(day)) day = addDays(day, -1); // the service desk takes applications on working days
    if (day < from) continue;
    const lease = (u.tenants ?? []).find((t) => t.consent && t.from <= day && (!t.to || t.to >= day));
    const tenant = !!lease && rng.chance(0.3);
    candidates.push({ unit: u, person: tenant ? lease!.person : owner.person, tenant, day });
  }
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
  }
  const n = Math.round(estate.units.length * 0.1 * opts.years);
  const chosen = candidates
    .slice(0, n)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.unit.id < b.unit.id ? -1 : 1));
  const pool = contractors(rng, 24);
  const seq = new Map<string, number>();
  let receipts = 800000;
  return chosen.map((x) => {
    const year = x.day.slice(0, 4);
    const k = (seq.get(year) ?? 0) + 1;
    seq.set(year, k);
    const id = `ZX${year}-${String(k).padStart(4, '0')}`;
    return benchCase(env, rng, { ...x, id, asOf }, s, rng.pick(pool), () => String(++receipts).padStart(7, '0'));
  });
}
