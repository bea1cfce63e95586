// The fee rules with the spec's numbers (07-fees.md "Amounts, exactly") and property tests:
// allocations, balances and ledgers add up for any sequence of bills and payments.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amountInWords, formatMoney, parseMoney } from '../../../src/core/money.js';
import {
  ageBucket,
  allocate,
  balance,
  billLine,
  bookRegister,
  checkPeriodAhead,
  currentBook,
  itemName,
  lateFee,
  latestPeriod,
  nextNumber,
  prorate,
  rateOn,
  type Account,
  type FeeItem,
} from '../../../src/procedures/fee/rules.js';

const mgmt: FeeItem = {
  code: 'mgmt',
  name: '物业管理费',
  kind: 'periodic',
  rule: 'per-area-month',
  rates: [
    { rate: '2.35', from: '2020-01-01', to: '2026-12-31' },
    { rate: '2.50', from: '2027-01-01' },
  ],
};
const unit = (fee_start: string, area = '89.37', state: 'occupied' | 'vacant' = 'occupied') => ({
  id: '1-2-0801',
  type: 'residential' as const,
  area,
  state,
  fee_start,
});
const line = (start: string, period: string, extra: object = {}) =>
  billLine({ unit: unit(start), item: mgmt, period, cycle: 'monthly', proration: 'prorate', dueDay: 15, ...extra });

describe('bill lines (Amounts, exactly)', () => {
  it('a whole month is round(area × rate)', () => {
    // 89.37 × 2.35 = 210.0195 → 210.02
    expect(line('2026-01-01', '2026-11')!.amount).toBe('210.02');
  });
  it('a fee starting on the 17th of a 30-day month: 14 of 30 days', () => {
    expect(prorate('2026-11-17')).toEqual({ days: 14, dim: 30 });
    const b = line('2026-11-17', '2026-11')!;
    // 89.37 × 2.35 × 14 / 30 = 98.0091 → 98.01
    expect(b).toMatchObject({ days: 14, days_in_month: 30, amount: '98.01', due: '2026-11-30' });
  });
  it('a fee starting on the 17th of a 31-day month: 15 of 31 days', () => {
    const b = line('2026-12-17', '2026-12')!;
    // 89.37 × 2.35 × 15 / 31 = 101.6223... → 101.62
    expect(b).toMatchObject({ days: 15, days_in_month: 31, amount: '101.62' });
  });
  it('a fee starting on the 17th of February (28 days; 29 in a leap year)', () => {
    expect(line('2027-02-17', '2027-02')!).toMatchObject({
      days: 12,
      days_in_month: 28,
      rate: '2.50',
      amount: '95.75',
    }); // 89.37×2.5×12/28 = 95.7535...
    expect(prorate('2028-02-17')).toEqual({ days: 13, dim: 29 });
  });
  it('whole-month proration charges the first month whole', () => {
    expect(line('2026-11-17', '2026-11', { proration: 'whole-month' })!.amount).toBe('210.02');
  });
  it('not billed before the fee starts; the rate in force is used', () => {
    expect(line('2026-12-01', '2026-11')).toBeUndefined();
    expect(line('2026-01-01', '2027-01')!.amount).toBe('223.43'); // 89.37 × 2.50 = 223.425 → 223.43 (half-up)
    expect(rateOn(mgmt, '2019-12-31')).toBeUndefined();
  });
  it('the vacant-unit discount is one rounding of the discounted line', () => {
    const b = billLine({
      unit: unit('2026-01-01', '89.37', 'vacant'),
      item: mgmt,
      period: '2026-11',
      cycle: 'monthly',
      proration: 'prorate',
      dueDay: 15,
      vacant: { discount_percent: 30 },
      vacantMonths: new Set(['2026-11']),
    })!;
    // 210.0195 × 0.7 = 147.01365 → 147.01
    expect(b).toMatchObject({ gross: '210.02', discount: '63.01', amount: '147.01' });
  });
  it('a vacant unit without an approved application pays in full (issue 10 item 6)', () => {
    const x = {
      unit: unit('2026-01-01', '89.37', 'vacant'),
      item: mgmt,
      period: '2026-11',
      cycle: 'monthly' as const,
      proration: 'prorate' as const,
      dueDay: 15,
      vacant: { discount_percent: 30 },
    };
    expect(billLine(x)).toMatchObject({ amount: '210.02' });
    expect(billLine(x)).not.toHaveProperty('discount');
    // an application for other months does not reach this one
    expect(billLine({ ...x, vacantMonths: new Set(['2026-12']) })).toMatchObject({ amount: '210.02' });
  });
  it('a quarter bills the discount for the months the application covers only', () => {
    const b = billLine({
      unit: unit('2026-01-01', '100.00', 'vacant'),
      item: mgmt,
      period: '2026-10',
      cycle: 'quarterly',
      proration: 'prorate',
      dueDay: 15,
      vacant: { discount_percent: 30 },
      vacantMonths: new Set(['2026-11', '2026-12']),
    })!;
    // 100 × 2.35 × 3 = 705.00; two months 30 % off: 705 − 2 × 70.50 = 564.00
    expect(b).toMatchObject({ gross: '705.00', discount: '141.00', amount: '564.00' });
  });
  it('quarterly in advance: a start mid-quarter is the whole months left plus the prorated start month', () => {
    const b = billLine({
      unit: unit('2026-11-17'),
      item: mgmt,
      period: '2026-10',
      cycle: 'quarterly',
      proration: 'prorate',
      dueDay: 15,
    })!;
    // 89.37 × 2.35 × (1 + 14/30) = 308.0286 → 308.03
    expect(b).toMatchObject({ months: 2, days: 14, amount: '308.03' });
  });
});

