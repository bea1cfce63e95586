// Notice ids, allocated under the lock (records.md "Ids"): GG<year>-[station]<seq>, never reused.
// e.g. nextNoticeId(ctx, tx, '2026') → GG2026-0006
import type { Ctx } from '../../kit/context.js';
import type { Tx } from '../../core/store.js';
import { nextInSequence } from '../../core/ids.js';

export function nextNoticeId(ctx: Ctx, tx: Tx, year: string): string {
  const head = `GG${year}-${ctx.config.station ?? ''}`; // the prefix is fixed by the schema's id pattern
  return nextInSequence(head, 4, tx.store.ids('notice'));
}
