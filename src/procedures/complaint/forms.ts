// The complaint procedure's printed forms (spec 14 "Forms"; manual 三.3.6–3.9): 用户投诉处理记录表 (the whole
// case on one sheet, for the file), 回访记录表 (the return visit, signed by the complainant) and the monthly
// complaint analysis with its charts (by category against the previous month, the 12-month trend). Each loads
// one plain data model; personal data masked unless --reveal.
// e.g. wuye complaint form record TS2026-0007 · wuye form complaint-analysis 2026-11 · wuye complaint form callback --blank
import type { Ctx } from '../../kit/context.js';
import type { FormDef, FormLoad } from '../../kit/forms.js';
import { allCases, readCase } from '../../core/case-engine.js';
import { dateOf, daysInMonth, parsePeriod } from '../../core/dates.js';
import { msg } from '../../core/i18n.js';
import { checkId } from '../../core/kinds.js';
import { labelZh } from '../../core/labels.js';
import { COMPLAINT_CASES, conf } from './cases.js';
import { COMPLAINT, type ComplaintState } from './machine.js';
import { analysisModel, computeStats, periodId } from './report.js';
import { feedbackDue, reportDue, type Complaint } from './rules.js';
import { staffText, whereText } from './view.js';

const hm = (at: string | undefined) => (at ? at.slice(0, 16).replace('T', ' ') : undefined);
const nameOnly = (ctx: Ctx, id: string | undefined) =>
  id ? (ctx.store.tryRead<{ name?: string }>('staff', id)?.data.name ?? id) : undefined;

/** The data model of a complaint's forms. */
export function complaintModel(ctx: Ctx, c: Complaint): Record<string, unknown> {
  const cf = conf(ctx);
  const p = c.complainant;
  const person = p?.person
    ? ctx.shown.tryRead<{ name?: string; phones?: string[] }>('person', p.person)?.data
    : undefined;
  const phone = p?.phone ?? person?.phones?.[0];
  const last = c.resolutions?.at(-1);
  const visit = c.callbacks?.at(-1);
  return {
    case: {
      id: c.id,
      hotline: c.hotline,
      received: hm(c.received_at),
      received_date: dateOf(c.received_at),
      channel: labelZh('deskChannel', c.channel),
      category: labelZh('complaintCategory', c.category),
      severity: labelZh('complaintSeverity', c.severity),
      valid: c.valid ? '有效投诉' : '无效投诉',
      invalid: c.valid
        ? undefined
        : `${c.invalid_reason ?? ''}${c.referred_to ? `（已告知向 ${c.referred_to} 反映）` : ''}`,
      description: c.description,
      state: COMPLAINT.states[c.state as ComplaintState].zh,
      closed: hm(c.closed_at),
      feedback_due: feedbackDue(ctx.calendar, c.received_at, cf),
      report_due: c.severity === 'major' ? reportDue(ctx.calendar, c.received_at, cf) : '—',
    },
    where: whereText(c),
    complainant: {
      name: p?.name ?? person?.name ?? (p ? undefined : '（匿名）'),
      phone,
    },
    first_responder: nameOnly(ctx, c.first_responder),
    owner: nameOnly(ctx, c.owner),
    department: c.department ? labelZh('department', c.department) : undefined,
    assignments: (c.assignments ?? []).map((a) => ({
      at: hm(a.at),
      by: nameOnly(ctx, a.by),
      to: a.to ? staffText(ctx.store, a.to) : '',
      department: a.department ? labelZh('department', a.department) : '',
      note: a.note,
    })),
    reports: (c.reports ?? []).map((r) => ({
      at: hm(r.at),
      by: nameOnly(ctx, r.by),
      to: r.to,
      how: labelZh('contactMethod', r.how),
      note: r.note,
    })),
    feedback: (c.feedback ?? []).map((f) => ({
      at: hm(f.at),
      by: nameOnly(ctx, f.by),
      how: labelZh('contactMethod', f.how),
      what: f.what,
    })),
    follow_ups: (c.follow_ups ?? []).map((f) => ({ at: hm(f.at), by: nameOnly(ctx, f.by), note: f.note })),
    resolution: last && { text: last.text, at: hm(last.at), by: nameOnly(ctx, last.by) },
    resolutions: (c.resolutions ?? []).map((r) => ({ at: hm(r.at), by: nameOnly(ctx, r.by), text: r.text })),
    callbacks: (c.callbacks ?? []).map((v) => ({
      at: hm(v.at),
      by: nameOnly(ctx, v.by),
      how: v.how ? labelZh('contactMethod', v.how) : '',
      satisfied: v.satisfied ? '满意' : '不满意',
      comments: v.comments,
    })),
    satisfaction: visit ? [visit.satisfied ? 'satisfied' : 'unsatisfied'] : [],
    sign: {
      responder: nameOnly(ctx, c.first_responder),
      visitor: nameOnly(ctx, visit?.by),
      visit_date: visit ? dateOf(visit.at) : undefined,
      closed_date: c.closed_at ? dateOf(c.closed_at) : undefined,
    },
  };
}

function caseLoader(ctx: Ctx, id: string): FormLoad {
  const cid = checkId('complaint', id.trim(), 'ID');
  const c = readCase<Complaint>(ctx.shown, COMPLAINT_CASES, cid);
  return { id: cid, date: dateOf(c.log.at(-1)!.at), data: complaintModel(ctx, c) };
}

/** The analysis of a month (YYYY-MM) or of a period given as FROM..TO (2026-10-01..2026-11-30), as of today. */
export function analysisLoader(ctx: Ctx, id: string): FormLoad {
  const v = id.trim();
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(v);
  let from: string;
  let to: string;
  if (range) [, from, to] = range;
  else {
    const { year, month } = parsePeriod(v, 'ID');
    const m = `${year}-${String(month).padStart(2, '0')}`;
    from = `${m}-01`;
    to = `${m}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
  }
  const today = ctx.today();
  const env = { cal: ctx.calendar, conf: conf(ctx), today };
  const stats = computeStats(allCases<Complaint>(ctx.store, COMPLAINT_CASES), { from, to }, env);
  return { id: periodId(stats.period), date: today, data: analysisModel(stats, env, ctx.store) };
}

export const FORMS: FormDef[] = [
  {
    name: 'complaint-record',
    template: 'complaint/record',
    title: msg('用户投诉处理记录表', 'complaint handling record'),
    idKind: 'complaint',
    load: caseLoader,
  },
  {
    name: 'complaint-callback',
    template: 'complaint/callback',
    title: msg('回访记录表', 'return visit record'),
    idKind: 'complaint',
    load: caseLoader,
  },
  {
    name: 'complaint-analysis',
    template: 'complaint/analysis',
    title: msg('用户投诉月度分析（含图表）', 'monthly complaint analysis (with charts)'),
    idKind: 'period',
    load: (ctx, id) => analysisLoader(ctx, id),
  },
];
