// Staff review in the demo estate (manual 一, 三.5.4, 五, 六): the department's training sessions of 2026 (S004 away
// for one in the third quarter: 6 of 8 hours), conduct rounds of the customer service staff in October and November
// (a missing badge, a phone left ringing), numbered after the shop and canteen rounds, and November's evaluations
// drafted from the records the way `review month` drafts them — one scored and confirmed, one waiting for its scores.
// e.g. wuye demo generate /tmp/estate → training/2026/PX2026-0001.yaml …, evaluations/2026/KP2026-0001.yaml …
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../core/root.js';
import { relPath } from '../../core/kinds.js';
import { makeCalendar } from '../../core/root.js';
import { Store } from '../../core/store.js';
import type { InspectionRecord, StaffRecord, TrainingRecord } from '../../core/types.gen.js';
import type { Ctx } from '../../kit/context.js';
import type { GenContext, KindGenerator } from '../../kit/generate/context.js';
import { loadChecklist } from '../inspect/api.js';
import { draftCriteria, loadTemplate, monthDays, positionOf, type Evaluation } from './evaluation.js';
import { activeIn } from './rules.js';

/** Conduct rounds of the demo: who, when, which items failed (the rest passed). */
const ROUNDS: { staff: string; date: string; fail: string[]; phone?: number; note?: string }[] = [
  { staff: 'S003', date: '2026-10-14', fail: [] },
  { staff: 'S004', date: '2026-10-14', fail: ['badge'], note: '工作牌放在抽屉里，已当场佩戴' },
  { staff: 'S003', date: '2026-11-11', fail: [] },
  { staff: 'S004', date: '2026-11-11', fail: ['phone'], phone: 5, note: '来电响五声后接听' },
  { staff: 'S004', date: '2026-11-25', fail: ['nails'], note: '涂有色指甲油' },
];

/** The department's sessions (all of S002, S003, S004, S010 unless `away`): 8 hours each quarter, S004 6 in Q3. */
const SESSIONS: { date: string; topic: string; trainer: string; hours: number; away?: string[]; failed?: string }[] = [
  { date: '2026-01-14', topic: '服务礼仪与仪容仪表', trainer: '刘晓敏', hours: 3 },
  { date: '2026-02-25', topic: '投诉处理与回访', trainer: '刘晓敏', hours: 3 },
  { date: '2026-03-18', topic: '消防安全与灭火器使用', trainer: '黄海波', hours: 2 },
  { date: '2026-04-15', topic: '物业服务费收费政策', trainer: '李娟', hours: 3 },
  { date: '2026-05-20', topic: '装修管理规定', trainer: '黄海波', hours: 3, failed: 'S004' },
  { date: '2026-06-17', topic: '突发事件应急预案', trainer: '周建国', hours: 2 },
  { date: '2026-07-15', topic: '入伙手续办理', trainer: '刘晓敏', hours: 3 },
  { date: '2026-08-19', topic: '业主档案与保密', trainer: '刘晓敏', hours: 3 },
  { date: '2026-09-16', topic: '电话接听规范', trainer: '刘晓敏', hours: 2, away: ['S004'] },
  { date: '2026-10-21', topic: '空置房管理', trainer: '刘晓敏', hours: 3 },
  { date: '2026-11-18', topic: '满意度调查与改进', trainer: '周建国', hours: 3 },
];

/** November's sheets: the manager's scores, and how far each has gone. */
const SHEETS: { staff: string; scores: Record<string, number>; comments?: string; confirmed?: string }[] = [
  {
    staff: 'S003',
    scores: { records: 14, satisfaction: 14, attendance: 10 },
    comments: '记录完整，业主评价好',
    confirmed: '2026-11-27T16:20:00+08:00',
  },
  { staff: 'S004', scores: {} },
];

/** Bench: the last twelve months that ended before the estate's today, from a quarter's first month. */
const benchMonths = (g: GenContext): string[] => {
  const ended = g.estate.history.periods.filter((m) => monthDays(m).to < g.opts.asOf).slice(-12);
  // from the first month of a quarter: no quarter judged on a part of its sessions
  const start = ended.findIndex((m) => (Number(m.slice(5, 7)) - 1) % 3 === 0);
  return start < 0 ? [] : ended.slice(start);
};

