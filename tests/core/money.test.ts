import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  amountInWords,
  formatMoney,
  formatYuan,
  lineAmount,
  parseAmountInput,
  parseMoney,
  divRoundHalfUp,
} from '../../src/core/money.js';

describe('money in fen', () => {
  it('parses record money with exactly two places', () => {
    expect(parseMoney('1234.56')).toBe(123456);
    expect(parseMoney('0.10')).toBe(10);
    expect(parseMoney('-12.30')).toBe(-1230);
    for (const bad of ['0.1', '1.234', '1e3', 'abc', '01.00', '']) expect(() => parseMoney(bad)).toThrow();
  });
  it('parses amounts typed by people, never 1e3 or negatives', () => {
    expect(parseAmountInput('300')).toBe(30000);
    expect(parseAmountInput('300.5')).toBe(30050);
    expect(parseAmountInput('0.01')).toBe(1);
    for (const bad of ['abc', '1e3', '-5', '1.234', '']) expect(() => parseAmountInput(bad)).toThrow(/--amount/);
  });
  it('formats', () => {
    expect(formatMoney(123456)).toBe('1234.56');
    expect(formatMoney(5)).toBe('0.05');
    expect(formatYuan(1640902)).toBe('¥16,409.02');
    expect(formatYuan(-100)).toBe('-¥1.00');
  });
  it('round-trips any amount', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => parseMoney(formatMoney(fen)) === fen));
  });
  it('rounds each bill line half-up once, exactly', () => {
    // 89.37 m² × 2.35 元 = 210.0195 → 210.02
    expect(lineAmount('89.37', '2.35')).toBe(21002);
    // prorated: start 2026-11-17, 14 of 30 days: 89.37 × 2.35 × 14/30 = 98.0091 → 98.01
    expect(lineAmount('89.37', '2.35', 14, 30)).toBe(9801);
    // a half fen rounds up: 1.00 m² × 0.005 = 0.005 → 0.01
    expect(lineAmount('1.00', '0.005')).toBe(1);
    expect(lineAmount('1.00', '0.0049')).toBe(0);
    expect(divRoundHalfUp(-5n, 10n)).toBe(-1n);
  });
});

describe('the uppercase amount (大写)', () => {
  const cases: [number, string][] = [
    [1640902, '人民币壹万陆仟肆佰零玖元零贰分'], // the spec's example
    [123456, '人民币壹仟贰佰叁拾肆元伍角陆分'],
    [100000, '人民币壹仟元整'],
    [0, '人民币零元整'],
    [50, '人民币伍角整'],
    [5, '人民币伍分'],
    [105, '人民币壹元零伍分'],
    [1000500, '人民币壹万零伍元整'],
    [10000000, '人民币壹拾万元整'],
    [100000000, '人民币壹佰万元整'],
    [10000000000, '人民币壹亿元整'],
    [1000100000, '人民币壹仟万零壹仟元整'],
    [168032, '人民币壹仟陆佰捌拾元叁角贰分'],
    [20000, '人民币贰佰元整'],
    [1010, '人民币壹拾元壹角整'],
    [3000005, '人民币叁万元零伍分'],
  ];
  for (const [fen, words] of cases) it(`${formatYuan(fen)} → ${words}`, () => expect(amountInWords(fen)).toBe(words));
  it('never writes two 零 in a row, never ends in 零', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (fen) => {
        const w = amountInWords(fen);
        return (
          !w.includes('零零') &&
          !w.endsWith('零') &&
          w.startsWith('人民币') &&
          (fen % 100 === 0 ? w.endsWith('整') : true)
        );
      }),
    );
  });
});
