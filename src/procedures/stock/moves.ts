// Entering a movement in the book (spec 16-stock.md "Rules"): never dated before the item's latest movement,
// never taking the shelf below zero (an issue beyond stock: exit 1, nothing written), one new file each.
// Used by stock in/out/return/writeoff, the stocktake's approval and the repair procedure (api.ts).
// e.g. const m = enter(tx, ctx, [{ type: 'out', item: 'WX001', qty: 2, date, requested_by: 'S007', repair: 'BX2026-0003' }])
import type { Tx } from '../../core/store.js';
import type { Ctx } from '../../kit/context.js';
import { allItems, allMoves, conf, latestOf, nextMoveIds } from './book.js';
import { apply, checkInOrder, checkOnHand, cq, isIn, replay, type Move } from './rules.js';

export type Draft = Omit<Move, 'kind' | 'id' | 'by' | 'at'>;

/** Enter drafts (in order) as new movements; returns them with their values (fen). Throws RuleError. */
export function enter(tx: Tx, ctx: Ctx, drafts: readonly Draft[]): { move: Move; value: number }[] {
  const moves = allMoves(tx.store);
  const items = allItems(tx.store);
  const book = replay(moves, conf(ctx).valuation);
  const byYear = new Map<string, string[]>();
  for (const d of drafts) {
    const y = d.date.slice(0, 4);
    if (!byYear.has(y)) byYear.set(y, nextMoveIds(ctx, tx, y, drafts.filter((x) => x.date.startsWith(y)).length));
  }
  const by = ctx.operator().id;
  const at = ctx.now();
  const out: { move: Move; value: number }[] = [];
  for (const d of drafts) {
    checkInOrder(d.item, d.date, latestOf(moves, d.item));
    if (!isIn(d)) {
      const item = items.find((i) => i.id === d.item)!;
      checkOnHand(item, book.balances.get(d.item)?.qty ?? 0, cq(d.qty));
    }
    const id = byYear.get(d.date.slice(0, 4))!.shift()!;
    const move = { kind: 'stock-move', id, ...d, by, at } as Move;
    const value = apply(book, move, conf(ctx).valuation);
    moves.push(move);
    tx.create('stock-move', id, move);
    out.push({ move, value });
  }
  return out;
}
