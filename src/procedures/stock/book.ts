// The warehouse's book read from the records (spec 16-stock.md "Records"): items, movements (one file each under
// stock-moves/<year>/, written once: a receipt or an issue is one small new file, never a rewrite of a growing
// ledger, so two movements never touch the same file and git shows each as it happened), stocktakes; the book
// replayed by the configured valuation; movement ids allocated under the lock. e.g. bookOf(ctx, ctx.store)
import type { StockValuation } from '../../core/enums.gen.js';
import { RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { Store, Tx } from '../../core/store.js';
import { nextCaseId } from '../../kit/case.js';
import type { Ctx } from '../../kit/context.js';
import { replay, type Book, type Item, type Move, type Take } from './rules.js';

type Reader = Pick<Store, 'all'>;

export const allItems = (s: Reader): Item[] => [...s.all<Item>('stock-item')].map((r) => r.data);
export const allMoves = (s: Reader): Move[] => [...s.all<Move>('stock-move')].map((r) => r.data);
export const allTakes = (s: Reader): Take[] => [...s.all<Take>('stocktake')].map((r) => r.data);

export interface StockConf {
  valuation: StockValuation;
  stocktakeDays: number;
  approveRoles: string[];
}

export function conf(ctx: Ctx): StockConf {
  const c = (ctx.config.stock ?? {}) as {
    valuation?: StockValuation;
    stocktake_days?: number;
    approve_roles?: string[];
  };
  return {
    valuation: c.valuation ?? 'moving-average',
    stocktakeDays: c.stocktake_days ?? 31,
    approveRoles: c.approve_roles ?? ['director'],
  };
}

export const bookOf = (ctx: Ctx, s: Reader, moves = allMoves(s)): Book => replay(moves, conf(ctx).valuation);

/** The latest date of an item's movements (a new one may not go before it). */
export const latestOf = (moves: readonly Move[], item: string): string | undefined =>
  moves
    .filter((m) => m.item === item)
    .map((m) => m.date)
    .sort()
    .at(-1);

/** n movement ids for the year, in order (KC2026-0007, KC2026-0008, …), never reused. */
export function nextMoveIds(ctx: Ctx, tx: Tx, year: string, n: number): string[] {
  const first = nextCaseId(ctx, tx, 'stock-move', year);
  const m = /^(.*?)(\d+)$/.exec(first)!;
  return Array.from({ length: n }, (_, i) => `${m[1]}${String(Number(m[2]) + i).padStart(m[2].length, '0')}`);
}

/** An item by its code, or by its exact name (the repair procedure's materials are written by name or code). */
export function findItem(items: readonly Item[], ref: string): Item | undefined {
  const r = ref.trim();
  return items.find((i) => i.id === r) ?? items.find((i) => i.name === r);
}

export function requireItem(items: readonly Item[], ref: string, where: string): Item {
  const it = findItem(items, ref);
  if (!it)
    throw new RuleError(
      msg(`${where}: 仓库没有物品 "${ref}"`, `${where}: no stock item "${ref}"`),
      msg(
        '用 wuye stock item list 查看编码，或先 wuye stock item add',
        'see wuye stock item list, or add it: wuye stock item add',
      ),
    );
  return it;
}
