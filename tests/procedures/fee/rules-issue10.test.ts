// The fee rules issue 10 asked for, with the manual's and the spec's numbers: the management fee from the
// notice's date as the billing run bills it (四.2 4.5), a rate from a date with its document, the rate in force
// whatever the list order, a statement's pay-by date after its date, the dunning ladder in order per debt.
import { describe, expect, it } from 'vitest';
import {
  balance,
  billsFrom,
  dunningDue,
  dunningNumber,
  dunningTone,
  overdueOn,
  payByDate,
  rateOn,
  scheduleRate,
  type Account,
  type Dunning,
  type FeeItem,
} from '../../../src/procedures/fee/rules.js';
import { dunningClosing } from '../../../src/procedures/fee/forms.js';

const mgmt: FeeItem = {
  code: 'mgmt',
  name: '物业管理费',
  kind: 'periodic',
  rule: 'per-area-month',
  rates: [
    { rate: '2.10', from: '2026-01-01' },
    { rate: '1.80', from: '2016-01-01', to: '2025-12-31' },
  ],
};
const unit = { id: '3-1-0102', type: 'residential' as const, area: '113.51', state: 'handed-over' as const };

describe('the management fee at move-in (四.2 4.5: from the date on the notice)', () => {
  it('bills three months from 11-16 as the run would: 15/30 days, then whole months, one rounding each', () => {
    const bills = billsFrom({
      unit,
      item: mgmt,
      start: '2026-11-16',
      months: 3,
      cycle: 'monthly',
      proration: 'prorate',
      dueDay: 15,
      run: 'movein',
    });
    // 113.51 × 2.10 × 15/30 = 119.1855 → 119.19; 113.51 × 2.10 = 238.371 → 238.37
    expect(bills.map((b) => [b.id, b.amount, b.days ?? null, b.due])).toEqual([
      ['2026-11/mgmt', '119.19', 15, '2026-11-30'],
      ['2026-12/mgmt', '238.37', null, '2026-12-15'],
      ['2027-01/mgmt', '238.37', null, '2027-01-15'],
    ]);
  });

  it('a quarterly center bills the quarters the months touch', () => {
    const bills = billsFrom({
      unit,
      item: mgmt,
      start: '2026-11-16',
      months: 3,
      cycle: 'quarterly',
      proration: 'prorate',
      dueDay: 15,
    });
    expect(bills.map((b) => b.id)).toEqual(['2026-10/mgmt', '2027-01/mgmt']);
  });
});

describe('rates from a date (fee rate)', () => {
  it('the rate in force is the latest started, whatever the order the list is in', () => {
    expect(rateOn(mgmt, '2025-12-31')).toBe('1.80');
    expect(rateOn(mgmt, '2026-01-01')).toBe('2.10');
  });

  it('a new rate ends the one in force the day before, keeps a later one, replaces one of the same day', () => {
    const next = scheduleRate(
      mgmt.rates,
      { rate: '2.30', from: '2027-01-01', document: '长发改价服〔2026〕18号' },
      'monthly',
    );
    expect(next).toEqual([
      { rate: '1.80', from: '2016-01-01', to: '2025-12-31' },
      { rate: '2.10', from: '2026-01-01', to: '2026-12-31' },
      { rate: '2.30', from: '2027-01-01', document: '长发改价服〔2026〕18号' },
    ]);
    const between = scheduleRate(next, { rate: '2.20', from: '2026-07-01', document: 'X' }, 'monthly');
    expect(between.map((r) => [r.rate, r.from, r.to ?? null])).toEqual([
      ['1.80', '2016-01-01', '2025-12-31'],
      ['2.10', '2026-01-01', '2026-06-30'],
      ['2.20', '2026-07-01', '2026-12-31'],
      ['2.30', '2027-01-01', null],
    ]);
    const again = scheduleRate(next, { rate: '2.25', from: '2027-01-01', document: 'Y' }, 'monthly');
    expect(again.at(-1)).toEqual({ rate: '2.25', from: '2027-01-01', document: 'Y' });
    expect(again).toHaveLength(3);
  });

  it('refuses a date that does not open a billing cycle', () => {
    expect(() => scheduleRate(mgmt.rates, { rate: '2.30', from: '2027-01-15', document: 'X' }, 'monthly')).toThrow(
      /first day of a billing cycle, not 2027-01-15/,
    );
    expect(() => scheduleRate(mgmt.rates, { rate: '2.30', from: '2027-02-01', document: 'X' }, 'quarterly')).toThrow(
      /first day of a billing cycle, not 2027-02-01/,
    );
  });
});

describe('the pay-by date of a statement', () => {
  it('is after the statement date: overdue lines do not give a past date', () => {
    expect(payByDate('2026-11-30', ['2026-11-15'], 15)).toBe('2026-12-15');
    expect(payByDate('2026-11-30', [], 15)).toBe('2026-12-15');
    expect(payByDate('2026-11-28', ['2026-11-30'], 15)).toBe('2026-11-30'); // building 3's first bill, due at month end
    expect(payByDate('2026-11-30', ['2026-11-30'], 15)).toBe('2026-12-15'); // not the statement's own date
    expect(payByDate('2026-11-10', ['2026-11-15'], 15)).toBe('2026-11-15');
    expect(payByDate('2026-12-31', [], 15)).toBe('2027-01-15');
  });
});

