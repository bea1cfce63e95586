// The warehouse's rules with exact figures (spec 16-stock.md): moving-average cost over receipts and issues to the
// fen, FIFO, returns at their issue's cost, the month's ledger, what to buy, tools out, stocktake approval; and
// properties (fast-check): the shelf never below zero, closing = opening + in − out for any sequence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkApproval,
  checkOnHand,
  holdings,
  ledger,
  lowItems,
  parseQty,
  replay,
  stocktakeDue,
  type Item,
  type Move,
  type Take,
} from '../../../src/procedures/stock/rules.js';
import { addDays } from '../../../src/core/dates.js';

const item = (id: string, safety = 0, category: Item['category'] = 'repair'): Item => ({
  kind: 'stock-item',
  id,
  name: id,
  uom: '个',
  category,
  safety,
});
let seq = 0;
const mv = (type: Move['type'], date: string, qty: number, extra: Partial<Move> = {}, itemId = 'WX001'): Move => ({
  kind: 'stock-move',
  id: `KC2026-${String(++seq).padStart(4, '0')}`,
  type,
  date,
  item: itemId,
  qty,
  by: 'S006',
  at: `${date}T10:00:00+08:00`,
  ...extra,
});
const rin = (date: string, qty: number, price: string, itemId = 'WX001') =>
  mv('in', date, qty, { unit_price: price, supplier: 'x' }, itemId);

describe('moving average to the fen', () => {
  it('values each issue at the running average, half-up, and leaves an empty shelf at 0.00', () => {
    seq = 0;
    const moves = [
      rin('2026-10-09', 30, '12.50'), // 375.00
      mv('out', '2026-10-16', 12), // 12/30 × 375.00 = 150.00 → 18, 225.00
      rin('2026-11-03', 20, '13.20'), // +264.00 → 38, 489.00
      mv('out', '2026-11-04', 9), // 489.00 × 9/38 = 115.8157… → 115.82 → 29, 373.18
      mv('out', '2026-11-24', 6), // 373.18 × 6/29 = 77.2096… → 77.21 → 23, 295.97
      rin('2026-11-25', 7, '12.99'), // +90.93 → 30, 386.90
      mv('out', '2026-11-26', 1), // 386.90/30 = 12.8966… → 12.90 → 29, 374.00
      mv('out', '2026-11-27', 29), // the rest: 374.00 → 0, 0.00
    ];
    const b = replay(moves, 'moving-average');
    expect(moves.map((m) => b.values.get(m.id))).toEqual([37500, 15000, 26400, 11582, 7721, 9093, 1290, 37400]);
    expect(b.balances.get('WX001')).toMatchObject({ qty: 0, value: 0 });
    expect(b.short).toEqual([]);
  });

  it('three receipts at three prices, an issue of a third: the average of what is left', () => {
    seq = 0;
    const moves = [
      rin('2026-11-01', 10, '1.00'),
      rin('2026-11-02', 10, '1.01'),
      rin('2026-11-03', 10, '1.02'),
      mv('out', '2026-11-04', 7), // 30.30 × 7/30 = 7.07
      mv('out', '2026-11-05', 7), // 23.23 × 7/23 = 7.07
    ];
    const b = replay(moves, 'moving-average');
    expect(b.values.get(moves[3].id)).toBe(707);
    expect(b.values.get(moves[4].id)).toBe(707);
    expect(b.balances.get('WX001')).toMatchObject({ qty: 1600, value: 1616 });
  });

  it('quantities with decimals (2.5 m of pipe)', () => {
    seq = 0;
    const moves = [rin('2026-10-09', 50, '6.35'), mv('out', '2026-10-28', 12.5), mv('out', '2026-11-16', 7.5)];
    const b = replay(moves, 'moving-average');
    expect(b.values.get(moves[1].id)).toBe(7938); // 317.50 × 12.5/50 = 79.375 → 79.38
    expect(b.values.get(moves[2].id)).toBe(4762); // 238.12 × 7.5/37.5 = 47.624 → 47.62
    expect(b.balances.get('WX001')).toMatchObject({ qty: 3000, value: 19050 });
  });

  it('FIFO takes the oldest receipts first', () => {
    seq = 0;
    const moves = [rin('2026-11-01', 10, '1.00'), rin('2026-11-02', 10, '2.00'), mv('out', '2026-11-03', 15)];
    const fifo = replay(moves, 'fifo');
    expect(fifo.values.get(moves[2].id)).toBe(2000); // 10 × 1.00 + 5 × 2.00
    expect(fifo.balances.get('WX001')).toMatchObject({ qty: 500, value: 1000 });
    expect(replay(moves, 'moving-average').values.get(moves[2].id)).toBe(2250); // 30.00 × 15/20
  });

  it('a return comes back at the cost it went out at; a surplus at the average', () => {
    seq = 0;
    const moves = [rin('2026-11-01', 3, '58.00', 'GJ001')];
    const out = mv('out', '2026-11-06', 1, { requested_by: 'S008', purpose: '借用' }, 'GJ001');
    moves.push(out, rin('2026-11-07', 1, '70.00', 'GJ001'));
    moves.push(mv('return', '2026-11-20', 1, { of: out.id }, 'GJ001'));
    moves.push(mv('surplus', '2026-11-27', 1, { stocktake: 'PD2026-0001' }, 'GJ001'));
    const b = replay(moves, 'moving-average');
    expect(b.values.get(moves[3].id)).toBe(5800);
    // 4 on the shelf worth 244.00 after the return (116.00 + 70.00 + 58.00) → a surplus of 1 at 61.00
    expect(b.values.get(moves[4].id)).toBe(6100);
    expect(b.balances.get('GJ001')).toMatchObject({ qty: 500, value: 30500 });
  });

  it('an issue beyond stock is refused', () => {
    expect(() => checkOnHand({ id: 'WX001', name: '阀芯', uom: '个' }, 500, 600)).toThrow(
      /only 5 个 in stock, cannot take 6/,
    );
    expect(() => checkOnHand({ id: 'WX001', name: '阀芯', uom: '个' }, 500, 500)).not.toThrow();
    expect(parseQty('2.5', '--qty')).toBe(250);
    expect(() => parseQty('0', '--qty')).toThrow();
    expect(() => parseQty('1.234', '--qty')).toThrow();
    expect(() => parseQty('-1', '--qty')).toThrow();
  });
});

