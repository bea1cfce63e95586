// Surveys of a generated estate (spec 13-survey.md; wuye demo generate). The demo profile writes last year's
// owners' survey (DC2025-01, closed), this year's (DC2026-01: sampled at 30%, imported, analysed — two items
// below the 95% target, two actions, one done and one open — so it cannot close yet) and the staff survey
// (DC2026-02, closed); among the returns one exactly half blank (valid) and one more than half blank (invalid).
// The bench profile: an owners' survey at 30% for each year of the history and a staff survey each year.
// e.g. wuye demo generate DIR (named in the manifest; runs after the registry)
import { relPath } from '../../core/kinds.js';
import type { LogEntry } from '../../core/case.js';
import type { GenContext, KindGenerator } from '../../kit/generate/context.js';
import type { Rng } from '../../kit/generate/rng.js';
import { builtinQuestionnaire, questionnaireOf } from './cases.js';
import { analyse, drawSample, numbers, pct1, type Action, type Answer, type Response, type Survey } from './rules.js';
import { inPost, isSurveyed } from './sample.js';

const at = (date: string, time: string) => `${date}T${time}:00+08:00`;
const SUGGESTIONS = [
  '希望增加夜间巡逻次数',
  '地下车库照明不足，建议更换灯具',
  '报修后上门时间能否提前告知',
  '垃圾桶周边异味较大，建议每天冲洗',
  '建议增设儿童游乐设施',
  '电梯维保时请提前张贴通知',
  '',
];

interface Plan {
  id: string;
  year: number;
  type: 'owners' | 'staff';
  opened: string;
  sampled: string;
  entered: string;
  analysed: string;
  rate: number;
  /** Items with dissatisfied answers forced (the demo's known shortfalls): item → how many 一般/不满意. */
  low: Record<string, number>;
  /** Otherwise each answer satisfied with this chance (bench). */
  p: number;
  /** Bench: items answered satisfied with a chance of their own (a service that slipped that year). */
  weak?: Record<string, number>;
  /** The actions, in the order of the items below target (bench: made from the items below target). */
  actions: Omit<Action, 'no'>[] | ((below: string[]) => Omit<Action, 'no'>[]);
  closed?: string;
  /** Add one exactly-half-blank and one over-half-blank questionnaire. */
  blanks: boolean;
}

function answersOf(rng: Rng, scale: string[], n: number, good: (k: number) => boolean): Answer[] {
  return Array.from({ length: n }, (_, k) =>
    good(k) ? (rng.chance(0.7) ? scale[0] : scale[1]) : rng.chance(0.75) ? scale[2] : scale[3],
  );
}

function surveyOf(
  g: GenContext,
  plan: Plan,
  staff: { manager: string; assistant: string },
  respondents: string[],
  groups?: Record<string, number>,
): Survey {
  const t = builtinQuestionnaire(plan.type);
  const q = questionnaireOf(t, plan.type);
  const n = q.items.length;
  const back = respondents.filter((_, i) => i % 8 !== 7); // one in eight never comes back
  const low = Object.entries(plan.low);
  const deps = groups ? Object.entries(groups).flatMap(([d, c]) => Array.from({ length: c }, () => d)) : [];
  const responses: Response[] = back.map((r, i) => {
    const answers = answersOf(g.rng, q.scale, n, (k) => {
      const hit = low.find(([id]) => id === q.items[k].id);
      if (hit) return i >= hit[1];
      const p = plan.weak?.[q.items[k].id] ?? plan.p;
      return p >= 1 || g.rng.chance(p);
    });
    const s = SUGGESTIONS[g.rng.int(0, SUGGESTIONS.length - 1)];
    return {
      respondent: r,
      ...(groups ? { group: deps[i % deps.length] } : {}),
      answers,
      ...(s && g.rng.chance(0.4) ? { suggestion: s } : {}),
      entered_at: plan.entered,
      entered_by: staff.assistant,
    };
  });
  if (plan.blanks && responses.length >= 4) {
    const half = responses[responses.length - 1];
    half.answers = half.answers.map((a, k) => (k < n / 2 ? null : a)); // exactly half blank: still valid
    const over = responses[responses.length - 2];
    over.answers = over.answers.map((a, k) => (k <= n / 2 ? null : a)); // more than half: invalid
  }
  const log: LogEntry[] = [
    { at: at(plan.opened, '09:30'), by: staff.manager, action: 'open', state: 'draft' },
    { at: at(plan.sampled, '10:00'), by: staff.assistant, action: 'sample', state: 'sampled' },
    {
      at: at(plan.entered, '16:00'),
      by: staff.assistant,
      action: 'enter',
      note: `import 回收问卷.xlsx: ${responses.length}`,
    },
  ];
  const s: Survey = {
    kind: 'survey',
    id: plan.id,
    year: plan.year,
    type: plan.type,
    title: `${plan.year} 年度${t.title.replace(/表$/, '')}`,
    questionnaire: q,
    target: 95,
    sample: { rate: plan.rate, seed: plan.year, drawn_at: plan.sampled, respondents, ...(groups ? { groups } : {}) },
    responses,
    state: 'analysed',
    log,
  };
  return s;
}

