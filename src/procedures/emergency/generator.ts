// Emergencies of a generated estate (spec 12-emergency.md; wuye demo generate). The demo profile writes, as of
// 2026-11-28: a lift entrapment in June closed with its analysis (one measure done, one still open), a burst pipe
// found the night before the National Day holiday and reported on the first working day after it (in time), a power
// cut on 11-25 never reported (overdue since 11-26), and the November fire drill; the bench profile a few
// emergencies a year (more on a large estate), each reported and closed, and a drill each half-year.
// e.g. wuye demo generate DIR (named in the manifest)
import { readFileSync } from 'node:fs';
import { addDays } from '../../core/dates.js';
import { EMERGENCY_KIND, type EmergencyKind, type EmergencyParty } from '../../core/enums.gen.js';
import { relPath } from '../../core/kinds.js';
import { formatMoney } from '../../core/money.js';
import { projectPath } from '../../core/paths.js';
import type { LogEntry } from '../../core/case.js';
import type { EmergencyDrillRecord } from '../../core/types.gen.js';
import type { GenContext, KindGenerator } from '../../kit/generate/context.js';
import { parseChecklist, type Emergency } from './rules.js';

const at = (date: string, time: string) => `${date}T${time}:00+08:00`;
const stepsOf = (kind: EmergencyKind) =>
  parseChecklist(readFileSync(projectPath('templates', 'texts', `emergency/${kind}.md`), 'utf8')).steps;

interface Story {
  type: EmergencyKind;
  place: string;
  found: string; // ISO
  reportedBy?: string;
  severity?: 'ordinary' | 'major';
  description: string;
  /** Steps done: [step no, minutes after discovery, what] */
  steps: [number, number, string][];
  notified?: [EmergencyParty, number, string?][];
  report?: string; // ISO
  injuries?: number;
  losses?: number;
  lossesNote?: string;
  close?: { on: string; cause: string; responsibility: string; measures: [string, string, string | undefined][] };
}

const plus = (iso: string, minutes: number) => {
  const d = new Date(Date.parse(iso) + minutes * 60000 + 8 * 3600000).toISOString();
  return `${d.slice(0, 19)}+08:00`;
};

function emergencyOf(id: string, s: Story, staff: { manager: string; assistant: string; engineer: string }): Emergency {
  const steps = stepsOf(s.type);
  const log: LogEntry[] = [];
  const recorded = plus(s.found, 5);
  log.push({ at: recorded, by: staff.assistant, action: 'open', state: 'responding' });
  const e: Emergency = {
    kind: 'emergency',
    id,
    type: s.type,
    place: s.place,
    discovered_at: s.found,
    ...(s.reportedBy ? { reported_by: s.reportedBy } : {}),
    severity: s.severity ?? 'ordinary',
    description: s.description,
    checklist: steps.map((step, i) => {
      const done = s.steps.find(([n]) => n === i + 1);
      return { no: i + 1, step, ...(done ? { done_at: plus(s.found, done[1]), by: staff.engineer } : {}) };
    }),
    state: 'responding',
    log,
  };
  const timeline = s.steps.map(([n, m, what]) => ({ at: plus(s.found, m), by: staff.engineer, what, step: n }));
  if (timeline.length) e.timeline = timeline;
  if (s.notified?.length)
    e.notified = s.notified.map(([party, m, name]) => ({
      at: plus(s.found, m),
      by: staff.assistant,
      party,
      ...(name ? { name } : {}),
    }));
  // the acts, logged in time order as the commands log them (each when it was entered)
  const acts: LogEntry[] = [
    ...timeline.map((t) => ({ at: t.at, by: staff.engineer, action: 'log' })),
    ...(e.notified ?? []).map((n) => ({ at: n.at, by: staff.assistant, action: 'notify' })),
  ];
  if (s.injuries !== undefined) e.injuries = s.injuries;
  if (s.losses !== undefined) e.losses = formatMoney(s.losses);
  if (s.lossesNote) e.losses_note = s.lossesNote;
  if (s.report) {
    e.reports = [{ at: s.report, by: staff.manager, to: '公司总部', note: '电话报告并发送紧急事件处理记录表' }];
    acts.push({ at: s.report, by: staff.manager, action: 'report' });
  }
  acts.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  log.push(...acts.map((a) => (Date.parse(a.at) < Date.parse(recorded) ? { ...a, at: recorded } : a)));
  if (s.close) {
    e.analysis = { at: s.close.on, by: staff.manager, cause: s.close.cause, responsibility: s.close.responsibility };
    e.measures = s.close.measures.map(([what, due, done], i) => ({
      no: i + 1,
      what,
      owner: staff.engineer,
      due,
      ...(done ? { done_at: done, done_by: staff.manager } : {}),
    }));
    e.state = 'closed';
    log.push({ at: at(s.close.on, '16:00'), by: staff.manager, action: 'close', state: 'closed' });
    for (const m of e.measures)
      if (m.done_at)
        log.push({ at: at(m.done_at, '17:00'), by: staff.manager, action: 'measure-done', note: `措施 ${m.no}` });
  }
  return e;
}

