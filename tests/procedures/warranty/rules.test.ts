// The two warranty clocks (建设工程质量管理条例 art. 40; 商品房销售管理办法 art. 33) with the regulation's periods:
// in and out of warranty on the last day of each clock and the day after, for a unit delivered after the
// completion acceptance and one delivered before it (its developer's clock never ends before the contractor's).
import { describe, expect, it } from 'vitest';
import { addYears, cfg, decide, periodEnd } from '../../../src/procedures/warranty/rules.js';

const conf = cfg({ completion_accepted: { '*': '2024-03-20' } });
const ACCEPTED = '2024-03-20';
const LATER = '2024-06-18'; // delivered three months after the acceptance
const EARLIER = '2024-01-10'; // delivered before it (an old record): the developer's clock is held to the contractor's

describe('two clocks: electrical wiring, 2 years', () => {
  it('the contractor: last day 2026-03-19 (the day before the anniversary)', () => {
    expect(decide('electrical', ACCEPTED, undefined, '2026-03-19', conf)).toMatchObject({
      in_warranty: true,
      clock: 'contractor',
      contractor_end: '2026-03-19',
      period: '2 年',
    });
    expect(decide('electrical', ACCEPTED, undefined, '2026-03-20', conf)).toMatchObject({
      in_warranty: false,
      clock: 'none',
    });
  });

  it('delivered later: the developer runs on to 2026-06-17 after the contractor ends', () => {
    const d = (on: string) => decide('electrical', ACCEPTED, LATER, on, conf);
    expect(d('2026-03-19')).toMatchObject({ in_warranty: true, clock: 'both', developer_end: '2026-06-17' });
    expect(d('2026-03-20')).toMatchObject({ in_warranty: true, clock: 'developer' });
    expect(d('2026-06-17')).toMatchObject({ in_warranty: true, clock: 'developer' });
    expect(d('2026-06-18')).toMatchObject({
      in_warranty: false,
      clock: 'none',
      contractor_end: '2026-03-19',
      developer_end: '2026-06-17',
      delivered_on: LATER,
    });
  });

  it("delivered earlier: the developer's end is held to the contractor's (never before it)", () => {
    const d = (on: string) => decide('electrical', ACCEPTED, EARLIER, on, conf);
    expect(d('2026-01-09')).toMatchObject({ clock: 'both', developer_end: '2026-03-19' });
    expect(d('2026-03-19')).toMatchObject({ in_warranty: true, clock: 'both' });
    expect(d('2026-03-20')).toMatchObject({ in_warranty: false, clock: 'none' });
  });
});

describe('the periods of art. 40', () => {
  it('roof, wet rooms and exterior walls 5 years; plumbing, equipment, decoration 2; structure the design life', () => {
    for (const c of ['roof-waterproofing', 'wet-room-waterproofing', 'exterior-wall'] as const) {
      expect(decide(c, ACCEPTED, LATER, '2029-06-17', conf)).toMatchObject({
        in_warranty: true,
        clock: 'developer',
        contractor_end: '2029-03-19',
        developer_end: '2029-06-17',
      });
      expect(decide(c, ACCEPTED, LATER, '2029-06-18', conf).in_warranty).toBe(false);
    }
    for (const c of ['plumbing', 'equipment', 'decoration'] as const)
      expect(decide(c, ACCEPTED, undefined, '2026-03-20', conf).in_warranty).toBe(false);
    expect(decide('structure', ACCEPTED, LATER, '2074-03-19', conf)).toMatchObject({
      clock: 'both',
      contractor_end: '2074-03-19',
      period: '设计使用年限（50 年）',
    });
    expect(decide('structure', ACCEPTED, LATER, '2074-06-18', conf).in_warranty).toBe(false);
  });

  it('heating and cooling: two whole seasons (11-15 to 03-15) begun after the start', () => {
    expect(periodEnd(ACCEPTED, { seasons: 2 }, conf)).toBe('2026-03-15');
    expect(periodEnd('2024-11-15', { seasons: 2 }, conf)).toBe('2026-03-15');
    expect(periodEnd('2024-11-16', { seasons: 2 }, conf)).toBe('2027-03-15');
    expect(decide('heating-cooling', ACCEPTED, '2024-12-01', '2027-03-15', conf)).toMatchObject({
      clock: 'developer',
      contractor_end: '2026-03-15',
      developer_end: '2027-03-15',
      in_warranty: true,
    });
    expect(decide('heating-cooling', ACCEPTED, '2024-12-01', '2027-03-16', conf).in_warranty).toBe(false);
  });

  it("a developer's longer promise (住宅质量保证书) and a 29 February start", () => {
    const longer = cfg({ completion_accepted: { '*': ACCEPTED }, developer_periods: { decoration: { years: 3 } } });
    expect(decide('decoration', ACCEPTED, LATER, '2027-06-17', longer)).toMatchObject({
      in_warranty: true,
      developer_end: '2027-06-17',
    });
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(periodEnd('2024-02-29', { years: 2 }, conf)).toBe('2026-02-27');
  });
});
