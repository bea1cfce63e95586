// The car park's rules with exact figures (manual 四.10; spec 09-parking.md): a shift balanced and one short by
// ¥10.00; invoice numbers outside the attendant's book or used twice refused; a closed book has every number
// accounted for exactly once (property, fast-check); a pass expires at the end of its paid month and is never
// renewed for a month already past.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RuleError } from '../../../src/core/errors.js';
import {
  accounting,
  checkUse,
  endOfMonth,
  expiring,
  renewal,
  runs,
  shiftBalance,
  shiftInvoices,
  unaccounted,
  type Book,
} from '../../../src/procedures/parking/rules.js';

const book = (over: Partial<Book> = {}): Book => ({
  kind: 'invoice-book',
  id: 'FP0001',
  code: '143002620011',
  denomination: '5.00',
  first: '00010001',
  last: '00010050',
  issued: { to: 'S009', by: 'S005', at: '2026-11-01T08:00:00+08:00' },
  state: 'issued',
  ...over,
});
const use = (shift: string, from: number, to: number) => ({
  shift,
  from: String(from).padStart(8, '0'),
  to: String(to).padStart(8, '0'),
  at: '2026-11-01T20:00:00+08:00',
});

describe('a shift’s cash against its invoices', () => {
  // 31 invoices of ¥5 and 9 of ¥10 = ¥245.00; WeChat ¥35.00 and Alipay ¥10.00 → cash due ¥200.00
  const five = book({ uses: [use('TC2026-1114-2', 10001, 10031)] });
  const ten = book({
    id: 'FP0002',
    denomination: '10.00',
    first: '00020001',
    last: '00020050',
    uses: [use('TC2026-1114-2', 20001, 20009)],
  });
  const inv = shiftInvoices([five, ten], 'TC2026-1114-2');
  it('sums the invoices handed out at their denominations', () => {
    expect(inv).toEqual([
      { book: 'FP0001', count: 31, denomination: 500, amount: 15500 },
      { book: 'FP0002', count: 9, denomination: 1000, amount: 9000 },
    ]);
  });
  it('balanced: ¥200.00 handed over, no difference', () => {
    expect(shiftBalance({ invoices: 24500, electronic: 4500, cash: 20000 })).toEqual({
      expected: 20000,
      difference: 0,
    });
  });
  it('short by ¥10.00: ¥190.00 handed over', () => {
    expect(shiftBalance({ invoices: 24500, electronic: 4500, cash: 19000 })).toEqual({
      expected: 20000,
      difference: -1000,
    });
  });
});

describe('each number used once, within the attendant’s book', () => {
  const b = book({
    uses: [use('TC2026-1101-1', 10001, 10010)],
    voids: [{ no: '00010011', reason: '打印错误', at: '2026-11-01T20:00:00+08:00', by: 'S009' }],
  });
  const refuses = (f: () => void, text: RegExp) => {
    expect(f).toThrow(RuleError);
    expect(f).toThrow(text);
  };
  it('refuses a number outside the book', () =>
    refuses(() => checkUse(b, 'S009', { from: 10045, to: 10051 }, []), /00010051 is outside invoice book FP0001/));
  it('refuses a number used or voided before', () => {
    refuses(() => checkUse(b, 'S009', { from: 10010, to: 10012 }, []), /00010010 was already used/);
    refuses(() => checkUse(b, 'S009', { from: 10012, to: 10014 }, [10011]), /00010011 was already voided/);
    refuses(() => checkUse(b, 'S009', { from: 10012, to: 10014 }, [10013]), /00010013 was already used/);
  });
  it('refuses another attendant’s book, and a returned one', () => {
    refuses(() => checkUse(b, 'S012', { from: 10012, to: 10013 }, []), /held by S009/);
    refuses(() => checkUse(book({ state: 'returned' }), 'S009', { from: 10012, to: 10013 }, []), /returned/);
  });
  it('accepts the next numbers', () =>
    expect(() => checkUse(b, 'S009', { from: 10012, to: 10020 }, [10021])).not.toThrow());
  it('names what is not accounted for', () => {
    expect(runs(unaccounted(b))).toEqual([[10012, 10050]]);
    expect(
      unaccounted({
        ...b,
        returned: {
          at: '2026-11-02T08:00:00+08:00',
          by: 'S005',
          unused: [{ from: '00010012', to: '00010050' }],
          disposition: 'cancelled',
        },
      }),
    ).toEqual([]);
  });
});