describe('the dunning ladder (民法典 art. 944: 催告, a reasonable deadline, then suit or arbitration)', () => {
  const stages = [
    { stage: 'reminder', after_months: 1, pay_within_days: 15 },
    { stage: 'formal', after_months: 3, pay_within_days: 15 },
    { stage: 'final', after_months: 6, pay_within_days: 10 },
  ];
  const bill = (period: string) => ({
    id: `${period}/mgmt`,
    item: 'mgmt',
    period,
    rate: '2.10',
    base: '100.00',
    amount: '210.00',
    due: `${period}-15`,
  });
  const acc: Account = {
    kind: 'fee-account',
    id: '2026-1-1-0301',
    year: 2026,
    unit: '1-1-0301',
    bills: ['2026-03', '2026-04', '2026-09', '2026-10'].map(bill),
  };
  const bal = balance([acc]);
  const notice = (stage: string, bills: string[], deadline: string): Dunning => ({
    stage,
    at: `${deadline}T09:00:00+08:00`,
    by: 'S005',
    bills,
    amount: '0.00',
    deadline,
  });

  it('no final demand and no formal notice without the stage before', () => {
    const asOf = '2026-11-28';
    expect(dunningDue(bal, [], stages, 'final', asOf).due).toEqual([]);
    expect(dunningDue(bal, [], stages, 'final', asOf).waiting.map((s) => s.bill.id)).toEqual([
      '2026-03/mgmt',
      '2026-04/mgmt',
    ]);
    expect(dunningDue(bal, [], stages, 'formal', asOf).due).toEqual([]);
    expect(dunningDue(bal, [], stages, 'reminder', asOf).due.map((s) => s.bill.id)).toEqual([
      '2026-03/mgmt',
      '2026-04/mgmt',
      '2026-09/mgmt',
      '2026-10/mgmt',
    ]);
  });

  it('the next stage only once the one before has pressed the bill and its deadline has gone by', () => {
    const reminded = [notice('reminder', ['2026-03/mgmt', '2026-04/mgmt', '2026-09/mgmt'], '2026-11-20')];
    expect(dunningDue(bal, reminded, stages, 'formal', '2026-11-20').due).toEqual([]); // the deadline day itself
    expect(dunningDue(bal, reminded, stages, 'formal', '2026-11-21').due.map((s) => s.bill.id)).toEqual([
      '2026-03/mgmt',
      '2026-04/mgmt',
    ]);
    // a reminder is not given twice for the same bill; the newly overdue one gets its own
    expect(dunningDue(bal, reminded, stages, 'reminder', '2026-11-21').due.map((s) => s.bill.id)).toEqual([
      '2026-10/mgmt',
    ]);
    const formal = [...reminded, notice('formal', ['2026-03/mgmt', '2026-04/mgmt'], '2026-12-05')];
    expect(dunningDue(bal, formal, stages, 'final', '2026-12-06').due.map((s) => s.bill.id)).toEqual([
      '2026-03/mgmt',
      '2026-04/mgmt',
    ]);
  });

  it('every notice states the whole overdue debt on its date', () => {
    expect(overdueOn(bal, '2026-11-28').reduce((a, s) => a + s.outstanding, 0)).toBe(84000);
  });

  it('numbers each notice, and words each stage: the final one names the consequence', () => {
    expect(dunningNumber(2026, '1-1-0301', [])).toBe('CJ2026-1-1-0301-01');
    expect(dunningNumber(2026, '1-1-0301', [notice('reminder', [], '2026-11-20')])).toBe('CJ2026-1-1-0301-02');
    // at desk B (issue 17): its own sequence, so two desks never give one number
    expect(dunningNumber(2026, '1-1-0301', [notice('reminder', [], '2026-11-20')], 'B')).toBe('CJ2026-1-1-0301-B01');
    expect(stages.map((s) => dunningTone(stages, s.stage))).toEqual(['reminder', 'formal', 'final']);
    const reminder = dunningClosing('reminder', '2026-12-13', []);
    const final = dunningClosing('final', '2027-01-15', [
      { no: 'CJ2026-1-1-0301-01', label: '缴费提醒', date: '2026-11-28' },
      { no: 'CJ2026-1-1-0301-02', label: '催缴通知', date: '2026-12-20' },
    ]);
    expect(reminder).toContain('如已缴纳，请忽略本通知');
    expect(final).not.toContain('请忽略');
    expect(final).toContain('本通知为最后催告');
    expect(final).toContain('第九百四十四条');
    expect(final).toContain('提起诉讼或者申请仲裁');
    expect(final).toContain('2026年11月28日发出缴费提醒（CJ2026-1-1-0301-01）');
    expect(final).not.toMatch(/停水|停电|停气|停热/);
  });
});
