// wuye emergency list [--year 2026] [--state responding] [--overdue] [--drills] [--json]
// Manual 三.4.3, 三.3.12: each emergency with its report due (one working day after discovery) and whether it was
// made in time, and the preventive measures still open; --overdue: the report late or a measure past its day.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allCases } from '../../../core/case-engine.js';
import { dateOf } from '../../../core/dates.js';
import type { EmergencyState } from '../../../core/enums.gen.js';
import { msg, t } from '../../../core/i18n.js';
import { compareIds } from '../../../core/kinds.js';
import { labelZh } from '../../../core/labels.js';
import type { EmergencyDrillRecord } from '../../../core/types.gen.js';
import { conf, EMERGENCY_CASES } from '../cases.js';
import { hm } from '../forms.js';
import { EMERGENCY, firstReport, openMeasures, reportDue, type Emergency } from '../rules.js';

export const parse = (l: Line) => ({
  year: l.int('year', 2000, 2100),
  state: l.choice<EmergencyState>('state'),
  overdue: l.flagged('overdue'),
  drills: l.flagged('drills'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  if (o.drills) return drills(ctx, o.year);
  const today = ctx.today();
  const c = conf(ctx);
  const rows = allCases<Emergency>(ctx.shown, EMERGENCY_CASES)
    .filter((e) => (!o.year || e.discovered_at.startsWith(String(o.year))) && (!o.state || e.state === o.state))
    .map((e) => {
      const due = reportDue(ctx.calendar, e.discovered_at, c);
      const r = firstReport(e);
      const reportLate = r ? dateOf(r.at) > due : today > due;
      const measures = openMeasures(e, today);
      return { e, due, r, reportLate, measures, late: (!r && today > due) || measures.some((m) => m.overdue) };
    })
    .filter((x) => !o.overdue || x.late)
    .sort((a, b) => a.e.discovered_at.localeCompare(b.e.discovered_at) || compareIds(a.e.id, b.e.id));
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map((x) => ({
        id: x.e.id,
        type: x.e.type,
        place: x.e.place,
        discovered_at: x.e.discovered_at,
        state: x.e.state,
        report_due: x.due,
        reported_at: x.r?.at ?? null,
        report_overdue: !x.r && today > x.due,
        report_late: x.reportLate,
        steps_done: x.e.checklist.filter((s) => s.done_at).length,
        steps: x.e.checklist.length,
        measures_open: x.measures.length,
        measures_overdue: x.measures.filter((m) => m.overdue).length,
      })),
    );
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('编号', 'Id'), get: (x) => x.e.id },
    { key: 'at', header: msg('发现时间', 'Discovered'), get: (x) => hm(x.e.discovered_at) },
    { key: 'type', header: msg('类别', 'Kind'), get: (x) => t(msg(labelZh('emergencyKind', x.e.type), x.e.type)) },
    { key: 'place', header: msg('地点', 'Where'), get: (x) => x.e.place },
    { key: 'state', header: msg('状态', 'State'), get: (x) => t(EMERGENCY.states[x.e.state]) },
    {
      key: 'steps',
      header: msg('处置步骤', 'Steps'),
      get: (x) => `${x.e.checklist.filter((s) => s.done_at).length}/${x.e.checklist.length}`,
    },
    {
      key: 'report',
      header: msg('向上报告', 'Report'),
      get: (x) =>
        x.r
          ? hm(x.r.at) + (x.reportLate ? t(msg('（迟报）', ' (late)')) : '')
          : t(msg(`${x.due} 前`, `by ${x.due}`)) + (today > x.due ? t(msg('（逾期）', ' (overdue)')) : ''),
    },
    {
      key: 'measures',
      header: msg('未落实措施', 'Open measures'),
      get: (x) =>
        x.measures.length
          ? `${x.measures.length}${x.measures.some((m) => m.overdue) ? t(msg('（逾期）', ' (overdue)')) : ''}`
          : undefined,
      align: 'right',
    },
  ]);
}

function drills(ctx: Ctx, year: number | undefined): void {
  const rows = [...ctx.shown.all<EmergencyDrillRecord>('emergency-drill')]
    .map((r) => r.data)
    .filter((d) => !year || d.date.startsWith(String(year)))
    .sort((a, b) => a.date.localeCompare(b.date) || compareIds(a.id, b.id));
  if (ctx.globals.json) {
    ctx.out.json(rows);
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('编号', 'Id'), get: (d) => d.id },
    { key: 'date', header: msg('日期', 'Date'), get: (d) => d.date },
    { key: 'type', header: msg('类别', 'Kind'), get: (d) => t(msg(labelZh('emergencyKind', d.type), d.type)) },
    { key: 'scenario', header: msg('情景', 'Scenario'), get: (d) => d.scenario },
    { key: 'n', header: msg('人数', 'People'), get: (d) => d.participants, align: 'right' },
    { key: 'findings', header: msg('发现的问题', 'Findings'), get: (d) => d.findings },
  ]);
}
