// wuye reception list [--year 2026] [--state closed] [--json]
// Manual 四.1: the receptions with their arrival, guests, rounds served and utensils out and back.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allCases } from '../../../core/case-engine.js';
import type { ReceptionState } from '../../../core/enums.gen.js';
import { msg, t } from '../../../core/i18n.js';
import { compareIds } from '../../../core/kinds.js';
import { RECEPTION_CASES } from '../cases.js';
import { RECEPTION, utensils, type Reception } from '../rules.js';

export const parse = (l: Line) => ({ year: l.int('year', 2000, 2100), state: l.choice<ReceptionState>('state') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const rows = allCases<Reception>(ctx.shown, RECEPTION_CASES)
    .filter((r) => (!o.year || r.arrival.startsWith(String(o.year))) && (!o.state || r.state === o.state))
    .sort((a, b) => a.arrival.localeCompare(b.arrival) || compareIds(a.id, b.id))
    .map((r) => ({ r, u: utensils(r), rounds: (r.tea ?? []).filter((x) => x.round > 0).length }));
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map(({ r, u, rounds }) => ({
        id: r.id,
        organisation: r.organisation,
        guests: r.guests,
        arrival: r.arrival,
        end: r.end,
        state: r.state,
        rounds,
        utensils_out: u.out,
        utensils_back: u.back,
      })),
    );
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('编号', 'Id'), get: (x) => x.r.id },
    { key: 'arrival', header: msg('到达', 'Arrival'), get: (x) => x.r.arrival.slice(0, 16).replace('T', ' ') },
    { key: 'org', header: msg('来访单位', 'Organisation'), get: (x) => x.r.organisation },
    { key: 'guests', header: msg('人数', 'Guests'), get: (x) => x.r.guests, align: 'right' },
    { key: 'state', header: msg('状态', 'State'), get: (x) => t(RECEPTION.states[x.r.state]) },
    { key: 'rounds', header: msg('茶水轮次', 'Rounds'), get: (x) => x.rounds, align: 'right' },
    { key: 'utensils', header: msg('器皿出/回', 'Utensils out/back'), get: (x) => `${x.u.out}/${x.u.back}` },
  ]);
}
