// The warehouse's rules (spec procedures/16-stock.md; manual 具体岗位 三 仓库管理岗), pure: quantities in hundredths
// (2.5 m of cable is 250), values in fen; the book replayed from the movements in date order, valued by moving
// average (each issue takes value × qty ÷ on-hand, rounded half-up to the fen, so the book is exact and an empty
// shelf is worth 0.00) or FIFO; never below zero; the month's ledger; what to buy; stocktake approval.
// e.g. replay(moves, 'moving-average').balances.get('WX001') → { qty: 1200, value: 4560 }
import type { StockCategory, StockMoveType, StockValuation } from '../../core/enums.gen.js';
import { RuleError, UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { divRoundHalfUp, parseMoney, type Fen } from '../../core/money.js';
import type { StockItemRecord, StockMoveRecord, StocktakeRecord } from '../../core/types.gen.js';

export type Item = StockItemRecord;
export type Move = StockMoveRecord;
export type Take = StocktakeRecord;

/** Receipts, returns and surpluses add to the shelf; issues, write-offs and shortages take from it. */
export const INBOUND: ReadonlySet<StockMoveType> = new Set(['in', 'return', 'surplus']);
export const isIn = (m: Pick<Move, 'type'>) => INBOUND.has(m.type);

/** Tools and uniforms are issued to a person and tracked until they come back. */
export const TRACKED: ReadonlySet<StockCategory> = new Set(['tool', 'uniform']);

/** A quantity of a record (2.5) in hundredths (250). */
export const cq = (q: number): number => Math.round(q * 100);
/** Hundredths (250) back to the record's number (2.5). */
export const qn = (c: number): number => c / 100;
/** Hundredths as text: 250 → "2.5", 1200 → "12". */
export const qtyText = (c: number): string => String(c / 100);

const QTY = /^(0|[1-9]\d{0,7})(\.\d{1,2})?$/;
/** A quantity typed on the command line ("3", "2.5"): positive, at most two decimals → hundredths. */
export function parseQty(s: string, where: string, zero = false): number {
  const t = s.trim();
  if (!QTY.test(t) || (!zero && cq(Number(t)) === 0))
    throw new UsageError(
      msg(`${where} 的数量无效: "${s}"`, `invalid quantity for ${where}: "${s}"`),
      msg('写正数，最多两位小数，如 3 或 2.5', 'a positive number with at most two decimals, e.g. 3 or 2.5'),
    );
  return cq(Number(t));
}

/** part/whole of a value, half-up to the fen (exact in BigInt). */
export const share = (value: Fen, part: number, whole: number): Fen =>
  whole === 0 ? 0 : Number(divRoundHalfUp(BigInt(value) * BigInt(part), BigInt(whole)));

/** A receipt's amount: its own, else unit price × quantity, half-up to the fen. */
export const receiptValue = (m: Move): Fen =>
  m.amount !== undefined ? parseMoney(m.amount) : m.unit_price ? share(parseMoney(m.unit_price), cq(m.qty), 100) : 0;

export interface Layer {
  qty: number;
  value: Fen;
}
export interface Balance {
  qty: number;
  value: Fen;
  /** FIFO: the receipts still on the shelf, oldest first (moving average: one layer). */
  layers: Layer[];
  /** The last known cost of one unit in fen × 100 per hundredth, for a surplus found on an empty shelf. */
  last?: Layer;
}

/** The order of the book: by date, then by id (ids are allocated in order under the lock). */
export const byBook = (a: Pick<Move, 'date' | 'id'>, b: Pick<Move, 'date' | 'id'>): number =>
  a.date !== b.date
    ? a.date < b.date
      ? -1
      : 1
    : a.id.length !== b.id.length
      ? a.id.length - b.id.length
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;

export interface Shortfall {
  move: Move;
  have: number;
}

export interface Book {
  balances: Map<string, Balance>;
  /** The value of each movement (a receipt its amount; an issue what it took off the book). */
  values: Map<string, Fen>;
  /** Movements that would take the shelf below zero (refused when entered; validate reports a hand edit). */
  short: Shortfall[];
  /** The movements applied, by id (a return looks up the issue it returns). */
  moves?: Map<string, Move>;
}

export const emptyBalance = (): Balance => ({ qty: 0, value: 0, layers: [] });

/** Take q hundredths off a balance; returns the value taken. Never called with q > b.qty. */
function take(b: Balance, q: number, method: StockValuation): Fen {
  if (method === 'moving-average' || b.layers.length === 0) {
    const v = q === b.qty ? b.value : share(b.value, q, b.qty);
    b.qty -= q;
    b.value -= v;
    b.layers = b.qty ? [{ qty: b.qty, value: b.value }] : [];
    return v;
  }
  let left = q;
  let v = 0;
  while (left > 0 && b.layers.length) {
    const l = b.layers[0];
    const n = Math.min(left, l.qty);
    const lv = n === l.qty ? l.value : share(l.value, n, l.qty);
    l.qty -= n;
    l.value -= lv;
    if (l.qty === 0) b.layers.shift();
    left -= n;
    v += lv;
  }
  b.qty -= q;
  b.value -= v;
  return v;
}

function put(b: Balance, q: number, v: Fen, method: StockValuation): void {
  b.qty += q;
  b.value += v;
  if (method === 'moving-average') b.layers = b.qty ? [{ qty: b.qty, value: b.value }] : [];
  else b.layers.push({ qty: q, value: v });
  if (q > 0) b.last = { qty: q, value: v };
}

/** Apply one movement to the book (moves must come in book order). Returns its value. */
export function apply(book: Book, m: Move, method: StockValuation): Fen {
  let b = book.balances.get(m.item);
  if (!b) book.balances.set(m.item, (b = emptyBalance()));
  const q = cq(m.qty);
  let v: Fen;
  if (m.type === 'in') {
    v = receiptValue(m);
    put(b, q, v, method);
  } else if (m.type === 'return') {
    // back at the cost it went out at
    const of = m.of ? book.values.get(m.of) : undefined;
    const ofMove = m.of ? book.moves?.get(m.of) : undefined;
    v = of !== undefined && ofMove ? share(of, q, cq(ofMove.qty)) : costOf(b, q);
    put(b, q, v, method);
  } else if (m.type === 'surplus') {
    v = costOf(b, q);
    put(b, q, v, method);
  } else {
    if (q > b.qty) {
      book.short.push({ move: m, have: b.qty });
      v = take(b, b.qty, method);
    } else v = take(b, q, method);
  }
  book.values.set(m.id, v);
  book.moves?.set(m.id, m);
  return v;
}

/** The value of q hundredths at the shelf's current average cost, or at the last known cost when it is empty. */
export function costOf(b: Balance, q: number): Fen {
  if (b.qty > 0) return share(b.value, q, b.qty);
  if (b.last && b.last.qty > 0) return share(b.last.value, q, b.last.qty);
  return 0;
}

/** Replay movements (any order) into the book. */
export function replay(moves: Iterable<Move>, method: StockValuation): Book {
  const book: Book = { balances: new Map(), values: new Map(), short: [], moves: new Map() };
  for (const m of [...moves].sort(byBook)) apply(book, m, method);
  return book;
}

/** The refusal of an issue, write-off or shortage beyond the shelf (exit 1, nothing written). */
export function checkOnHand(item: Pick<Item, 'id' | 'name' | 'uom'>, have: number, want: number): void {
  if (want > have)
    throw new RuleError(
      msg(
        `${item.id} ${item.name} 库存只有 ${qtyText(have)}${item.uom}，不能出 ${qtyText(want)}${item.uom}`,
        `${item.id} ${item.name}: only ${qtyText(have)} ${item.uom} in stock, cannot take ${qtyText(want)}`,
      ),
      msg('先入库（wuye stock in），或减少数量', 'receive more first (wuye stock in), or take less'),
    );
}

/** A movement dated before the item's latest one would rewrite issues already valued: refused. */
export function checkInOrder(item: string, date: string, latest: string | undefined): void {
  if (latest && date < latest)
    throw new RuleError(
      msg(
        `${item} 已有 ${latest} 的出入库记录，不能补记更早日期 ${date} 的单据`,
        `${item} has movements on ${latest}; a movement dated ${date} cannot go before them`,
      ),
      msg(`日期写 ${latest} 或之后`, `date it ${latest} or later`),
    );
}

export interface LedgerRow {
  item: string;
  name: string;
  uom: string;
  category: StockCategory;
  openQty: number;
  openValue: Fen;
  inQty: number;
  inValue: Fen;
  outQty: number;
  outValue: Fen;
  closeQty: number;
  closeValue: Fen;
}

/** 进销存台账 of a month (YYYY-MM): per item opening, in, out, closing — quantities (hundredths) and values (fen). */
export function ledger(
  items: readonly Item[],
  moves: Iterable<Move>,
  month: string,
  method: StockValuation,
): LedgerRow[] {
  const sorted = [...moves].sort(byBook);
  const book: Book = { balances: new Map(), values: new Map(), short: [], moves: new Map() };
  const rows = new Map<string, LedgerRow>();
  const row = (id: string): LedgerRow => {
    let r = rows.get(id);
    if (!r) {
      const it = items.find((x) => x.id === id);
      r = {
        item: id,
        name: it?.name ?? id,
        uom: it?.uom ?? '',
        category: it?.category ?? 'repair',
        openQty: 0,
        openValue: 0,
        inQty: 0,
        inValue: 0,
        outQty: 0,
        outValue: 0,
        closeQty: 0,
        closeValue: 0,
      };
      rows.set(id, r);
    }
    return r;
  };
  for (const it of items) row(it.id);
  let opened = false;
  const open = () => {
    for (const [id, b] of book.balances) {
      const r = row(id);
      r.openQty = b.qty;
      r.openValue = b.value;
    }
    opened = true;
  };
  for (const m of sorted) {
    const mo = m.date.slice(0, 7);
    if (mo > month) break;
    if (mo === month && !opened) open();
    const v = apply(book, m, method);
    if (mo !== month) continue;
    const r = row(m.item);
    if (isIn(m)) {
      r.inQty += cq(m.qty);
      r.inValue += v;
    } else {
      r.outQty += cq(m.qty);
      r.outValue += v;
    }
  }
  if (!opened) open();
  for (const r of rows.values()) {
    r.closeQty = r.openQty + r.inQty - r.outQty;
    r.closeValue = r.openValue + r.inValue - r.outValue;
  }
  return [...rows.values()].sort((a, b) => (a.item < b.item ? -1 : 1));
}

export interface Low {
  item: Item;
  qty: number;
  safety: number;
  /** At least this much to buy to reach the safety stock. */
  shortfall: number;
}

/** Items below their safety stock, what to buy (the shortfall to reach it). */
export function lowItems(items: readonly Item[], balances: ReadonlyMap<string, Balance>): Low[] {
  return items
    .map((item) => {
      const qty = balances.get(item.id)?.qty ?? 0;
      const safety = cq(item.safety);
      return { item, qty, safety, shortfall: safety - qty };
    })
    .filter((l) => l.qty < l.safety)
    .sort((a, b) => (a.item.id < b.item.id ? -1 : 1));
}

export interface Holding {
  move: Move;
  /** Still out (hundredths): issued less returned. */
  out: number;
}

/** Tools and uniforms issued to a person and not yet (all) returned. */
export function holdings(items: readonly Item[], moves: readonly Move[]): Holding[] {
  const tracked = new Set(items.filter((i) => TRACKED.has(i.category)).map((i) => i.id));
  const back = new Map<string, number>();
  for (const m of moves) if (m.type === 'return' && m.of) back.set(m.of, (back.get(m.of) ?? 0) + cq(m.qty));
  return moves
    .filter((m) => m.type === 'out' && tracked.has(m.item) && m.requested_by)
    .map((m) => ({ move: m, out: cq(m.qty) - (back.get(m.id) ?? 0) }))
    .filter((h) => h.out > 0)
    .sort((a, b) => byBook(a.move, b.move));
}

/** What an issue can still take back: issued less what has been returned against it. */
export function returnable(of: Move, moves: readonly Move[]): number {
  return cq(of.qty) - moves.filter((m) => m.type === 'return' && m.of === of.id).reduce((t, m) => t + cq(m.qty), 0);
}

/** A stocktake line's difference (hundredths): counted − book; positive a surplus, negative a shortage. */
export const difference = (l: Take['lines'][number]): number => cq(l.counted) - cq(l.book);

/**
 * Before the book changes: every difference explained, the approver in a role allowed (wuye.yaml
 * stock.approve_roles), not the one who counted, and the stocktake not approved already. Throws RuleError.
 */
export function checkApproval(
  t: Take,
  approver: { id: string; roles: readonly string[] },
  roles: readonly string[],
): void {
  if (t.state === 'approved')
    throw new RuleError(
      msg(`盘点 ${t.id} 已经批准并调账`, `stocktake ${t.id} is approved already`),
      msg('重新盘点用 wuye stock take count', 'count again with wuye stock take count'),
    );
  if (!approver.roles.some((r) => roles.includes(r)))
    throw new RuleError(
      msg(
        `${approver.id} 无权批准盘点差异（须由 ${roles.join('、')} 批准）`,
        `${approver.id} may not approve a stocktake (${roles.join(', ')} only)`,
      ),
      msg(`由批准人执行: --as 批准人编号`, 'have the approver run it: --as APPROVER'),
    );
  if (approver.id === t.counted_by)
    throw new RuleError(
      msg(`盘点人 ${t.counted_by} 不能批准自己的盘点`, `${t.counted_by} counted; someone else approves`),
      msg('由服务中心主任批准', 'the director approves'),
    );
  const open = t.lines.filter((l) => difference(l) !== 0 && !l.explanation?.trim());
  if (open.length)
    throw new RuleError(
      msg(
        `盘点 ${t.id} 有 ${open.length} 项差异没有说明: ${open.map((l) => l.item).join('、')}`,
        `stocktake ${t.id}: ${open.length} difference(s) unexplained: ${open.map((l) => l.item).join(', ')}`,
      ),
      msg(
        `先写明原因: wuye stock take explain ${t.id} --line 编码:说明`,
        `explain each first: wuye stock take explain ${t.id} --line CODE:EXPLANATION`,
      ),
    );
}

/** When the next stocktake is due (the last approved one + stocktake_days), and whether it is late. */
export function stocktakeDue(
  takes: readonly Pick<Take, 'date' | 'state'>[],
  today: string,
  days: number,
  addDays: (d: string, n: number) => string,
): { last?: string; due?: string; late: boolean } {
  const last = takes
    .filter((t) => t.state === 'approved')
    .map((t) => t.date)
    .sort()
    .at(-1);
  if (!last) return { late: false };
  const due = addDays(last, days);
  return { last, due, late: today > due };
}