describe('item names on receipts and statements', () => {
  it('names a configured item, a renovation charge booked without one, and leaves an unknown code as it is', () => {
    expect(itemName([mgmt], 'mgmt')).toBe('物业管理费');
    expect(itemName([mgmt], 'renovation-management-fee')).toBe('装修管理费');
    expect(itemName([mgmt], 'renovation-pass-deposit')).toBe('出入证押金');
    expect(itemName([mgmt], 'water')).toBe('water');
  });
});

describe('late fees (滞纳金)', () => {
  const rule = { enabled: true, daily_rate: '0.0003', grace_days: 0, cap_at_principal: true };
  it('due 2026-01-31, as of 2026-03-02: 30 days', () => {
    // 1000.00 × 0.0003 × 30 = 9.00
    expect(lateFee(100000, '2026-01-31', '2026-03-02', rule)).toEqual({ days: 30, amount: 900 });
  });
  it('across a year end: due 2026-12-15, grace 10 days, as of 2027-01-10: 16 days', () => {
    // 210.02 × 0.0003 × 16 = 1.008096 → 1.01
    expect(lateFee(21002, '2026-12-15', '2027-01-10', { ...rule, grace_days: 10 })).toEqual({ days: 16, amount: 101 });
  });
  it('is off by default, zero within grace, capped at the principal', () => {
    expect(lateFee(100000, '2026-01-31', '2026-03-02', {}).amount).toBe(0);
    expect(lateFee(100000, '2026-01-31', '2026-02-05', { ...rule, grace_days: 10 }).amount).toBe(0);
    expect(lateFee(1000, '2020-01-31', '2026-03-02', { ...rule, daily_rate: '0.01' }).amount).toBe(1000);
  });
});

describe('ageing', () => {
  it('buckets by whole months overdue', () => {
    expect(ageBucket('2026-10-15', '2026-11-28')).toBe('0-3');
    expect(ageBucket('2026-08-15', '2026-11-28')).toBe('3-6');
    expect(ageBucket('2026-05-15', '2026-11-28')).toBe('6-12');
    expect(ageBucket('2025-11-15', '2026-11-28')).toBe('12+');
  });
});

describe('uppercase amounts', () => {
  it('the spec example', () => expect(amountInWords(parseMoney('16409.02'))).toBe('人民币壹万陆仟肆佰零玖元零贰分'));
});

describe('receipt books', () => {
  const book = {
    kind: 'receipt-book' as const,
    id: 'SJ-0001',
    from: '0000101',
    to: '0000103',
    issued: { to: 'S003', at: '2026-11-01T09:00:00+08:00', by: 'S001' },
  };
  it('numbers go in sequence; a full book is not current', () => {
    expect(nextNumber(book)).toBe('0000101');
    const used = {
      ...book,
      numbers: ['0000101', '0000102', '0000103'].map((no) => ({
        no,
        status: 'used' as const,
        at: '2026-11-28T09:00:00+08:00',
      })),
    };
    expect(nextNumber(used)).toBeUndefined();
    expect(currentBook([used, { ...book, id: 'SJ-0002', from: '0000104', to: '0000150' }], 'S003')!.id).toBe('SJ-0002');
    expect(currentBook([book], 'S004')).toBeUndefined();
  });
  it('the register lists every number', () => {
    const b = {
      ...book,
      numbers: [{ no: '0000101', status: 'void' as const, at: '2026-11-28T09:00:00+08:00', reason: '写错' }],
    };
    expect(bookRegister(b).map((r) => r.status)).toEqual(['void', 'free', 'free']);
  });
});

