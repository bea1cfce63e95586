// The move-in reports (spec 02 "Reports"), as plain report models for
// src/render (xlsx, table, CSV, JSON): progress by building and day, open
// defects by category and the developer's deadline, fees collected at move-in
// by item. Pure over the cases. e.g. progressReport(cases, '2026-11-28')
import { dateOf } from '../../core/dates.js';
import { compareIds } from '../../core/kinds.js';
import { msg } from '../../core/i18n.js';
import { labelZh } from '../../core/labels.js';
import type { MoveinRecord } from '../../core/types.gen.js';
import type { ReportColumn, ReportRow, ReportSheet } from '../../render/report.js';
import { fenOf, openDefects, STEP_ORDER } from './rules.js';

const col = (key: string, zh: string, en: string, type?: ReportColumn['type'], total?: boolean): ReportColumn => ({
  key,
  header: msg(zh, en),
  ...(type ? { type } : {}),
  ...(total ? { total } : {}),
});
const byBuilding = (cases: readonly MoveinRecord[]) => {
  const m = new Map<string, MoveinRecord[]>();
  for (const c of cases) {
    const b = c.unit.split('-')[0];
    m.set(b, [...(m.get(b) ?? []), c]);
  }
  return [...m].sort(([a], [b]) => compareIds(a, b));
};
const stepDay = (c: MoveinRecord, action: string) => {
  const e = c.log.find((l) => l.action === action);
  return e ? dateOf(e.at) : undefined;
};

/** Units at each step per building (summary), then what happened each day per building. */
export function progressSheets(cases: readonly MoveinRecord[]): ReportSheet[] {
  const summary: ReportRow[] = byBuilding(cases).map(([b, cs]) => {
    const row: ReportRow = { building: b, total: cs.length };
    for (const s of STEP_ORDER) row[s] = cs.filter((c) => c.state === s).length;
    // a fraction, shown as 0.0% as every workbook shows a rate
    row.done = cs.length
      ? Math.round((cs.filter((c) => c.state === 'completed').length / cs.length) * 10000) / 10000
      : 0;
    row.open = cs.reduce((a, c) => a + openDefects(c).length, 0);
    return row;
  });
  const days: ReportRow[] = [];
  for (const [b, cs] of byBuilding(cases)) {
    const dates = new Set<string>();
    for (const c of cs) {
      dates.add(c.slot.date);
      for (const e of c.log) if (e.action !== 'plan' && e.action !== 'notice') dates.add(dateOf(e.at));
    }
    let cumulative = 0;
    for (const d of [...dates].sort()) {
      const n = (a: string) => cs.filter((c) => stepDay(c, a) === d).length;
      cumulative += n('complete');
      days.push({
        building: b,
        date: d,
        booked: cs.filter((c) => c.slot.date === d).length,
        checkin: n('checkin'),
        inspect: n('inspect'),
        fees: n('fees'),
        keys: n('keys'),
        complete: n('complete'),
        cumulative,
      });
    }
  }
  return [
    {
      name: msg('按楼栋汇总', 'By building'),
      totals: true,
      rows: summary,
      columns: [
        col('building', '楼栋', 'Building'),
        col('total', '户数', 'Units', 'integer', true),
        ...STEP_ORDER.map((s) => col(s, labelZh('moveinState', s), s, 'integer', true)),
        col('done', '完成率', 'Completed', 'percent'),
        col('open', '待整改问题', 'Open defects', 'integer', true),
      ],
    },
    {
      name: msg('按日进度', 'By day'),
      totals: true,
      rows: days,
      columns: [
        col('building', '楼栋', 'Building'),
        col('date', '日期', 'Date', 'date'),
        col('booked', '预约', 'Booked', 'integer', true),
        col('checkin', '查验资料', 'Checked in', 'integer', true),
        col('inspect', '验房', 'Inspected', 'integer', true),
        col('fees', '交费', 'Fees', 'integer', true),
        col('keys', '领钥匙', 'Keys', 'integer', true),
        col('complete', '完成', 'Completed', 'integer', true),
        col('cumulative', '累计完成', 'Cumulative', 'integer'),
      ],
    },
  ];
}

