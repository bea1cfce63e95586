// Notice ids, allocated under the lock (records.md "Ids"): GG<year>-[station]<seq>, never reused.
// e.g. nextNoticeId(ctx, tx, '2026') → GG2026-0006
import type { Ctx } from '../../kit/context.js';
import type { Tx } from '../../core/store.js';

export function nextNoticeId(ctx: Ctx, tx: Tx, year: string): string {
  const head = `GG${year}-${ctx.config.station ?? ''}`; // the prefix is fixed by the schema's id pattern
  let max = 0;
  for (const id of tx.store.ids('notice')) {
    if (!id.startsWith(head)) continue;
    const n = Number(id.slice(head.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${head}${String(max + 1).padStart(4, '0')}`;
}