// ---------- properties ----------

const billArb = fc.record({ period: fc.integer({ min: 0, max: 23 }), amount: fc.integer({ min: 1, max: 500000 }) });
const payArb = fc.record({ amount: fc.integer({ min: 0, max: 800000 }), voided: fc.boolean() });

describe('properties: allocations, balances and ledgers add up', () => {
  it('an allocation never exceeds a bill, and allocated + prepaid = paid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100000 }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 3_000_000 }),
        (outs, amount) => {
          const open = outs.map((o, i) => ({ id: `b${i}`, outstanding: o }));
          const { allocations, prepaid } = allocate(amount, open);
          expect(allocations.reduce((s, a) => s + a.amount, 0) + prepaid).toBe(amount);
          for (const a of allocations)
            expect(a.amount).toBeLessThanOrEqual(open.find((o) => o.id === a.bill)!.outstanding);
          expect(prepaid).toBeGreaterThanOrEqual(0);
          // oldest first: a later bill gets money only when every earlier open bill is fully paid
          const last = allocations.length
            ? open.findIndex((o) => o.id === allocations[allocations.length - 1].bill)
            : -1;
          for (let i = 0; i < last; i++)
            if (open[i].outstanding > 0)
              expect(allocations.find((a) => a.bill === open[i].id)?.amount).toBe(open[i].outstanding);
        },
      ),
    );
  });

  it('for any sequence of bills and payments: billed = paid + outstanding, credit = prepaid, no bill paid over', () => {
    fc.assert(
      fc.property(fc.array(billArb, { maxLength: 24 }), fc.array(payArb, { maxLength: 20 }), (bills, pays) => {
        const acc: Account = {
          kind: 'fee-account',
          id: '2026-1-1-0101',
          year: 2026,
          unit: '1-1-0101',
          bills: [],
          payments: [],
        };
        const seen = new Set<number>();
        for (const b of bills) {
          if (seen.has(b.period)) continue;
          seen.add(b.period);
          const period = `${2025 + Math.floor(b.period / 12)}-${String((b.period % 12) + 1).padStart(2, '0')}`;
          acc.bills!.push({
            id: `${period}/mgmt`,
            item: 'mgmt',
            period,
            rate: '1',
            amount: formatMoney(b.amount),
            due: `${period}-15`,
          });
        }
        let n = 100;
        for (const p of pays) {
          const bal = balance([acc]);
          const { allocations, prepaid } = allocate(
            p.amount,
            bal.bills.map((s) => ({ id: s.bill.id, outstanding: s.outstanding })),
          );
          acc.payments!.push({
            receipt: String(n++).padStart(7, '0'),
            book: 'SJ-0001',
            at: '2026-11-28T09:30:00+08:00',
            amount: formatMoney(p.amount),
            method: 'cash',
            cashier: 'S003',
            allocations: allocations.map((a) => ({ bill: a.bill, amount: formatMoney(a.amount) })),
            ...(prepaid ? { prepaid: formatMoney(prepaid) } : {}),
            ...(p.voided ? { void: { at: '2026-11-28T10:00:00+08:00', by: 'S003', reason: 'x' } } : {}),
          });
        }
        const bal = balance([acc]);
        const live = acc.payments!.filter((p) => !p.void);
        const received = live.reduce((s, p) => s + parseMoney(p.amount), 0);
        expect(bal.billed).toBe(bills.length ? acc.bills!.reduce((s, b) => s + parseMoney(b.amount), 0) : 0);
        expect(bal.paid + bal.credit).toBe(received);
        expect(bal.billed).toBe(bal.paid + bal.outstanding);
        for (const s of bal.bills) {
          expect(s.outstanding).toBeGreaterThanOrEqual(0);
          expect(s.paid).toBeLessThanOrEqual(s.amount);
        }
        // the ledger by period adds up to the totals
        const byPeriod = new Map<string, number>();
        for (const s of bal.bills) byPeriod.set(s.bill.period, (byPeriod.get(s.bill.period) ?? 0) + s.outstanding);
        expect([...byPeriod.values()].reduce((a, b) => a + b, 0)).toBe(bal.outstanding);
      }),
    );
  });

  it('proration never exceeds a whole month and is monotone in the days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), (day, month) => {
        const p = `2026-${String(month).padStart(2, '0')}`;
        const a = parseMoney(line(`${p}-${String(day).padStart(2, '0')}`, p)!.amount);
        const whole = parseMoney(line('2026-01-01', p)!.amount);
        expect(a).toBeLessThanOrEqual(whole);
        if (day > 1)
          expect(a).toBeLessThanOrEqual(parseMoney(line(`${p}-${String(day - 1).padStart(2, '0')}`, p)!.amount));
      }),
    );
  });
});

