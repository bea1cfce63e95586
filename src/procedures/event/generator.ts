// Community events of a generated estate (spec 10-events.md; wuye demo generate). The demo profile writes the
// year plan HD2026 and its events as of 2026-11-28 — Q2 missed (its only event cancelled for rain), a safety talk
// held on 11-08 and not evaluated (overdue since 11-23), a New Year party announced — so `event report` shows
// each rule at work; the bench profile a plan and ~6 events a year (more on a large estate) over the history.
// e.g. wuye demo generate DIR (named in the manifest; runs after the registry)
import { addDays } from '../../core/dates.js';
import { relPath } from '../../core/kinds.js';
import { formatMoney } from '../../core/money.js';
import type { EventType } from '../../core/enums.gen.js';
import type { LogEntry } from '../../core/case.js';
import type { GenContext, KindGenerator } from '../../kit/generate/context.js';
import { planId, quarterOf, type Event, type Plan } from './rules.js';

const at = (date: string, time: string) => `${date}T${time}:00+08:00`;

interface Story {
  no?: number;
  title: string;
  type: EventType;
  date: string;
  time?: string;
  venue: string;
  budget: number;
  /** How far it got by the estate's "today". */
  upTo: 'planned' | 'announced' | 'held' | 'evaluated' | 'cancelled';
  count?: number;
  units?: number;
  cost?: number;
  satisfaction?: number;
  reason?: string;
  description?: string;
}

/** One event taken step by step as the commands take it (open, announce, held, evaluate or cancel). */
function eventOf(id: string, s: Story, staff: { manager: string; assistant: string }, units: string[]): Event {
  const log: LogEntry[] = [];
  const opened = addDays(s.date, -30);
  log.push({ at: at(opened, '09:30'), by: staff.assistant, action: 'open', state: 'planned' });
  const e: Event = {
    kind: 'event',
    id,
    ...(s.no ? { plan_item: s.no } : {}),
    title: s.title,
    type: s.type,
    date: s.date,
    ...(s.time ? { time: s.time } : {}),
    venue: s.venue,
    organiser: staff.assistant,
    budget: formatMoney(s.budget),
    ...(s.description ? { description: s.description } : {}),
    state: s.upTo,
    log,
  };
  if (s.upTo === 'cancelled') {
    e.cancel_reason = s.reason ?? '天气原因取消';
    log.push({
      at: at(addDays(s.date, -2), '10:00'),
      by: staff.manager,
      action: 'cancel',
      state: 'cancelled',
      note: e.cancel_reason,
    });
    return e;
  }
  if (s.upTo === 'planned') return e;
  const noticeOn = addDays(s.date, -10);
  e.notice = { date: noticeOn, places: ['小区公告栏', '各楼栋大堂'] };
  log.push({ at: at(noticeOn, '10:00'), by: staff.assistant, action: 'announce', state: 'announced' });
  if (s.upTo === 'announced') return e;
  const signed = units.slice(0, s.units ?? 0);
  e.participants = { count: s.count ?? 0, ...(signed.length ? { units: signed } : {}) };
  if (s.cost !== undefined) e.actual_cost = formatMoney(s.cost);
  log.push({ at: at(s.date, '18:00'), by: staff.assistant, action: 'held', state: 'held' });
  if (s.upTo === 'held') return e;
  const evalOn = addDays(s.date, 5);
  e.evaluation = {
    at: evalOn,
    by: staff.manager,
    ...(s.satisfaction !== undefined ? { satisfaction: s.satisfaction } : {}),
    feedback:
      s.type === 'owners-forum'
        ? '业主关注停车管理、电梯维保和绿化养护，意见已逐条登记'
        : '参加业主普遍反映活动内容丰富，希望多举办',
    went_well: '宣传到位，现场秩序良好，各部门配合顺畅',
    to_improve:
      s.type === 'owners-forum'
        ? '会前应提前收集问题，会后一周内书面答复'
        : '场地略显拥挤，下次应提前预约报名、控制人数',
  };
  log.push({ at: at(evalOn, '16:00'), by: staff.manager, action: 'evaluate', state: 'evaluated' });
  return e;
}