describe('property: a closed book has every number accounted for exactly once', () => {
  it('for any sequence of shifts using runs and voids, then the return', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.array(
          fc.record({
            n: fc.integer({ min: 0, max: 30 }),
            voids: fc.integer({ min: 0, max: 3 }),
            bad: fc.integer({ min: -5, max: 5 }),
          }),
          { maxLength: 25 },
        ),
        (size, shifts) => {
          const first = 30001;
          let b = book({ first: String(first).padStart(8, '0'), last: String(first + size - 1).padStart(8, '0') });
          let next = first;
          shifts.forEach((s, i) => {
            const shift = `TC2026-11${String((i % 28) + 1).padStart(2, '0')}-1`;
            const take = Math.min(s.n, first + size - next);
            const voidNos = Array.from(
              { length: Math.min(s.voids, first + size - next - take) },
              (_, k) => next + take + k,
            );
            // a mistaken run (starting earlier or running past the book) is refused and leaves the book as it was
            if (s.bad !== 0 && take > 0) {
              const from = s.bad < 0 ? Math.max(first - 1, next + s.bad) : next;
              const to = s.bad > 0 ? first + size - 1 + s.bad : next + take - 1;
              if (from < next || to > first + size - 1)
                expect(() => checkUse(b, 'S009', { from: from, to: to }, [])).toThrow(RuleError);
            }
            if (take > 0 || voidNos.length) {
              checkUse(b, 'S009', take > 0 ? { from: next, to: next + take - 1 } : undefined, voidNos);
              b = {
                ...b,
                uses: take > 0 ? [...(b.uses ?? []), use(shift, next, next + take - 1)] : b.uses,
                voids: [
                  ...(b.voids ?? []),
                  ...voidNos.map((no) => ({
                    no: String(no).padStart(8, '0'),
                    reason: 'x',
                    at: '2026-11-01T20:00:00+08:00',
                    by: 'S009',
                  })),
                ],
              };
              next += take + voidNos.length;
            }
          });
          const left = unaccounted(b);
          const closed: Book = {
            ...b,
            returned: {
              at: '2026-11-30T08:00:00+08:00',
              by: 'S005',
              unused: runs(left).map(([a, z]) => ({
                from: String(a).padStart(8, '0'),
                to: String(z).padStart(8, '0'),
              })),
              disposition: 'back',
            },
            state: 'closed',
          };
          const acc = accounting(closed);
          expect(acc.twice).toEqual([]);
          expect(acc.outside).toEqual([]);
          expect(acc.status.size).toBe(size);
          expect(unaccounted(closed)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('monthly passes', () => {
  it('expire at the end of the paid month', () => {
    expect(endOfMonth('2026-11')).toBe('2026-11-30');
    expect(endOfMonth('2028-02')).toBe('2028-02-29');
    expect(expiring({ paid_through: '2026-11' }, '2026-11-28', 7)).toBe(true);
    expect(expiring({ paid_through: '2026-11' }, '2026-11-20', 7)).toBe(false);
    expect(expiring({ paid_through: '2026-12' }, '2026-11-28', 7)).toBe(false);
    expect(expiring({ paid_through: '2026-10' }, '2026-11-28', 0)).toBe(true);
  });
  it('renew from the month after the paid one, or from this month when lapsed', () => {
    expect(renewal({ id: 'YK0001', paid_through: '2026-11' }, '2026-11-28', 3)).toEqual({
      from: '2026-12',
      to: '2027-02',
    });
    expect(renewal({ id: 'YK0002', paid_through: '2026-09' }, '2026-11-28', 1)).toEqual({
      from: '2026-11',
      to: '2026-11',
    });
  });
  it('never for a month already past, nor one already paid', () => {
    expect(() => renewal({ id: 'YK0002', paid_through: '2026-09' }, '2026-11-28', 1, '2026-10')).toThrow(
      /a month already past/,
    );
    expect(() => renewal({ id: 'YK0001', paid_through: '2026-12' }, '2026-11-28', 1, '2026-12')).toThrow(
      /already paid/,
    );
  });
});
