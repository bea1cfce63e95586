// The warranty statistics fed back to the developer (spec 06 "Statistics by component and building"): for the
// reports of a period, by component and by building — reports, in warranty (routed to the developer), out of
// warranty (paid repairs), completed, late (the developer past the agreed deadline) and still open — and the list.
// e.g. statsReport(computeStats(reports, { from: '2026-01-01', to: '2026-12-31' }, '2026-11-28'), head)
import { dateOf } from '../../core/dates.js';
import { msg, t } from '../../core/i18n.js';
import { LABELS } from '../../core/labels.js';
import { WARRANTY_COMPONENT } from '../../core/enums.gen.js';
import type { Report } from '../../render/report.js';
import { WARRANTY, type WarrantyState } from './machine.js';
import { addTo, emptyFigures, type Figures, type Warranty } from './rules.js';

export interface WarrantyStats {
  period: { from: string; to: string };
  all: Figures;
  components: { component: string; f: Figures }[];
  buildings: { building: string; f: Figures }[];
  reports: Warranty[];
}

const buildingOf = (unit: string) => unit.split('-')[0];

export function computeStats(all: Iterable<Warranty>, p: { from: string; to: string }, today: string): WarrantyStats {
  const mine = [...all].filter((w) => dateOf(w.reported_at) >= p.from && dateOf(w.reported_at) <= p.to);
  const total = emptyFigures();
  const byC = new Map<string, Figures>();
  const byB = new Map<string, Figures>();
  for (const w of mine) {
    addTo(total, w, today);
    addTo(byC.get(w.component) ?? byC.set(w.component, emptyFigures()).get(w.component)!, w, today);
    const b = buildingOf(w.unit);
    addTo(byB.get(b) ?? byB.set(b, emptyFigures()).get(b)!, w, today);
  }
  return {
    period: p,
    all: total,
    components: WARRANTY_COMPONENT.filter((c) => byC.has(c)).map((c) => ({ component: c, f: byC.get(c)! })),
    buildings: [...byB.keys()]
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .map((b) => ({ building: b, f: byB.get(b)! })),
    reports: mine,
  };
}

const figureColumns = [
  { key: 'reports', header: msg('报告', 'Reports'), type: 'integer' as const, total: true },
  { key: 'inWarranty', header: msg('保修期内', 'In warranty'), type: 'integer' as const, total: true },
  { key: 'converted', header: msg('已过保修期（有偿）', 'Out (paid)'), type: 'integer' as const, total: true },
  { key: 'completed', header: msg('已完工', 'Completed'), type: 'integer' as const, total: true },
  { key: 'late', header: msg('逾期', 'Late'), type: 'integer' as const, total: true },
  { key: 'open', header: msg('未结', 'Open'), type: 'integer' as const, total: true },
];

export function statsReport(
  s: WarrantyStats,
  head: { center: string; developer?: string; generatedAt: string; generatedBy?: string },
): Report {
  return {
    title: msg(
      `房屋质量保修统计${head.developer ? `（报 ${head.developer}）` : ''}`,
      `warranty statistics${head.developer ? ` (for ${head.developer})` : ''}`,
    ),
    center: head.center,
    period: `${s.period.from} — ${s.period.to}`,
    generatedAt: head.generatedAt,
    generatedBy: head.generatedBy,
    sheets: [
      {
        name: msg('按部位', 'By component'),
        columns: [{ key: 'component', header: msg('部位', 'Component') }, ...figureColumns],
        rows: s.components.map((x) => ({ component: t(LABELS.warrantyComponent[x.component as 'structure']), ...x.f })),
        totals: true,
      },
      {
        name: msg('按栋', 'By building'),
        columns: [{ key: 'building', header: msg('栋', 'Building') }, ...figureColumns],
        rows: s.buildings.map((x) => ({ building: x.building, ...x.f })),
        totals: true,
      },
      {
        name: msg('明细', 'Reports'),
        columns: [
          { key: 'id', header: msg('保修报告', 'Report') },
          { key: 'reported', header: msg('报告日期', 'Reported'), type: 'date' },
          { key: 'unit', header: msg('房屋', 'Unit') },
          { key: 'component', header: msg('部位', 'Component') },
          { key: 'clock', header: msg('保修期', 'Clock') },
          { key: 'contractorEnd', header: msg('施工单位至', "Contractor's until"), type: 'date' },
          { key: 'developerEnd', header: msg('开发企业至', "Developer's until"), type: 'date' },
          { key: 'state', header: msg('状态', 'State') },
          { key: 'deadline', header: msg('约定期限', 'Deadline'), type: 'date' },
          { key: 'repair', header: msg('有偿维修', 'Paid repair') },
        ],
        rows: s.reports.map((w) => ({
          id: w.id,
          reported: dateOf(w.reported_at),
          unit: w.unit,
          component: t(LABELS.warrantyComponent[w.component]),
          clock: t(LABELS.warrantyClock[w.decision.clock]),
          contractorEnd: w.decision.contractor_end,
          developerEnd: w.decision.developer_end,
          state: t(WARRANTY.states[w.state as WarrantyState]),
          deadline: w.routed?.deadline,
          repair: w.repair,
        })),
      },
    ],
  };
}