const DEMO_2026: Story[] = [
  {
    no: 1,
    title: '元宵节猜灯谜',
    type: 'festival',
    date: '2026-03-03',
    time: '18:30-20:30',
    venue: '会所广场',
    budget: 120000,
    upTo: 'evaluated',
    count: 136,
    units: 12,
    cost: 112850,
    satisfaction: 96,
    description: '元宵佳节，会所广场挂灯谜三百条，猜中者可领取小礼品一份；现场备有汤圆，欢迎全家参加。',
  },
  {
    no: 2,
    title: '第一季度业主恳谈会',
    type: 'owners-forum',
    date: '2026-03-21',
    time: '14:30-16:30',
    venue: '会所多功能厅',
    budget: 30000,
    upTo: 'evaluated',
    count: 42,
    units: 30,
    cost: 26000,
    satisfaction: 90,
    description: '服务中心向业主通报上年度服务情况及本年度工作计划，听取业主意见和建议。',
  },
  {
    no: 3,
    title: '端午包粽子',
    type: 'festival',
    date: '2026-06-19',
    time: '09:30-11:30',
    venue: '会所广场',
    budget: 150000,
    upTo: 'cancelled',
    reason: '暴雨红色预警，活动取消，改期未能落实',
  },
  {
    no: 4,
    title: '暑期亲子运动会',
    type: 'children',
    date: '2026-08-08',
    time: '08:30-11:00',
    venue: '小区中心花园',
    budget: 200000,
    upTo: 'evaluated',
    count: 158,
    units: 20,
    cost: 187640,
    satisfaction: 94,
    description: '亲子接力、三人两足、趣味投篮，欢迎小业主与家长报名组队参加。',
  },
  {
    no: 5,
    title: '第三季度业主恳谈会',
    type: 'owners-forum',
    date: '2026-09-19',
    time: '14:30-16:30',
    venue: '会所多功能厅',
    budget: 30000,
    upTo: 'evaluated',
    count: 37,
    units: 25,
    cost: 24500,
    satisfaction: 88,
    description: '通报上半年物业服务费收支情况及电梯更新计划，听取业主意见。',
  },
  {
    no: 6,
    title: '重阳节敬老茶话会',
    type: 'elderly',
    date: '2026-10-25',
    time: '15:00-17:00',
    venue: '会所茶室',
    budget: 80000,
    upTo: 'evaluated',
    count: 46,
    units: 18,
    cost: 76320,
    satisfaction: 98,
    description: '为小区六十岁以上长者奉茶祝寿，赠送重阳糕，义诊量血压。',
  },
  {
    no: 7,
    title: '冬季消防安全讲座',
    type: 'safety',
    date: '2026-11-08',
    time: '10:00-11:30',
    venue: '会所多功能厅',
    budget: 50000,
    upTo: 'held',
    count: 64,
    cost: 41200,
    description: '秩序维护部讲解家庭用火用电安全、灭火器使用，现场演示。',
  },
  {
    no: 8,
    title: '迎新年联欢会',
    type: 'festival',
    date: '2026-12-20',
    time: '18:30-21:00',
    venue: '会所多功能厅',
    budget: 250000,
    upTo: 'announced',
    description: '业主才艺表演、抽奖、茶点，欢迎各位业主报名表演节目。',
  },
];

function planOf(year: number, stories: Story[], made_by: string, venueOf = (s: Story) => s.venue): Plan {
  return {
    kind: 'event-plan',
    id: planId(year),
    year,
    made_by,
    made_at: `${year - 1}-12-15`,
    items: stories.map((s, i) => ({
      no: s.no ?? i + 1,
      quarter: quarterOf(s.date),
      month: Number(s.date.slice(5, 7)),
      theme: s.title,
      type: s.type,
      venue: venueOf(s),
      budget: formatMoney(s.budget),
    })),
  };
}