const inPost = (s: StaffRecord, day: string) => activeIn(s, day, day);

/** Bench: the department trained monthly (one away now and then), each member's conduct checked monthly (an item
 * failed now and then) — ids counted per year. */
function benchRun(g: GenContext): void {
  const root = g.out.root;
  const cl = loadChecklist({ root, config: loadConfig(root) }, 'conduct');
  const manager = g.estate.staff.find((s) => s.roles.includes('cs-manager') && !s.active_to)?.id ?? 'S001';
  const seq = new Map<string, number>();
  const next = (prefix: string, y: string) => {
    const n = (seq.get(prefix + y) ?? 0) + 1;
    seq.set(prefix + y, n);
    return `${prefix}${y}-${String(n).padStart(4, '0')}`;
  };
  for (const m of benchMonths(g)) {
    const day = `${m}-${String(g.rng.int(8, 20)).padStart(2, '0')}`;
    const dept = g.estate.staff.filter((s) => s.department === 'customer-service' && inPost(s, day));
    if (!dept.length) continue;
    const away = g.rng.chance(0.25) ? dept[g.rng.int(0, dept.length - 1)].id : undefined;
    const id = next('PX', m.slice(0, 4));
    const training: TrainingRecord = {
      kind: 'training',
      id,
      date: day,
      topic: SESSIONS[g.rng.int(0, SESSIONS.length - 1)].topic,
      trainer: '用户服务部经理',
      hours: 3,
      attendees: dept
        .filter((s) => s.id !== away)
        .map((s) => ({
          staff: s.id,
          assessment: g.rng.chance(0.05) ? 'failed' : 'passed',
        })) as TrainingRecord['attendees'],
      by: manager,
      ...(away ? { notes: `${away} 请假未参加` } : {}),
    };
    g.out.record(relPath('training', id), training as unknown as Record<string, unknown>);
    for (const s of dept) {
      const fail = g.rng.chance(0.15) ? cl.items[g.rng.int(0, cl.items.length - 1)].id : undefined;
      const rid = next('JC', m.slice(0, 4));
      const rec: InspectionRecord = {
        kind: 'inspection',
        id: rid,
        checklist: 'conduct',
        date: day,
        by: manager,
        where: { staff: s.id },
        results: cl.items.map((it) => ({
          item: it.id,
          result: fail === it.id ? 'fail' : 'pass',
          ...(it.judge === 'count' ? { value: fail === it.id ? (it.max ?? 0) + 2 : 0 } : {}),
        })) as InspectionRecord['results'],
      };
      g.out.record(relPath('inspection', rid), rec as unknown as Record<string, unknown>);
    }
  }
}

/** Bench: each month's sheets drafted from the records for everyone with a position template, confirmed (most also
 * approved); the last month's partly still drafts. */
function benchFinish(g: GenContext, ctx: Ctx): void {
  const manager = g.estate.staff.find((s) => s.roles.includes('cs-manager') && !s.active_to)?.id ?? 'S001';
  const months = benchMonths(g);
  const seq = new Map<string, number>();
  for (const m of months) {
    const { from, to } = monthDays(m);
    for (const s of g.estate.staff) {
      const position = activeIn(s, from, to) ? positionOf(ctx, s) : undefined;
      if (!position) continue;
      const criteria = draftCriteria(ctx, loadTemplate(ctx, position), s, m).map((c) =>
        c.score === undefined ? { ...c, score: Math.max(0, c.points - g.rng.int(0, 3)), by: manager } : c,
      ) as Evaluation['criteria'];
      const y = m.slice(0, 4);
      const n = (seq.get(y) ?? 0) + 1;
      seq.set(y, n);
      const id = `KP${y}-${String(n).padStart(4, '0')}`;
      const last = m === months.at(-1);
      const state: Evaluation['state'] =
        last && g.rng.chance(0.5) ? 'draft' : g.rng.chance(0.7) ? 'approved' : 'confirmed';
      const at = `${to}T16:00:00+08:00`;
      const rec: Evaluation = {
        kind: 'evaluation',
        id,
        month: m,
        staff: s.id,
        position: position as Evaluation['position'],
        criteria,
        state,
        ...(state !== 'draft' ? { confirmed_at: at } : {}),
        ...(state === 'approved' ? { approved_by: manager, approved_at: at } : {}),
        by: manager,
      };
      g.out.record(relPath('evaluation', id), rec as unknown as Record<string, unknown>);
    }
  }
}