describe('the ledger, what to buy, tools out, stocktakes', () => {
  it('a month: opening, in, out, closing', () => {
    seq = 0;
    const moves = [
      rin('2026-10-09', 30, '12.50'),
      mv('out', '2026-10-16', 12),
      rin('2026-11-03', 20, '13.20'),
      mv('out', '2026-11-04', 9),
      mv('out', '2026-11-24', 6),
      rin('2026-12-01', 5, '1.00'),
    ];
    const [r] = ledger([item('WX001', 10)], moves, '2026-11', 'moving-average');
    expect(r).toMatchObject({
      openQty: 1800,
      openValue: 22500,
      inQty: 2000,
      inValue: 26400,
      outQty: 1500,
      outValue: 19303,
      closeQty: 2300,
      closeValue: 29597,
    });
    const [empty] = ledger([item('WX009')], [], '2026-11', 'moving-average');
    expect(empty).toMatchObject({ openQty: 0, closeQty: 0, closeValue: 0 });
  });

  it('lists items below safety stock with the shortfall', () => {
    seq = 0;
    const b = replay([rin('2026-11-01', 6, '1.00', 'BG001'), rin('2026-11-01', 12, '1.00', 'WX001')], 'moving-average');
    const low = lowItems([item('BG001', 10), item('WX001', 10), item('WX003', 1)], b.balances);
    expect(low.map((l) => [l.item.id, l.qty, l.shortfall])).toEqual([
      ['BG001', 600, 400],
      ['WX003', 0, 100],
    ]);
  });

  it('tracks tools and uniforms until returned', () => {
    seq = 0;
    const a = mv('out', '2026-11-05', 2, { requested_by: 'S012', purpose: '制服' }, 'GZ001');
    const t = mv('out', '2026-11-06', 1, { requested_by: 'S008', purpose: '借用' }, 'GJ001');
    const w = mv('out', '2026-11-06', 1, { requested_by: 'S008', purpose: '维修' }, 'WX001');
    const back = mv('return', '2026-11-20', 1, { of: t.id }, 'GJ001');
    const half = mv('return', '2026-11-21', 1, { of: a.id }, 'GZ001');
    const items = [item('GZ001', 0, 'uniform'), item('GJ001', 0, 'tool'), item('WX001')];
    expect(holdings(items, [a, t, w, back, half]).map((h) => [h.move.id, h.out])).toEqual([[a.id, 100]]);
  });

  const take = (lines: Take['lines'], extra: Partial<Take> = {}): Take => ({
    kind: 'stocktake',
    id: 'PD2026-0002',
    date: '2026-11-27',
    counted_by: 'S006',
    at: '2026-11-27T16:00:00+08:00',
    lines: lines as Take['lines'],
    state: 'counted',
    ...extra,
  });

  it('approves a stocktake only with every difference explained, by an approver who did not count', () => {
    const director = { id: 'S001', roles: ['director'] };
    const t = take([
      { item: 'QJ001', book: 54, counted: 52 },
      { item: 'WX001', book: 23, counted: 23 },
    ] as Take['lines']);
    expect(() => checkApproval(t, director, ['director'])).toThrow(/1 difference\(s\) unexplained: QJ001/);
    const explained = take([{ item: 'QJ001', book: 54, counted: 52, explanation: '受潮丢弃' }] as Take['lines']);
    expect(() => checkApproval(explained, { id: 'S006', roles: ['storekeeper'] }, ['director'])).toThrow(
      /may not approve/,
    );
    expect(() => checkApproval(explained, { id: 'S006', roles: ['director'] }, ['director'])).toThrow(
      /S006 counted; someone else approves/,
    );
    expect(() => checkApproval({ ...explained, state: 'approved' }, director, ['director'])).toThrow(
      /approved already/,
    );
    expect(() => checkApproval(explained, director, ['director'])).not.toThrow();
  });

  it('a stocktake at least monthly', () => {
    const takes = [
      { date: '2026-10-30', state: 'approved' as const },
      { date: '2026-11-27', state: 'counted' as const },
    ];
    expect(stocktakeDue(takes, '2026-11-28', 31, addDays)).toEqual({
      last: '2026-10-30',
      due: '2026-11-30',
      late: false,
    });
    expect(stocktakeDue(takes, '2026-12-01', 31, addDays).late).toBe(true);
  });
});

