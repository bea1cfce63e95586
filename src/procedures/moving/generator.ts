// Occupancy in the demo and benchmark estates (manual 四.4): the registry's tenancies get the consenting owner
// and resident cards, residents get their cards; a few earlier tenancies ended with cards taken back (one not:
// lost), and a resident who left — so `unit show`, the forms and the checks have history to show.
// e.g. wuye demo generate /tmp/estate (after the registry, which places owners, residents and tenants)
import { addDays } from '../../core/dates.js';
import type { GenContext, KindGenerator } from '../../kit/generate/run.js';

export const movingGenerator: KindGenerator = {
  name: 'moving',
  run(g: GenContext) {
    const rng = g.rng;
    const staff = g.estate.staff.filter((s) => !s.active_to);
    const desks = staff.filter((s) => (s.roles as string[]).includes('cs-assistant'));
    const desk = () => rng.pick(desks.length ? desks : staff).id;
    let n = 0;
    const card = (on: string) => ({ no: `ZH-${String(++n).padStart(5, '0')}`, issued_on: on });
    let endedTenancies = 0;
    let leftResidents = 0;
    const every = g.opts.profile === 'demo' ? 1 : 25; // how often a let unit shows an ended tenancy
    let lets = 0;
    for (const u of g.estate.units) {
      const owner = u.owners?.[0]?.person;
      for (const r of u.residents ?? []) if (r.since) r.card = card(r.since);
      if (u.tenants?.length && owner) {
        for (const t of u.tenants) {
          t.consent_by = owner;
          t.consent_on = addDays(t.from, -rng.int(1, 10));
          t.card = card(t.from);
        }
        const first = u.tenants[0];
        if (lets++ % every === 0 && endedTenancies < (g.opts.profile === 'demo' ? 2 : 1000)) {
          const from = addDays(first.from, -365 - rng.int(0, 60));
          const ended = addDays(first.from, -rng.int(5, 30));
          if (from > (u.fee_start ?? '0000')) {
            const lost = endedTenancies === 1;
            const c = card(from);
            (u.past_tenants ??= []).push({
              person: g.estate.people[rng.int(0, g.estate.people.length - 1)].id,
              from,
              to: addDays(from, 364),
              consent: '业主书面同意出租（原件存档）',
              consent_by: owner,
              consent_on: addDays(from, -3),
              card: lost ? { ...c, not_returned: '租户称已遗失，已注销' } : { ...c, returned_on: ended },
              ended,
              ended_by: desk(),
              reason: rng.pick(['租期届满', '提前退租', '业主收回自住']),
            });
            endedTenancies++;
          }
        }
      }
      if (
        u.state === 'occupied' &&
        (u.residents?.length ?? 0) >= 2 &&
        leftResidents < (g.opts.profile === 'demo' ? 1 : 500)
      ) {
        const r = u.residents!.pop()!;
        const until = addDays(g.opts.asOf, -rng.int(20, 200));
        if (r.since && until > r.since) {
          (u.past_residents ??= []).push({
            ...r,
            until,
            ...(r.card ? { card: { ...r.card, returned_on: until } } : {}),
            by: desk(),
          });
          leftResidents++;
        } else u.residents!.push(r);
      }
    }
  },
};
