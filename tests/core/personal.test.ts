import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isValidMobile,
  isValidNationalId,
  maskNationalId,
  maskPhone,
  nationalIdCheckChar,
} from '../../src/core/personal.js';

describe('national id numbers (GB 11643)', () => {
  it('computes the check character with ISO 7064 MOD 11-2', () => {
    // The standard's own example: 11010519491231002X
    expect(nationalIdCheckChar('11010519491231002')).toBe('X');
    expect(isValidNationalId('11010519491231002X')).toBe(true);
    expect(isValidNationalId('110105194912310021')).toBe(false); // wrong check digit
  });
  it('refuses impossible birth dates, wrong lengths and lowercase x', () => {
    const body = '11010519490230002'; // 1949-02-30
    expect(isValidNationalId(body + nationalIdCheckChar(body))).toBe(false);
    expect(isValidNationalId('1101051949123100')).toBe(false);
    expect(isValidNationalId('11010519491231002x')).toBe(false);
  });
  it('any single changed digit is caught', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const id = '11010519491231002X';
        const d = (Number(id[pos]) + delta) % 10;
        const changed = id.slice(0, pos) + d + id.slice(pos + 1);
        return !isValidNationalId(changed) || changed === id;
      }),
    );
  });
});

describe('phones and masking', () => {
  it('checks mainland mobiles', () => {
    expect(isValidMobile('13800138000')).toBe(true);
    expect(isValidMobile('1380013800')).toBe(false); // 10 digits
    expect(isValidMobile('12800138000')).toBe(false);
  });
  it('masks as the spec shows', () => {
    expect(maskNationalId('110101199003071234')).toBe('110101********1234');
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