describe('collection rates (收缴率, 当期收缴率, 欠费回收率)', async () => {
  const { rateSummary } = await import('../../../src/procedures/fee/reports/data.js');
  it("counts a year's bills, what came in their own month, and old arrears recovered", () => {
    const bill = (period: string, amount: string) => ({
      id: `${period}/mgmt`,
      item: 'mgmt',
      period,
      rate: '1',
      amount,
      due: `${period}-15`,
    });
    const pay = (no: string, at: string, allocations: { bill: string; amount: string }[], amount: string) => ({
      receipt: no,
      book: 'SJ-0001',
      at: `${at}T10:00:00+08:00`,
      amount,
      method: 'cash' as const,
      cashier: 'S003',
      allocations,
    });
    const a2025: Account = {
      kind: 'fee-account',
      id: '2025-1-1-0101',
      year: 2025,
      unit: '1-1-0101',
      bills: [bill('2025-12', '100.00')],
      payments: [pay('0000001', '2025-12-20', [{ bill: '2025-12/mgmt', amount: '40.00' }], '40.00')],
    };
    const a2026: Account = {
      kind: 'fee-account',
      id: '2026-1-1-0101',
      year: 2026,
      unit: '1-1-0101',
      bills: [bill('2026-01', '100.00'), bill('2026-02', '100.00')],
      payments: [
        pay(
          '0000002',
          '2026-01-10',
          [
            { bill: '2025-12/mgmt', amount: '30.00' },
            { bill: '2026-01/mgmt', amount: '100.00' },
          ],
          '130.00',
        ),
        pay('0000003', '2026-03-05', [{ bill: '2026-02/mgmt', amount: '50.00' }], '50.00'),
      ],
    };
    const r = rateSummary([{ unit: '1-1-0101', accounts: [a2025, a2026] }], 2026);
    expect(r).toEqual({
      year: 2026,
      billed: 20000,
      received: 15000,
      currentReceived: 10000,
      arrearsAtStart: 6000,
      recovered: 3000,
    });
  });
});

describe('how far ahead a period may be named (issue 12 "Bad records" 15)', () => {
  it('the start of the cycle `ahead` cycles after the current one', () => {
    expect(latestPeriod('2026-11-28', 'monthly', 1)).toBe('2026-12');
    expect(latestPeriod('2026-12-31', 'monthly', 1)).toBe('2027-01');
    expect(latestPeriod('2026-11-28', 'monthly', 0)).toBe('2026-11');
    expect(latestPeriod('2026-11-28', 'quarterly', 1)).toBe('2027-01');
    expect(latestPeriod('2026-11-28', 'quarterly', 0)).toBe('2026-10');
    expect(latestPeriod('2026-01-01', 'yearly', 1)).toBe('2027-01');
    expect(latestPeriod('2026-11-28', 'monthly', 12)).toBe('2027-11');
  });
  it('a period past it is refused (exit 1) naming today and the latest allowed; up to it, and the past, pass', () => {
    expect(() => checkPeriodAhead('2026-12', '2026-11-28', 'monthly', 1)).not.toThrow();
    expect(() => checkPeriodAhead('2020-01', '2026-11-28', 'monthly', 1)).not.toThrow();
    expect(() => checkPeriodAhead('2027-01', '2026-11-28', 'monthly', 1)).toThrow(
      '--period 2027-01 is too far ahead: today is 2026-11-28, and the latest period allowed is 2026-12 (fees.periods_ahead in wuye.yaml is 1)',
    );
    expect(() => checkPeriodAhead('2999-01', '2026-11-28', 'quarterly', 1)).toThrow(
      /the latest period allowed is 2027-01/,
    );
  });
});