const DEMO: Story[] = [
  {
    type: 'lift-entrapment',
    place: '2栋1单元1号电梯',
    found: at('2026-06-12', '20:40'),
    reportedBy: '被困业主（对讲求助）',
    description: '电梯运行至 8 楼与 9 楼之间突然停梯，轿厢内 2 名业主被困，通过对讲向监控中心求助。',
    steps: [
      [1, 2, '监控中心通过对讲安抚被困业主，确认 2 人、身体无不适'],
      [2, 4, '电话通知电梯维保单位，要求 30 分钟内到场'],
      [3, 8, '秩序维护员到达 8 楼、9 楼层站和机房，设置警示'],
      [4, 25, '维保人员到场，确认轿厢位置，断电后盘车平层'],
      [5, 33, '21:13 开门救出 2 名业主，身体无碍'],
      [6, 40, '慰问被困业主，登记联系方式，次日回访'],
      [7, 45, '电梯停用，张贴暂停使用告示，待维保检修'],
    ],
    notified: [
      ['lift-maintenance', 4, '电梯维保单位值班室'],
      ['head-office', 50, undefined],
    ],
    report: at('2026-06-12', '21:30'),
    injuries: 0,
    close: {
      on: '2026-06-15',
      cause: '电梯门锁回路触点氧化接触不良，运行中安全回路断开导致急停。',
      responsibility: '电梯维保单位月度保养未检查门锁触点，负维保责任；服务中心督促不到位。',
      measures: [
        ['要求维保单位对全部电梯门锁回路逐台检查，更换氧化触点', '2026-06-30', '2026-06-28'],
        ['每季度抽查维保记录，电梯困人应急演练每半年一次', '2026-12-31', undefined],
      ],
    },
  },
  {
    type: 'flooding',
    place: '1栋地下车库 B1 区',
    found: at('2026-09-30', '22:10'),
    reportedBy: '秩序维护部夜班巡逻',
    severity: 'major',
    description: '地下车库 B1 区消防给水管接头爆裂，积水约 10 厘米，3 辆车轮胎浸水。',
    steps: [
      [1, 6, '关闭 B1 区消防给水管上游阀门'],
      [2, 10, '切断 B1 区照明和充电桩电源'],
      [3, 15, '设置警戒，通知车主挪车'],
      [4, 40, '开启排水泵，组织吸水'],
    ],
    notified: [
      ['owners', 15, '受影响车主 3 户'],
      ['developer', 60, '开发企业工程部（保修期内）'],
    ],
    report: at('2026-10-08', '09:30'),
    losses: 1250000,
    lossesNote: '3 辆车轮胎浸水，车主索赔待定；管道接头更换费用由开发企业保修。',
  },
  {
    type: 'power-cut',
    place: '3栋、4栋',
    found: at('2026-11-25', '07:15'),
    reportedBy: '业主来电（24 小时服务电话）',
    description: '3栋、4栋全楼停电，电梯停运，二次供水水泵停止。',
    steps: [
      [1, 10, '确认为 2 号配电房高压进线故障，拨打 95598 报修'],
      [2, 15, '启动应急照明，发电机为水泵供电'],
      [3, 12, '检查 3栋、4栋电梯，无人被困'],
    ],
    notified: [['power-company', 10, '供电服务 95598']],
  },
];

