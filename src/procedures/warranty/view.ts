// How a warranty report reads at the desk (show, list, stats, forms): the clocks in words, what is late — the
// owner's answer (2 working days) or the developer's agreed deadline — and whom a miss escalates to (the cs-manager).
// e.g. lateness(w, ctx.calendar, '2026-11-28', conf) → { answer: undefined, developer: '2026-11-20', missed: true }
import type { WorkCalendar } from '../../core/calendar.js';
import { pendingDeadline, type Due } from '../../core/case-engine.js';
import { t, msg } from '../../core/i18n.js';
import { LABELS } from '../../core/labels.js';
import type { Store } from '../../core/store.js';
import type { StaffRecord } from '../../core/types.gen.js';
import { WARRANTY } from './machine.js';
import { deadlineMissed, type Warranty, type WarrantyConf } from './rules.js';

export const hm = (at: string | undefined) => (at ? at.slice(0, 16).replace('T', ' ') : '');

export interface Lateness {
  /** The owner's answer, while it is owed. */
  answer?: Due;
  /** The developer's agreed deadline missed (routed, not completed). */
  missed: boolean;
  late: boolean;
}

export function lateness(w: Warranty, cal: WorkCalendar, today: string, conf: WarrantyConf): Lateness {
  const answer = pendingDeadline(WARRANTY, w, cal, today, conf);
  const missed = deadlineMissed(w, today);
  return { answer, missed, late: !!answer?.overdue || missed };
}

/** The cs-managers in post (a missed developer deadline escalates to them). */
export function managers(store: Store, today: string): StaffRecord[] {
  return store
    .ids('staff')
    .map((id) => store.tryRead<StaffRecord>('staff', id)?.data)
    .filter(
      (s): s is StaffRecord =>
        !!s &&
        (s.roles as string[]).includes('cs-manager') &&
        (!s.active_from || s.active_from <= today) &&
        (!s.active_to || s.active_to >= today),
    );
}

/** "在保修期内（开发企业保修期）" / "已过保修期". */
export const decisionText = (w: Warranty) =>
  w.decision.in_warranty
    ? t(
        msg(
          `在保修期内（${LABELS.warrantyClock[w.decision.clock].zh}）`,
          `in warranty (${LABELS.warrantyClock[w.decision.clock].en})`,
        ),
      )
    : t(msg('已过保修期', 'out of warranty'));

/** "施工单位至 2026-03-19；开发企业至 2026-06-17". */
export const clocksText = (w: Warranty) =>
  t(
    msg(
      `施工单位至 ${w.decision.contractor_end}（自竣工验收 ${w.decision.completion_accepted}）${w.decision.developer_end ? `；开发企业至 ${w.decision.developer_end}（自交付 ${w.decision.delivered_on}）` : '；未登记交付日期'}`,
      `the contractor's until ${w.decision.contractor_end} (from acceptance ${w.decision.completion_accepted})${w.decision.developer_end ? `; the developer's until ${w.decision.developer_end} (from delivery ${w.decision.delivered_on})` : '; no delivery date recorded'}`,
    ),
  );