export const reviewGenerator: KindGenerator = {
  name: 'review',
  run(g: GenContext) {
    if (g.opts.profile === 'bench') return benchRun(g);
    if (g.opts.profile !== 'demo') return;
    const root = g.out.root;
    const cl = loadChecklist({ root, config: loadConfig(root) }, 'conduct');
    const manager = g.estate.staff.find((s) => s.roles.includes('cs-manager') && !s.active_to)?.id ?? 'S001';
    const dept = g.estate.staff.filter((s) => s.department === 'customer-service' && !s.active_to).map((s) => s.id);
    SESSIONS.forEach((t, i) => {
      const id = `PX2026-${String(i + 1).padStart(4, '0')}`;
      const rec: TrainingRecord = {
        kind: 'training',
        id,
        date: t.date,
        topic: t.topic,
        trainer: t.trainer,
        hours: t.hours,
        attendees: dept
          .filter((s) => !t.away?.includes(s))
          .map((s) => ({ staff: s, assessment: s === t.failed ? 'failed' : 'passed' })) as TrainingRecord['attendees'],
        by: manager,
        ...(t.away ? { notes: `${t.away.join('、')} 请假未参加` } : {}),
      };
      g.out.record(relPath('training', id), rec as unknown as Record<string, unknown>);
    });
    // the shop and canteen rounds (inspect's generator, run before) come first in the year's numbering
    const dir = join(root, 'inspections', '2026');
    const before = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).length : 0;
    ROUNDS.forEach((r, i) => {
      const id = `JC2026-${String(before + i + 1).padStart(4, '0')}`;
      const rec: InspectionRecord = {
        kind: 'inspection',
        id,
        checklist: 'conduct',
        date: r.date,
        by: manager,
        where: { staff: r.staff },
        results: cl.items.map((it) => ({
          item: it.id,
          result: r.fail.includes(it.id) ? 'fail' : 'pass',
          ...(it.id === 'phone' ? { value: r.phone ?? 2 } : it.judge === 'count' ? { value: 0 } : {}),
          ...(r.fail[0] === it.id && r.note ? { note: r.note } : {}),
        })) as InspectionRecord['results'],
      };
      g.out.record(relPath('inspection', id), rec as unknown as Record<string, unknown>);
    });
  },
  // after every generator's run: the complaints, repairs and training the sheets read are written
  finish(g: GenContext) {
    if (g.opts.profile !== 'demo' && g.opts.profile !== 'bench') return;
    const root = g.out.root;
    const store = new Store(root);
    const ctx = {
      root,
      config: loadConfig(root),
      store,
      shown: store,
      calendar: makeCalendar(root, () => {}),
      today: () => g.opts.asOf,
    } as unknown as Ctx;
    if (g.opts.profile === 'bench') return benchFinish(g, ctx);
    const manager = g.estate.staff.find((s) => s.roles.includes('cs-manager') && !s.active_to)?.id ?? 'S001';
    SHEETS.forEach((sh, i) => {
      const s = g.estate.staff.find((x) => x.id === sh.staff) as StaffRecord;
      const position = positionOf(ctx, s)!;
      const criteria = draftCriteria(ctx, loadTemplate(ctx, position), s, '2026-11').map((c) =>
        sh.scores[c.id] !== undefined ? { ...c, score: sh.scores[c.id], by: manager } : c,
      ) as Evaluation['criteria'];
      const id = `KP2026-${String(i + 1).padStart(4, '0')}`;
      const rec: Evaluation = {
        kind: 'evaluation',
        id,
        month: '2026-11',
        staff: s.id,
        position: position as Evaluation['position'],
        criteria,
        ...(sh.comments ? { comments: sh.comments } : {}),
        state: sh.confirmed ? 'confirmed' : 'draft',
        ...(sh.confirmed ? { confirmed_at: sh.confirmed } : {}),
        by: manager,
      };
      g.out.record(relPath('evaluation', id), rec as unknown as Record<string, unknown>);
    });
  },
};