describe('properties', () => {
  // a sequence of operations on three items: receipts at any price, issues and write-offs of any size
  const op = fc.record({
    item: fc.constantFrom('WX001', 'WX002', 'QJ001'),
    kind: fc.constantFrom('in', 'out', 'writeoff', 'in'),
    qty: fc.integer({ min: 1, max: 5000 }),
    price: fc.integer({ min: 0, max: 99999 }),
    day: fc.integer({ min: 1, max: 59 }),
  });
  const date = (d: number) =>
    d <= 30 ? `2026-10-${String(d).padStart(2, '0')}` : `2026-11-${String(d - 30).padStart(2, '0')}`;

  /** Enter operations as the commands do: an issue beyond stock is refused (left out). */
  function enterAll(
    ops: { item: string; kind: string; qty: number; price: number; day: number }[],
    method: 'moving-average' | 'fifo',
  ) {
    seq = 0;
    const sorted = [...ops].sort((a, b) => a.day - b.day);
    const kept: Move[] = [];
    for (const o of sorted) {
      const m =
        o.kind === 'in'
          ? mv('in', date(o.day), o.qty / 100, { amount: (o.price / 100).toFixed(2), supplier: 'x' }, o.item)
          : mv(o.kind as Move['type'], date(o.day), o.qty / 100, {}, o.item);
      const b = replay([...kept, m], method);
      if (b.short.length) continue;
      kept.push(m);
    }
    return kept;
  }

  it('stock is never negative, in quantity or value', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 60 }),
        fc.constantFrom('moving-average' as const, 'fifo' as const),
        (ops, method) => {
          const kept = enterAll(ops, method);
          const b = replay(kept, method);
          expect(b.short).toEqual([]);
          for (const bal of b.balances.values()) {
            expect(bal.qty).toBeGreaterThanOrEqual(0);
            expect(bal.value).toBeGreaterThanOrEqual(0);
            if (bal.qty === 0) expect(bal.value).toBe(0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('closing = opening + in − out, and this month opens where the last closed', () => {
    const items = ['WX001', 'WX002', 'QJ001'].map((id) => item(id));
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 60 }),
        fc.constantFrom('moving-average' as const, 'fifo' as const),
        (ops, method) => {
          const kept = enterAll(ops, method);
          const oct = ledger(items, kept, '2026-10', method);
          const nov = ledger(items, kept, '2026-11', method);
          const end = replay(kept, method).balances;
          for (const [i, r] of nov.entries()) {
            expect(r.closeQty).toBe(r.openQty + r.inQty - r.outQty);
            expect(r.closeValue).toBe(r.openValue + r.inValue - r.outValue);
            expect(r.openQty).toBe(oct[i].closeQty);
            expect(r.openValue).toBe(oct[i].closeValue);
            expect(r.closeQty).toBe(end.get(r.item)?.qty ?? 0);
            expect(r.closeValue).toBe(end.get(r.item)?.value ?? 0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
