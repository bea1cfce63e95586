// wuye complaint show TS2026-0007 [--json] [--reveal] — the complaint, its owner (首问责任制), its clocks
// (feedback within 2 working days, a major one reported within 1), what was done, and what may be done next.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allowedSteps } from '../../../core/case.js';
import { readCase } from '../../../core/case-engine.js';
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import { COMPLAINT_CASES, conf } from '../cases.js';
import { ACTS, COMPLAINT, type ComplaintState } from '../machine.js';
import { clocks, closeBlockers, type Complaint } from '../rules.js';
import { clocksText, complainantText, staffText, whereText } from '../view.js';

export const parse = (l: Line) => ({ id: l.id(0, 'complaint') });

const hm = (at: string | undefined) => (at ? at.slice(0, 16).replace('T', ' ') : '');

/** The steps and acts allowed now (for the person at the desk). */
export function nextSteps(c: Complaint): string[] {
  const s = c.state as ComplaintState;
  const acts = Object.values(ACTS)
    .filter((a) => (a.states as readonly string[]).includes(s))
    .map((a) => a.action);
  const steps = allowedSteps(COMPLAINT, s).map((x) => x.action);
  return [...steps, ...acts].filter((a) => a !== 'close' || closeBlockers(c).length === 0);
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const c = readCase<Complaint>(ctx.shown, COMPLAINT_CASES, o.id);
  const due = clocks(c, ctx.calendar, conf(ctx), ctx.today());
  const steps = nextSteps(c);
  if (ctx.globals.json) {
    ctx.out.json({
      ...c,
      clocks: due,
      allowed_steps: steps,
      close_blockers: closeBlockers(c).map((b) => t(b.what)),
    });
    return;
  }
  const sep = t(msg('；', '; '));
  const fb = c.feedback ?? [];
  ctx.out.fields([
    [msg('投诉', 'Complaint'), c.id],
    [msg('状态', 'State'), t(COMPLAINT.states[c.state as ComplaintState])],
    [msg('期限', 'Due'), clocksText(due) || undefined],
    [msg('可进行的步骤', 'Allowed steps'), steps.join(', ')],
    [msg('来电记录', 'Desk entry'), `${c.hotline}（${label('deskChannel', c.channel)}）`],
    [msg('收到', 'Received'), hm(c.received_at)],
    [msg('房屋/部位', 'Unit/place'), whereText(c) || undefined],
    [msg('投诉人', 'Complainant'), complainantText(ctx.shown, c)],
    [msg('类别', 'Category'), label('complaintCategory', c.category)],
    [msg('性质', 'Severity'), label('complaintSeverity', c.severity)],
    [
      msg('有效投诉', 'Valid'),
      c.valid
        ? t(msg('是', 'yes'))
        : `${t(msg('否', 'no'))}：${c.invalid_reason ?? ''}${c.referred_to ? t(msg(`（转介 ${c.referred_to}）`, ` (referred to ${c.referred_to})`)) : ''}`,
    ],
    [msg('内容', 'Complaint'), c.description],
    [msg('首问责任人', 'First responder'), staffText(ctx.store, c.first_responder)],
    [msg('负责人', 'Owner'), staffText(ctx.store, c.owner)],
    [msg('承办部门', 'Department'), c.department ? label('department', c.department) : undefined],
    [
      msg('向上通报', 'Reported'),
      (c.reports ?? []).map((r) => `${hm(r.at)} ${r.to}${r.note ? ` ${r.note}` : ''}`).join(sep) || undefined,
    ],
    [
      msg('反馈', 'Feedback'),
      fb.map((f) => `${hm(f.at)} ${label('contactMethod', f.how)} ${f.what}`).join(sep) || undefined,
    ],
    [msg('跟进', 'Follow-ups'), (c.follow_ups ?? []).map((f) => `${hm(f.at)} ${f.note}`).join(sep) || undefined],
    [msg('处理结果', 'Resolution'), (c.resolutions ?? []).map((r) => `${hm(r.at)} ${r.text}`).join(sep) || undefined],
    [
      msg('回访', 'Return visits'),
      (c.callbacks ?? [])
        .map(
          (v) =>
            `${hm(v.at)} ${staffText(ctx.store, v.by)} ${t(v.satisfied ? msg('满意', 'satisfied') : msg('不满意', 'not satisfied'))}${v.comments ? ` ${v.comments}` : ''}`,
        )
        .join(sep) || undefined,
    ],
    [msg('结案', 'Closed'), c.closed_at ? hm(c.closed_at) : undefined],
  ]);
  ctx.out.line();
  ctx.out.table(c.log, [
    { key: 'at', header: msg('时间', 'At'), get: (e) => hm(e.at) },
    { key: 'by', header: msg('操作员', 'By'), get: (e) => e.by },
    { key: 'action', header: msg('步骤', 'Action'), get: (e) => e.action },
    {
      key: 'state',
      header: msg('状态', 'State'),
      get: (e) => (e.state ? t(COMPLAINT.states[e.state as ComplaintState] ?? e.state) : ''),
    },
    { key: 'note', header: msg('备注', 'Note'), get: (e) => e.note },
  ]);
}
