// What other procedures (`wuye standards`) read from surveys: the service standards the survey records measure —
// spec standards.md 5.9 (a staff satisfaction survey every 12 months, analysed) and 6.12 (a customer survey at
// least every 12 months, analysed, acted on) — as plain rows; a year without a survey of the kind says "no data",
// never "met". `wuye standards` reads them through survey/standards.ts.
// e.g. surveyStandards(ctx.store, 2026) → rows 5.9, 6.12
import { allCases } from '../../core/case-engine.js';
import { msg, type Msg } from '../../core/i18n.js';
import type { Store } from '../../core/store.js';
import type { StandardRow } from '../../kit/standards.js';
import { SURVEY_CASES } from './cases.js';
import { closeBlockers, type Survey } from './rules.js';

/** The surveys of a year (by the year they survey). */
export const surveysOfYear = (store: Store, year: number): Survey[] =>
  allCases<Survey>(store, SURVEY_CASES)
    .filter((s) => s.year === year)
    .sort((a, b) => a.id.localeCompare(b.id));

function row(clause: string, requirement: Msg, surveys: Survey[], year: number, actedOn: boolean): StandardRow {
  if (!surveys.length)
    return {
      clause,
      requirement,
      measured: '0',
      status: 'no-data',
      evidence: [`${year}: 无调查记录 / no survey recorded`],
    };
  const analysed = surveys.filter((s) => s.analysis);
  const unactioned = analysed.flatMap((s) => closeBlockers(s).unactioned.map((i) => `${s.id}:${i}`));
  const good = analysed.filter((s) => !actedOn || !closeBlockers(s).unactioned.length);
  const best = good[0] ?? analysed[0] ?? surveys[0];
  const rate = best.analysis?.rate;
  const measured = analysed.length
    ? `${best.id} ${best.analysis!.at}${rate !== undefined && rate !== null ? ` ${rate.toFixed(1)}%` : ''}${actedOn ? `，措施 ${(best.actions ?? []).length}` : ''}`
    : `${surveys.map((s) => s.id).join(', ')} 未分析 / not analysed`;
  return {
    clause,
    requirement,
    measured,
    status: good.length ? 'met' : 'not-met',
    evidence: good.length ? good.map((s) => s.id) : analysed.length ? unactioned : surveys.map((s) => s.id),
  };
}

/** Standards 5.9 (staff survey, analysed) and 6.12 (owners' survey, analysed, items below target acted on) for a year. */
export function surveyStandards(store: Store, year: number): StandardRow[] {
  const all = surveysOfYear(store, year);
  return [
    row(
      '5.9',
      msg(
        '每十二个月至少进行一次职员满意度调查，并对结果进行分析',
        'a staff satisfaction survey every 12 months, analysed',
      ),
      all.filter((s) => s.type === 'staff'),
      year,
      false,
    ),
    row(
      '6.12',
      msg(
        '每十二个月至少进行一次用户意见调查，分析结果并对反映的问题采取改善措施',
        'a customer survey at least every 12 months, analysed, acted on',
      ),
      all.filter((s) => s.type === 'owners'),
      year,
      true,
    ),
  ];
}