function finish(s: Survey, plan: Plan, staff: { manager: string; assistant: string }, last?: Survey): Survey {
  const a = analyse(s, s.target, last);
  s.analysis = {
    at: plan.analysed,
    distributed: a.distributed,
    returned: a.returned,
    valid: a.valid,
    rate: pct1(a.overall.rate),
    ...(last ? { previous: last.id } : {}),
    below: a.below,
  };
  s.log.push({ at: at(plan.analysed, '15:00'), by: staff.manager, action: 'analyse', state: 'analysed' });
  const actions: Action[] = [];
  const list = typeof plan.actions === 'function' ? plan.actions(a.below) : plan.actions;
  list.forEach((x, k) => {
    const act: Action = { no: k + 1, ...x, item: x.item || a.below[k] };
    actions.push(act);
    s.log.push({
      at: at(plan.analysed, `16:${String(k * 5).padStart(2, '0')}`),
      by: staff.manager,
      action: 'action',
      note: `+ ${act.item}`,
    });
  });
  for (const act of actions)
    if (act.state !== 'open')
      s.log.push({
        at: at(act.closed_at!, '11:00'),
        by: staff.manager,
        action: 'action',
        note: `#${act.no} ${act.state}`,
      });
  if (actions.length) s.actions = actions;
  if (plan.closed && !actions.some((x) => x.state === 'open')) {
    s.state = 'closed';
    s.log.push({ at: at(plan.closed, '17:00'), by: staff.manager, action: 'close', state: 'closed' });
  }
  s.log.sort((x, y) => x.at.localeCompare(y.at));
  return s;
}