const BENCH: Omit<Story, 'date' | 'upTo'>[] = [
  { title: '新春联欢会', type: 'festival', venue: '会所多功能厅', budget: 200000 },
  { title: '上半年业主恳谈会', type: 'owners-forum', venue: '会所多功能厅', budget: 30000 },
  { title: '春季健步走', type: 'sports', venue: '小区中心花园', budget: 60000 },
  { title: '环保旧物交换', type: 'environmental', venue: '会所广场', budget: 40000 },
  { title: '暑期亲子运动会', type: 'children', venue: '小区中心花园', budget: 150000 },
  { title: '下半年业主恳谈会', type: 'owners-forum', venue: '会所多功能厅', budget: 30000 },
  { title: '重阳敬老活动', type: 'elderly', venue: '会所茶室', budget: 80000 },
  { title: '健康义诊', type: 'health', venue: '会所广场', budget: 50000 },
];
const BENCH_MONTHS = [2, 3, 5, 6, 8, 9, 10, 11];

export const eventGenerator: KindGenerator = {
  name: 'event',
  run(g: GenContext) {
    const role = (r: string) => g.estate.staff.find((s) => s.roles.includes(r as never) && !s.active_to)?.id ?? 'S001';
    const staff = { manager: role('cs-manager'), assistant: role('cs-assistant') };
    const homes = g.estate.units.filter((u) => u.type === 'residential' && u.owners?.length).map((u) => u.id);
    const pick = (n: number) => {
      const out = new Set<string>();
      while (out.size < Math.min(n, homes.length)) out.add(homes[g.rng.int(0, homes.length - 1)]);
      return [...out].sort();
    };
    const write = (year: number, stories: Story[]) => {
      g.out.record(
        relPath('event-plan', planId(year)),
        planOf(year, stories, staff.manager) as unknown as Record<string, unknown>,
      );
      stories.forEach((s, i) => {
        const id = `HD${year}-${String(i + 1).padStart(4, '0')}`;
        const e = eventOf(id, s, staff, pick(s.units ?? 0));
        g.out.record(relPath('event', id), e as unknown as Record<string, unknown>);
        g.estate.events.push({ id, date: e.date, title: e.title });
      });
    };
    if (g.opts.profile === 'demo') {
      write(2026, DEMO_2026);
      return;
    }
    const asOf = g.opts.asOf;
    const first = Number(g.estate.history.from.slice(0, 4));
    const extra = Math.floor(g.opts.units / 1000); // a larger estate holds more events a quarter
    for (let year = first; year <= Number(asOf.slice(0, 4)); year++) {
      const stories: Story[] = [];
      const add = (b: Omit<Story, 'date' | 'upTo'>, month: number) => {
        const date = `${year}-${String(month).padStart(2, '0')}-${String(g.rng.int(5, 25)).padStart(2, '0')}`;
        if (date > asOf) return;
        const upTo: Story['upTo'] =
          addDays(date, 14) < asOf ? (g.rng.next() < 0.06 ? 'held' : 'evaluated') : date < asOf ? 'held' : 'announced';
        // signed in: never more units than people came
        const signIn = () => {
          const units = g.rng.int(5, 30);
          return { units, count: units + g.rng.int(15, 150) };
        };
        stories.push({
          ...b,
          no: stories.length + 1,
          date,
          upTo,
          ...signIn(),
          cost: Math.round(b.budget * (0.8 + g.rng.next() * 0.2)),
          satisfaction: g.rng.int(80, 100),
        });
      };
      BENCH.forEach((b, i) => add(b, BENCH_MONTHS[i]));
      for (let k = 0; k < extra; k++)
        for (let q = 0; q < 4; q++) add(BENCH[(k + q) % BENCH.length], q * 3 + 1 + (k % 3));
      stories.sort((a, b) => a.date.localeCompare(b.date));
      stories.forEach((s, i) => (s.no = i + 1));
      write(year, stories);
    }
  },
};
