// The service standard the move-in cases measure (manual 三.10, 四.2; spec standards.md 10): each move-in
// completed in the period followed the procedure — documents checked, the inspection signed, every agreement
// signed and one copy archived, every handout given. Read by `wuye standards`.
// e.g. moveinStandards(ctx, { from: '2026-01-01', to: '2026-12-31', today, now })
import { allCases } from '../../core/case-engine.js';
import { msg } from '../../core/i18n.js';
import type { MoveinRecord } from '../../core/types.gen.js';
import type { Ctx } from '../../kit/context.js';
import {
  inPeriod,
  ratioText,
  statusOf,
  type StandardPeriod,
  type StandardRow,
  type StandardSource,
} from '../../kit/standards.js';
import { MOVEIN_CASES } from './cases.js';
import { ALL_AGREEMENTS, ALL_HANDOUTS, inspectionSigned } from './rules.js';

/** What a completed move-in lacks (none: complete). */
export function moveinGaps(c: MoveinRecord): string[] {
  const out: string[] = [];
  if (!c.checkin) out.push('checkin');
  if (!inspectionSigned(c)) out.push('inspection');
  const signed = c.agreements?.items ?? [];
  for (const a of ALL_AGREEMENTS) if (!signed.includes(a)) out.push(a);
  if (c.agreements && !c.agreements.archived) out.push('archived');
  for (const h of ALL_HANDOUTS) if (!(c.handed_out ?? []).includes(h)) out.push(h);
  return out;
}

export function moveinStandards(ctx: Ctx, p: StandardPeriod): StandardRow[] {
  const done = allCases<MoveinRecord>(ctx.shown, MOVEIN_CASES).filter(
    (c) => c.state === 'completed' && !!c.completed_on && inPeriod(c.completed_on, p),
  );
  const bad = done.map((c) => ({ c, gaps: moveinGaps(c) })).filter((x) => x.gaps.length);
  return [
    {
      clause: '10',
      requirement: msg(
        '入伙手续按规程办理，协议签署存档，交接资料齐全',
        'move-in: procedures followed, agreements kept, handover records complete',
      ),
      measured: ratioText(done.length - bad.length, done.length),
      status: statusOf(done.length, bad.length),
      evidence: bad.map((x) => `${x.c.id}（${x.gaps.join('、')}）`),
    },
  ];
}

export const sources: readonly StandardSource[] = [{ clauses: ['10'], measure: moveinStandards }];