export const surveyGenerator: KindGenerator = {
  name: 'survey',
  run(g: GenContext) {
    const role = (r: string) => g.estate.staff.find((s) => s.roles.includes(r as never) && !s.active_to)?.id ?? 'S001';
    const staff = { manager: role('cs-manager'), assistant: role('cs-assistant') };
    const homes = g.estate.units.filter(isSurveyed).map((u) => u.id);
    const staffOn = (day: string) => {
      const out: Record<string, number> = {};
      for (const s of g.estate.staff) if (inPost(s, day)) out[s.department] = (out[s.department] ?? 0) + 1;
      return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
    };
    const write = (s: Survey) => g.out.record(relPath('survey', s.id), s as unknown as Record<string, unknown>);
    const owners = (plan: Plan, last?: Survey) => {
      const sample = drawSample(homes, plan.rate, plan.year);
      return finish(surveyOf(g, plan, staff, sample), plan, staff, last);
    };
    const staffSurvey = (plan: Plan, last?: Survey) => {
      const groups = staffOn(plan.sampled);
      const qs = numbers(Object.values(groups).reduce((x, y) => x + y, 0));
      return finish(surveyOf(g, plan, staff, qs, groups), plan, staff, last);
    };
    const act = (
      item: string,
      what: string,
      due: string,
      state: Action['state'] = 'done',
      closed?: string,
      result?: string,
    ): Omit<Action, 'no'> => ({
      item,
      what,
      who: staff.manager,
      due,
      state,
      ...(closed && state !== 'open' ? { closed_at: closed } : {}),
      ...(result ? { result } : {}),
    });
    if (g.opts.profile === 'demo') {
      const base = { type: 'owners' as const, rate: 30, p: 1, blanks: false };
      const y2025 = owners({
        ...base,
        id: 'DC2025-01',
        year: 2025,
        opened: '2025-10-09',
        sampled: '2025-10-10',
        entered: '2025-10-31',
        analysed: '2025-11-06',
        low: { 'repair-speed': 2, 'cleaning-waste': 2, 'security-parking': 1 },
        actions: [
          act(
            'repair-speed',
            '维修接单后 30 分钟内电话确认上门时间',
            '2026-01-31',
            'done',
            '2026-01-20',
            '已执行，维修回访满意率提高',
          ),
          act('cleaning-waste', '垃圾桶每日清洗一次，夏季每日两次', '2025-12-31', 'done', '2025-12-15', '已执行'),
          act(
            'security-parking',
            '地面划线增加临时车位 20 个',
            '2026-03-31',
            'carried-over',
            '2025-12-20',
            '需业委会同意，列入 2026 年计划',
          ),
        ],
        closed: '2025-12-22',
      });
      write(y2025);
      write(
        owners(
          {
            ...base,
            id: 'DC2026-01',
            year: 2026,
            opened: '2026-10-08',
            sampled: '2026-10-09',
            entered: '2026-10-30',
            analysed: '2026-11-05',
            low: { 'repair-speed': 1, 'security-parking': 2 },
            blanks: true,
            actions: [
              act('repair-speed', '维修班组增设晚间值班，报修两小时内上门', '2027-01-31', 'open'),
              act(
                'security-parking',
                '夜间巡查车库，违规停放车辆张贴提示并通知车主',
                '2026-11-30',
                'done',
                '2026-11-25',
                '已执行，违停明显减少',
              ),
            ],
          },
          y2025,
        ),
      );
      write(
        staffSurvey({
          ...base,
          type: 'staff',
          id: 'DC2026-02',
          year: 2026,
          rate: 100,
          opened: '2026-06-01',
          sampled: '2026-06-02',
          entered: '2026-06-19',
          analysed: '2026-06-24',
          low: { pay: 2 },
          actions: [
            act('pay', '向公司申请调整一线岗位津贴', '2026-09-30', 'done', '2026-09-10', '公司已批准自 10 月起调整'),
          ],
          closed: '2026-09-15',
        }),
      );
      return;
    }
    // bench: most years one service slips below the 95% target (an action follows), some years none does
    const weakItems = (type: 'owners' | 'staff'): Record<string, number> => {
      const ids = questionnaireOf(builtinQuestionnaire(type), type).items.map((i) => i.id);
      const n = g.rng.chance(0.35) ? 0 : g.rng.int(1, 2);
      return Object.fromEntries(
        Array.from({ length: n }, () => [ids[g.rng.int(0, ids.length - 1)], 0.86 + g.rng.next() * 0.07]),
      );
    };
    const asOf = g.opts.asOf;
    const first = Number(g.estate.history.from.slice(0, 4));
    let lastOwners: Survey | undefined;
    let lastStaff: Survey | undefined;
    for (let year = first; year <= Number(asOf.slice(0, 4)); year++) {
      const d = (md: string) => `${year}-${md}`;
      if (d('10-08') > g.estate.history.from && d('11-05') <= asOf) {
        const plan: Plan = {
          id: `DC${year}-01`,
          year,
          type: 'owners',
          opened: d('10-08'),
          sampled: d('10-09'),
          entered: d('10-30'),
          analysed: d('11-05'),
          rate: 30,
          low: {},
          p: 0.96 + g.rng.next() * 0.03,
          weak: weakItems('owners'),
          blanks: true,
          actions: [],
          closed: year < Number(asOf.slice(0, 4)) ? d('12-20') : undefined,
        };
        plan.actions = (below) =>
          below.map((_, k) =>
            act(
              '',
              '针对该项制定整改措施并落实',
              d('12-15'),
              plan.closed || !k ? 'done' : 'open',
              plan.closed ? d('12-10') : d('11-20'),
            ),
          );
        const s = owners(plan, lastOwners);
        write(s);
        lastOwners = s;
      }
      if (d('06-01') > g.estate.history.from && d('06-24') <= asOf) {
        const plan: Plan = {
          id: `DC${year}-02`,
          year,
          type: 'staff',
          opened: d('06-01'),
          sampled: d('06-02'),
          entered: d('06-19'),
          analysed: d('06-24'),
          rate: 100,
          low: {},
          p: 0.97,
          weak: weakItems('staff'),
          blanks: false,
          actions: [],
        };
        const s = staffSurvey(plan, lastStaff);
        write(s);
        lastStaff = s;
      }
    }
  },
};
