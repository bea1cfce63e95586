// The self-assessment against the service standards (manual 三.3.1–3.3 internal audit; spec standards.md) as a
// report model — a summary sheet and one row per clause — and as the data of its printed form
// (templates/forms/quality/self-assessment.yaml).
// e.g. standardsReport(rows, { from: '2026-01-01', to: '2026-12-31' }, head)
import { t } from '../../core/i18n.js';
import { msg } from '../../core/i18n.js';
import type { Report } from '../../kit/report.js';
import { evidenceText, statusText, tally, type AssessedRow } from './rules.js';

export interface Head {
  center: string;
  generatedAt: string;
  generatedBy?: string;
}

export const periodText = (p: { from: string; to: string }) => `${p.from} ~ ${p.to}`;

export function standardsReport(rows: readonly AssessedRow[], p: { from: string; to: string }, head: Head): Report {
  const n = tally(rows);
  return {
    title: msg('服务标准自查表', 'Service standards self-assessment'),
    center: head.center,
    period: periodText(p),
    generatedAt: head.generatedAt,
    generatedBy: head.generatedBy,
    sheets: [
      {
        name: msg('汇总', 'Summary'),
        columns: [
          { key: 'met', header: msg('达标', 'Met'), type: 'integer' },
          { key: 'notMet', header: msg('未达标', 'Not met'), type: 'integer' },
          { key: 'noData', header: msg('无数据', 'No data'), type: 'integer' },
        ],
        rows: [n],
      },
      {
        name: msg('服务标准', 'Standards'),
        columns: [
          { key: 'clause', header: msg('条款', 'Clause'), width: 8 },
          { key: 'requirement', header: msg('要求', 'Requirement'), width: 40 },
          { key: 'measured', header: msg('实测', 'Measured'), width: 16 },
          { key: 'status', header: msg('结论', 'Result'), width: 12 },
          { key: 'evidence', header: msg('依据', 'Evidence'), width: 60 },
        ],
        rows: rows.map((r) => ({
          clause: r.clause,
          requirement: t(r.requirement),
          measured: r.measured,
          status: t(statusText(r)),
          evidence: t(evidenceText(r)),
        })),
      },
    ],
  };
}

/** The data of the printed self-assessment. */
export function assessmentData(rows: readonly AssessedRow[], p: { from: string; to: string }) {
  const n = tally(rows);
  return {
    assessment: { period: periodText(p), met: n.met, not_met: n.notMet, no_data: n.noData, rows: rows.length },
    rows: rows.map((r) => ({
      clause: r.clause,
      requirement: t(r.requirement),
      measured: r.measured,
      status: t(statusText(r)),
      evidence: t(evidenceText(r, 8)),
    })),
  };
}
