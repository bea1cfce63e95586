// Renovation cases of a generated estate (spec 03-renovation.md; wuye demo generate): the demo
// profile writes the ten cases of the project's demo estate (demo-cases.ts), the bench profile ~0.1 a
// unit a year over the history window from the seed (bench-cases.ts), each taken step by step as
// the commands take it (story.ts). The money stays on the case (charges with the cashier's receipt
// number): the fee accounts of a generated estate are the fee generator's.
// e.g. wuye demo generate DIR (named in the manifest; runs after the registry, fee and move-in generators)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { WorkCalendar } from '../../core/calendar.js';
import { relPath } from '../../core/kinds.js';
import type { ConfigRecord } from '../../core/types.gen.js';
import type { GenContext, KindGenerator } from '../../kit/generate/context.js';
import { benchCases } from './bench-cases.js';
import { demoCases } from './demo-cases.js';
import { cfg } from './rules.js';
import type { Env } from './story.js';

export const renovationGenerator: KindGenerator = {
  name: 'renovation',
  run(g: GenContext) {
    const config = jsyaml.load(readFileSync(join(g.out.root, 'wuye.yaml'), 'utf8'), {
      schema: jsyaml.CORE_SCHEMA,
    }) as ConfigRecord;
    const env: Env = { conf: cfg(config.renovation), cal: new WorkCalendar() };
    const units = new Map(g.estate.units.map((u) => [u.id, u]));
    const staff = new Map(g.estate.staff.map((s) => [s.id, s]));
    const need = <T>(m: Map<string, T>, id: string): T => {
      const v = m.get(id);
      if (!v) throw new Error(`renovation demo: no ${id} in the generated estate`);
      return v;
    };
    const cases =
      g.opts.profile === 'demo'
        ? demoCases(
            env,
            (id) => need(units, id),
            (id) => need(staff, id),
          )
        : benchCases(env, g);
    for (const c of cases) g.out.record(relPath('renovation', c.id), c as unknown as Record<string, unknown>);
  },
};
