// What other procedures (the planned `wuye standards`) read from public notices: standard 6.13 (fee income and
// spending published at least every twelve months, manual 三.6.13) as a plain row — the fee disclosure notices
// posted in the period; "no data" when no notice at all was written, never "met".
// e.g. disclosureStandard(ctx.store, 2026)
import { allCases } from '../../core/case-engine.js';
import { msg, type Msg } from '../../core/i18n.js';
import type { Store } from '../../core/store.js';
import { NOTICE_CASES, type Notice } from './rules.js';
import type { StandardRow } from '../../kit/standards.js';

export type { StandardRow };

/** The date a notice first went up, if it did. */
export const postedOn = (n: Notice): string | undefined => (n.postings ?? []).map((p) => p.posted).sort()[0];

/**
 * 6.13 for a year: a fee income and spending disclosure posted in it — for the year still running, one posted
 * within the twelve months up to today (so January is not "not met" because this year's has not gone up yet).
 */
export function disclosureStandard(store: Store, year: number, today: string): StandardRow {
  const all = allCases<Notice>(store, NOTICE_CASES);
  const end = `${year}-12-31`;
  const from = today < end ? `${Number(today.slice(0, 4)) - 1}${today.slice(4)}` : `${year}-01-01`;
  const to = today < end ? today : end;
  const posted = all.filter((n) => {
    const d = n.template === 'fee-disclosure' ? postedOn(n) : undefined;
    return d !== undefined && d > (today < end ? from : `${year - 1}-12-31`) && d <= to;
  });
  const drafts = all.filter(
    (n) => n.template === 'fee-disclosure' && !postedOn(n) && n.id.slice(2, 6) === String(year),
  );
  return {
    clause: '6.13',
    requirement: msg(
      '至少每十二个月公布一次物业管理服务费收支情况',
      'fee income and spending published at least yearly',
    ),
    measured: String(posted.length),
    status: posted.length ? 'met' : all.length === 0 ? 'no-data' : 'not-met',
    evidence: posted.length
      ? posted.map((n) => `${n.id}（${n.disclosure?.year ?? ''}）@${postedOn(n)}`)
      : drafts.map((n) => `${n.id}（${n.state}）`),
  };
}