/** Open defects by category and deadline (summary), then each one with its follow-up. */
export function defectSheets(cases: readonly MoveinRecord[], today: string): ReportSheet[] {
  const detail: ReportRow[] = [];
  for (const c of [...cases].sort((a, b) => compareIds(a.id, b.id))) {
    for (const d of openDefects(c)) {
      const deadline = d.escalation?.deadline ?? d.deadline;
      detail.push({
        unit: c.id,
        no: d.no,
        location: d.location,
        description: d.description,
        category: labelZh('defectCategory', d.category),
        status: labelZh('defectStatus', d.status),
        assigned: d.assigned_to,
        deadline,
        escalated: d.escalation ? d.escalation.on : undefined,
        manager: d.escalation?.manager,
        overdue: deadline && deadline < today ? '逾期' : '',
      });
    }
  }
  const groups = new Map<string, ReportRow>();
  for (const r of detail) {
    const k = `${r.category}\u0000${r.deadline ?? ''}`;
    const g = groups.get(k) ?? {
      category: r.category,
      deadline: r.deadline,
      open: 0,
      overdue: 0,
      escalated: 0,
      units: 0,
      _u: new Set<string>(),
    };
    g.open = (g.open as number) + 1;
    if (r.overdue) g.overdue = (g.overdue as number) + 1;
    if (r.escalated) g.escalated = (g.escalated as number) + 1;
    (g._u as Set<string>).add(r.unit as string);
    g.units = (g._u as Set<string>).size;
    groups.set(k, g);
  }
  const summary = [...groups.values()]
    .map(({ _u, ...g }) => g)
    .sort(
      (a, b) =>
        String(a.deadline).localeCompare(String(b.deadline)) || String(a.category).localeCompare(String(b.category)),
    );
  return [
    {
      name: msg('按类别和期限', 'By category and deadline'),
      totals: true,
      rows: summary,
      columns: [
        col('category', '类别', 'Category'),
        col('deadline', '整改期限', 'Deadline', 'date'),
        col('open', '待整改', 'Open', 'integer', true),
        col('overdue', '已逾期', 'Overdue', 'integer', true),
        col('escalated', '转经理跟进', 'Escalated', 'integer', true),
        col('units', '涉及户数', 'Units', 'integer'),
      ],
    },
    {
      name: msg('明细', 'Details'),
      rows: detail,
      columns: [
        col('unit', '房屋', 'Unit'),
        col('no', '序号', 'No', 'integer'),
        col('location', '部位', 'Location'),
        col('description', '问题', 'Defect'),
        col('category', '类别', 'Category'),
        col('status', '状态', 'Status'),
        col('assigned', '整改单位', 'Assigned to'),
        col('deadline', '期限', 'Deadline', 'date'),
        col('escalated', '转经理日期', 'Escalated on', 'date'),
        col('manager', '跟进经理', 'Manager'),
        col('overdue', '逾期', 'Overdue'),
      ],
    },
  ];
}

/** Fees recorded at move-in by item (collected and deferred), then each unit's lines. */
export function feeSheets(cases: readonly MoveinRecord[]): ReportSheet[] {
  const detail: ReportRow[] = [];
  const items = new Map<string, ReportRow>();
  for (const c of [...cases].sort((a, b) => compareIds(a.id, b.id))) {
    for (const f of c.fees?.items ?? []) {
      const fen = fenOf(f.amount);
      detail.push({
        unit: c.id,
        date: c.fees!.on,
        receipt: f.receipt ?? c.fees!.receipt, // each item's own receipt (a deposit has its own); older records: one
        code: f.code,
        name: f.name,
        // collected and deferred money in columns of their own: a total never adds money taken to money owed
        collected: f.status === 'collected' ? fen : undefined,
        deferred: f.status === 'collected' ? undefined : fen,
        status: labelZh('feeStatus', f.status),
      });
      const g = items.get(f.code) ?? {
        code: f.code,
        name: f.name,
        units: 0,
        collected: 0,
        deferred_units: 0,
        deferred: 0,
      };
      if (f.status === 'collected') {
        g.units = (g.units as number) + 1;
        g.collected = (g.collected as number) + fen;
      } else {
        g.deferred_units = (g.deferred_units as number) + 1;
        g.deferred = (g.deferred as number) + fen;
      }
      items.set(f.code, g);
    }
  }
  return [
    {
      name: msg('按项目汇总', 'By item'),
      totals: true,
      rows: [...items.values()],
      columns: [
        col('name', '收费项目', 'Item'),
        col('units', '已收户数', 'Units paid', 'integer', true),
        col('collected', '已收金额', 'Collected', 'money', true),
        col('deferred_units', '缓交户数', 'Units deferred', 'integer', true),
        col('deferred', '缓交金额', 'Deferred', 'money', true),
      ],
    },
    {
      name: msg('明细', 'Details'),
      totals: true,
      rows: detail,
      columns: [
        col('unit', '房屋', 'Unit'),
        col('date', '日期', 'Date', 'date'),
        col('receipt', '收据号', 'Receipt'),
        col('name', '收费项目', 'Item'),
        col('collected', '已收金额', 'Collected', 'money', true),
        col('deferred', '缓交金额', 'Deferred', 'money', true),
        col('status', '状态', 'Status'),
      ],
    },
  ];
}
