// The vacant units of the demo and benchmark estates (manual 四.5): every unsold or vacant unit checked about
// monthly over the last year (the bench over its history), now and then a fault found; one unit whose checks
// stopped 40 days before the as-of day (overdue, standard 四.5 shows it); the viewings the key register lent the
// units' keys for; and the discount applications the fee generator billed by (plan.ts), approved by the cs-manager.
// e.g. wuye demo generate /tmp/estate
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { addDays } from '../../core/dates.js';
import { relPath } from '../../core/kinds.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { GenContext, KindGenerator } from '../../kit/generate/run.js';
import type { Key } from '../key/api.js';
import { discountPlan } from './plan.js';
import { isVacantUnit, type Vacant, type VacantCheck } from './rules.js';

const FINDINGS: [VacantCheck['faults'], string][] = [
  [['water'], '阳台窗台有渗水痕迹，已通知业主'],
  [['doors-windows'], '次卧窗户未关，已关好'],
  [['smell-pests'], '室内有霉味，已开窗通风'],
  [['cleanliness'], '地面积灰较多，已告知业主'],
];

export const vacantGenerator: KindGenerator = {
  name: 'vacant',
  run(g: GenContext) {
    const asOf = g.opts.asOf;
    const rng = g.rng;
    const onDuty = (role: string, day: string): StaffRecord[] =>
      g.estate.staff.filter(
        (s) =>
          (s.roles as string[]).includes(role) &&
          (!s.active_from || s.active_from <= day) &&
          (!s.active_to || s.active_to >= day),
      );
    const desk = (day: string) =>
      rng.pick(onDuty('cs-assistant', day).length ? onDuty('cs-assistant', day) : g.estate.staff).id;
    const horizon = g.opts.profile === 'demo' ? 365 : Math.min(g.estate.history.periods.length * 30, 1095);
    const plan = discountPlan(g.estate, asOf);
    const units = g.estate.units.filter(isVacantUnit).sort((a, b) => a.id.localeCompare(b.id));
    const late = units[Math.floor(units.length / 2)]?.id; // its checks stopped: overdue at the as-of day
    for (const u of units) {
      const since = u.fee_start ?? g.estate.history.from;
      const start = since > addDays(asOf, -horizon) ? since : addDays(asOf, -horizon);
      const end = u.id === late ? addDays(asOf, -40) : asOf;
      const p = plan.get(u.id);
      const dates = new Set<string>();
      for (let d = addDays(start, rng.int(2, 9)); d <= end; d = addDays(d, rng.int(22, 30))) dates.add(d);
      if (p) dates.add(p.check);
      const checks: VacantCheck[] = [...dates].sort().map((date) => {
        const f = rng.chance(0.04) ? rng.pick(FINDINGS) : undefined;
        return {
          date,
          by: desk(date),
          round: date.slice(0, 7),
          ...(f ? { faults: f[0], findings: f[1] } : {}),
        };
      });
      // the viewings the key register lent this unit's set for
      const keyFile = join(g.out.root, relPath('key', `K-${u.id}`));
      const key = existsSync(keyFile)
        ? (jsyaml.load(readFileSync(keyFile, 'utf8'), { schema: jsyaml.CORE_SCHEMA }) as Key)
        : undefined;
      const viewings = (key?.loans ?? [])
        .filter((l) => l.ref === `vacant/${u.id}`)
        .map((l) => ({
          who: l.to.replace(/（.*$/, ''),
          key: key!.id,
          from: l.out,
          ...(l.in ? { to: l.in } : {}),
          by: l.by ?? desk(l.out.slice(0, 10)),
        }));
      const rec: Vacant = {
        kind: 'vacant',
        id: u.id,
        ...(checks.length ? { checks } : {}),
        ...(viewings.length ? { viewings } : {}),
        ...(p
          ? {
              discounts: [
                {
                  no: 1,
                  applied: p.applied,
                  applicant: p.applicant,
                  from: p.from,
                  to: p.to,
                  check: p.check,
                  state: 'approved' as const,
                  by: desk(p.applied),
                  decided_by: (onDuty('cs-manager', p.decided)[0] ?? g.estate.staff[0]).id,
                  decided_on: p.decided,
                },
              ],
            }
          : {}),
      };
      if (rec.checks || rec.viewings || rec.discounts)
        g.out.record(relPath('vacant', u.id), rec as unknown as Record<string, unknown>);
    }
  },
};
