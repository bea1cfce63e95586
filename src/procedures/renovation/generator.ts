// Renovation cases of a generated estate (spec 03-renovation.md; wuye demo generate): the demo
// profile writes the ten cases of the project's demo estate (demo-cases.ts), the bench profile ~0.1 a
// unit a year over the history window from the seed (bench-cases.ts), each taken step by step as
// the commands take it (story.ts). The money goes through the counter (g.estate.counter): the fee
// generator puts it on the unit's fee account with the cashier's receipt; a deposit or debris fee paid
// at move-in is the case's own. The cases are written in `finish`, once the receipts are numbered.
// e.g. wuye demo generate DIR (named in the manifest; runs after the registry, fee and move-in generators)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { WorkCalendar } from '../../core/calendar.js';
import { relPath } from '../../core/kinds.js';
import type { ConfigRecord } from '../../core/types.gen.js';
import type { CounterTake, GenContext, KindGenerator } from '../../kit/generate/context.js';
import { benchCases } from './bench-cases.js';
import { demoCases } from './demo-cases.js';
import { cfg, type Case } from './rules.js';
import { heldNote } from './money.js';
import type { Env } from './story.js';

export const renovationGenerator: KindGenerator = {
  name: 'renovation',
  run(g: GenContext) {
    const config = jsyaml.load(readFileSync(join(g.out.root, 'wuye.yaml'), 'utf8'), {
      schema: jsyaml.CORE_SCHEMA,
    }) as ConfigRecord;
    const pending: [NonNullable<Case['charges']>[number], CounterTake][] = [];
    const env: Env = {
      conf: cfg(config.renovation),
      cal: new WorkCalendar(),
      money: { counter: g.estate.counter, items: config.fees?.items ?? [], pending, claimed: new Set() },
    };
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
    built.set(g.estate, { cases, pending });
  },
  finish(g: GenContext) {
    const b = built.get(g.estate);
    if (!b) return;
    // the fee generator has numbered the counter's takes: each charge names its receipt and book
    for (const [charge, take] of b.pending) {
      if (take.receipt) charge.receipt = take.receipt;
      if (take.book) charge.book = take.book;
      else delete charge.book;
    }
    // the application's log names what the fee account already held, with its receipts (as renovation apply does)
    for (const c of b.cases) {
      const held = (c.charges ?? []).filter((x) => x.held);
      if (held.length) c.log[0].note = heldNote(held);
    }
    for (const c of b.cases) g.out.record(relPath('renovation', c.id), c as unknown as Record<string, unknown>);
  },
};

/** What `run` built for an estate, written by `finish` once the receipts are numbered. */
const built = new WeakMap<object, { cases: Case[]; pending: [NonNullable<Case['charges']>[number], CounterTake][] }>();
