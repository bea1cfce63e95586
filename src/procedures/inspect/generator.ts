// Checklist rounds in the demo estate (manual 三.8 shops, 三.15 canteen): November's round of the six shops — one
// with goods laid out in front of it and a rectification notice — and the canteen checked in October and November.
// Conduct rounds of staff are the review procedure's (review/generator.ts numbers its rounds after these).
// e.g. wuye demo generate /tmp/estate → inspections/2026/JC2026-0001.yaml (shop S1-1-101) …
import { loadConfig } from '../../core/root.js';
import { relPath } from '../../core/kinds.js';
import type { InspectionRecord } from '../../core/types.gen.js';
import type { GenContext, KindGenerator } from '../../kit/generate/context.js';
import { loadChecklist } from './checklist.js';

interface Planned {
  checklist: string;
  date: string;
  where: InspectionRecord['where'];
  fail?: { item: string; note: string; follow: string };
  values?: Record<string, number>;
}

/** The demo's rounds: the shops on one day in November, the canteen once a month. */
export function demoRounds(shops: readonly string[]): Planned[] {
  return [
    { checklist: 'canteen', date: '2026-10-21', where: { place: '员工食堂' }, values: { pests: 0, fridge: 4 } },
    ...shops.map((unit): Planned => ({
      checklist: 'shop',
      date: '2026-11-18',
      where: { unit },
      ...(unit === shops[2]
        ? {
            fail: {
              item: 'frontage',
              note: '门前摆放货架占用人行道',
              follow: '发整改通知，三日内清理门前货架',
            },
          }
        : {}),
    })),
    { checklist: 'canteen', date: '2026-11-20', where: { place: '员工食堂' }, values: { pests: 0, fridge: 5 } },
  ];
}

export const inspectGenerator: KindGenerator = {
  name: 'inspect',
  run(g: GenContext) {
    if (g.opts.profile !== 'demo') return;
    const root = g.out.root;
    const ctx = { root, config: loadConfig(root) };
    const manager = g.estate.staff.find((s) => s.roles.includes('cs-manager') && !s.active_to)?.id ?? 'S001';
    const shops = g.estate.units.filter((u) => u.type === 'shop').map((u) => u.id);
    demoRounds(shops).forEach((p, i) => {
      const cl = loadChecklist(ctx, p.checklist);
      const id = `JC2026-${String(i + 1).padStart(4, '0')}`;
      const rec: InspectionRecord = {
        kind: 'inspection',
        id,
        checklist: p.checklist,
        date: p.date,
        by: manager,
        where: p.where,
        results: cl.items.map((it) => ({
          item: it.id,
          result: p.fail?.item === it.id ? 'fail' : 'pass',
          ...(p.values?.[it.id] !== undefined ? { value: p.values[it.id] } : {}),
          ...(p.fail?.item === it.id ? { note: p.fail.note } : {}),
        })) as InspectionRecord['results'],
        ...(p.fail ? { follow_ups: [{ what: p.fail.follow }] } : {}),
      };
      g.out.record(relPath('inspection', id), rec as unknown as Record<string, unknown>);
    });
  },
};