const BENCH_PLACES = ['地下车库', '1号配电房', '会所', '中心花园', '小区南门', '水泵房'];

export const emergencyGenerator: KindGenerator = {
  name: 'emergency',
  run(g: GenContext) {
    const role = (r: string) => g.estate.staff.find((s) => s.roles.includes(r as never) && !s.active_to)?.id ?? 'S001';
    const staff = { manager: role('cs-manager'), assistant: role('cs-assistant'), engineer: role('engineer') };
    const write = (year: string, stories: Story[]) =>
      stories.forEach((s, i) => {
        const id = `JJ${year}-${String(i + 1).padStart(4, '0')}`;
        g.out.record(relPath('emergency', id), emergencyOf(id, s, staff) as unknown as Record<string, unknown>);
      });
    const drill = (id: string, date: string, type: EmergencyKind, scenario: string, n: number, findings: string) => {
      const d: EmergencyDrillRecord = {
        kind: 'emergency-drill',
        id,
        date,
        type,
        scenario,
        place: '小区中心花园',
        led_by: role('director'),
        participants: n,
        staff: [staff.manager, staff.assistant, staff.engineer],
        findings,
        improvements: '补充灭火器和应急照明的检查记录，新员工岗前演练一次',
        recorded_by: staff.assistant,
      };
      g.out.record(relPath('emergency-drill', id), d as unknown as Record<string, unknown>);
    };
    if (g.opts.profile === 'demo') {
      write('2026', DEMO);
      drill(
        'YL2026-0001',
        '2026-11-09',
        'fire',
        '3栋12楼住户厨房起火，疏散 3栋住户并组织初起火灾扑救',
        28,
        '消防广播 3栋 10–12 层音量偏低；两名新员工不熟悉消火栓位置',
      );
      return;
    }
    const asOf = g.opts.asOf;
    const first = Number(g.estate.history.from.slice(0, 4));
    const perYear = 3 + Math.floor(g.opts.units / 1000);
    for (let year = first; year <= Number(asOf.slice(0, 4)); year++) {
      const from = year === first ? g.estate.history.from : `${year}-01-01`;
      const to = year === Number(asOf.slice(0, 4)) ? addDays(asOf, -20) : `${year}-12-31`;
      if (from > to) continue;
      const dates = Array.from({ length: perYear }, () => g.rng.date(from, to)).sort();
      const stories: Story[] = dates.map((d) => {
        const type = g.rng.pick(EMERGENCY_KIND.filter((k) => k !== 'other'));
        const found = at(
          d,
          `${String(g.rng.int(6, 21)).padStart(2, '0')}:${String(g.rng.int(0, 59)).padStart(2, '0')}`,
        );
        const n = stepsOf(type).length;
        const closeOn = addDays(d, g.rng.int(2, 6));
        return {
          type,
          place: `${g.rng.int(1, 9)}栋${g.rng.pick(BENCH_PLACES)}`,
          found,
          description: '现场处置完毕，详见处置经过。',
          steps: Array.from({ length: n }, (_, i) => [i + 1, 5 + i * 10, '按处置步骤完成'] as [number, number, string]),
          notified: [['head-office', 30]],
          report: plus(found, 60 + g.rng.int(0, 600)),
          close: {
            on: closeOn,
            cause: '设施老化（详见分析会记录）',
            responsibility: '设备维护部巡检不到位',
            measures: [['加强巡检，更换老化部件', addDays(closeOn, 30), addDays(closeOn, g.rng.int(5, 30))]],
          },
        };
      });
      write(String(year), stories);
      if (`${year}-06-15` >= from && `${year}-06-15` <= asOf)
        drill(
          `YL${year}-0001`,
          `${year}-06-15`,
          'fire',
          '消防疏散与初起火灾扑救演练',
          20 + g.rng.int(0, 30),
          '疏散用时偏长',
        );
    }
  },
};
