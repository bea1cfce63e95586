// Opening a complaint from a desk entry (manual 三.3.5–3.6; 一.5.3.13 首问责任制): its category, valid or
// not (with the reason, and where the complainant was referred), its severity; received when the call came
// in, so the 2-working-day feedback clock (and a major one's 1-day report) runs from then; the first
// responder of the call owns it until it is handed over. Used by `complaint new` and, through api.ts, by
// `hotline log --open complaint` — one transaction, one commit with the call.
// e.g. openComplaint(tx, ctx, call, { category: 'noise', severity: 'normal', valid: true })
import { actorAt, nextCaseId } from '../../kit/case.js';
import type { Ctx } from '../../kit/context.js';
import type { Line } from '../../kit/line.js';
import { openCase } from '../../core/case-engine.js';
import { UsageError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/i18n.js';
import { LABELS } from '../../core/labels.js';
import type { ComplaintCategory, ComplaintSeverity } from '../../core/enums.gen.js';
import type { Tx } from '../../core/store.js';
import type { CallData } from '../hotline/api.js';
import { COMPLAINT_CASES, conf } from './cases.js';
import type { ComplaintState } from './machine.js';
import { feedbackDue, reportDue, type Complaint } from './rules.js';

export interface Intake {
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  valid: boolean;
  reason?: string;
  referredTo?: string;
}

/** --category, --severity, --invalid with --reason (and --referred-to): the classification at intake. */
export function parseIntake(l: Line, why = ''): Intake {
  const category = l.choice<ComplaintCategory>('category');
  if (!category)
    throw new UsageError(
      msg(`${why}须写明投诉类别（--category）`, `${why}give the complaint's category (--category)`),
      msg(
        '如 --category noise；类别见 wuye complaint new --help',
        'e.g. --category noise; see wuye complaint new --help',
      ),
    );
  const valid = !l.flagged('invalid');
  const reason = l.text('reason');
  const referredTo = l.text('referredTo');
  if (!valid && !reason)
    throw new UsageError(
      msg('无效投诉须写明理由（--reason），如“不属服务中心职责”', 'an invalid complaint needs its reason (--reason)'),
      msg(
        '不属服务中心职责的，用 --referred-to 写明告知业主向何处反映',
        "outside the center's responsibility: say where it was referred with --referred-to",
      ),
    );
  if (valid && (reason || referredTo))
    throw new UsageError(
      msg(
        '--reason 和 --referred-to 只用于无效投诉（--invalid）',
        '--reason and --referred-to are for an invalid complaint (--invalid)',
      ),
    );
  return { category, severity: l.choice<ComplaintSeverity>('severity') ?? 'normal', valid, reason, referredTo };
}

/** Open the complaint of a call: the case names the call, the call's first responder owns it. */
export function openComplaint(tx: Tx, ctx: Ctx, call: CallData, o: Intake & { description?: string }): Complaint {
  const id = nextCaseId(ctx, tx, 'complaint', call.at.slice(0, 4));
  // the log opens at the receipt (the clocks run from it); when the case is opened later, the note says when
  const now = ctx.now();
  const later =
    Date.parse(now) - Date.parse(call.at) >= 60_000 ? `立案于 ${now.slice(0, 16).replace('T', ' ')}` : undefined;
  return openCase<Complaint, ComplaintState>(
    tx,
    COMPLAINT_CASES,
    actorAt(ctx, call.at),
    {
      kind: 'complaint',
      id,
      hotline: call.id,
      received_at: call.at,
      channel: call.channel,
      ...(call.unit ? { unit: call.unit } : {}),
      ...(call.place ? { place: call.place } : {}),
      ...(call.caller && Object.keys(call.caller).length ? { complainant: call.caller } : {}),
      category: o.category,
      description: o.description ?? call.request,
      valid: o.valid,
      ...(o.reason ? { invalid_reason: o.reason } : {}),
      ...(o.referredTo ? { referred_to: o.referredTo } : {}),
      severity: o.severity,
      first_responder: call.received_by,
      owner: call.received_by,
    },
    'open',
    later,
  );
}

/** What the desk is told when a complaint is opened: its id, its clocks, what to do next. */
export function openedSummary(ctx: Ctx, c: Complaint): Msg {
  const cf = conf(ctx);
  const fb = feedbackDue(ctx.calendar, c.received_at, cf);
  const cat = LABELS.complaintCategory[c.category];
  const head = msg(
    `已受理投诉 ${c.id}（${cat.zh}${c.valid ? '' : '，无效投诉'}），首问责任人 ${c.owner}；须于 ${fb} 24:00 前反馈投诉人`,
    `complaint ${c.id} received (${cat.en}${c.valid ? '' : ', not valid'}), owned by ${c.owner}; feedback due by end of ${fb}`,
  );
  if (c.severity !== 'major') return head;
  const rp = reportDue(ctx.calendar, c.received_at, cf);
  return msg(
    `${head.zh}；重大投诉须于 ${rp} 24:00 前向上通报（wuye complaint escalate ${c.id}）`,
    `${head.en}; a major complaint: report it upward by end of ${rp} (wuye complaint escalate ${c.id})`,
  );
}
