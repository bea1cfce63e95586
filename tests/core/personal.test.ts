import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isValidMobile,
  isValidNationalId,
  maskAt,
  maskDocument,
  MASKS,
  maskNationalId,
  maskPhone,
  maskRecord,
  nationalIdCheckChar,
  PERSONAL_CLASSES,
  personalPaths,
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

describe('the one rule: every field the schemas declare personal, masked by its class', () => {
  const NID = '110101199003071234';
  it('declares the fields that leaked (issue 12 item 17) and any national id, mobile or phone wherever it is', () => {
    const paths = personalPaths().map((p) => `${p.kind} ${p.path} ${p.class}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'person national_id national-id',
        'person phones[] mobile',
        'person emergency_contact.phone phone',
        'person other_document.number document',
        'renovation contractor.phone phone',
        'renovation contractor.manager name',
        'renovation workers[].national_id national-id',
        'renovation workers[].certificate document',
        'renovation applicant.phone mobile',
        'staff phone phone',
        'renovation log[].note text',
      ]),
    );
    for (const p of personalPaths()) expect(Object.keys(PERSONAL_CLASSES)).toContain(p.class);
  });
  it('masks a record by its kind, and leaves what it does not declare alone (the same object when nothing changes)', () => {
    const c = {
      kind: 'renovation',
      id: 'ZX2026-0007',
      contractor: { company: '某装饰公司', manager: '王工', phone: '13912345678' },
      workers: [{ name: '李师傅', national_id: NID, certificate: `T${NID}`, pass_no: 'P-0001' }],
      notes: `业主电话 13800138000，身份证 ${NID}`,
    };
    expect(maskRecord('renovation', c)).toEqual({
      ...c,
      contractor: { company: '某装饰公司', manager: '王工', phone: '139****5678' },
      workers: [
        { name: '李师傅', national_id: '110101********1234', certificate: '***************1234', pass_no: 'P-0001' },
      ],
      notes: '业主电话 138****8000，身份证 110101********1234',
    });
    const unit = { kind: 'unit', id: '1-2-0801', area: '89.37' };
    expect(maskRecord('unit', unit)).toBe(unit);
    expect(maskRecord('calendar', { kind: 'calendar' })).toEqual({ kind: 'calendar' });
  });
  it('masks a value at a path as audit log writes paths', () => {
    expect(maskAt('renovation', 'workers[0].national_id', NID)).toBe('110101********1234');
    expect(maskAt('renovation', 'workers[1]', { national_id: NID, name: '李' })).toEqual({
      national_id: '110101********1234',
      name: '李',
    });
    expect(maskAt('person', '', { kind: 'person', phones: ['13800138000'] })).toEqual({
      kind: 'person',
      phones: ['138****8000'],
    });
    expect(maskAt('unit', 'area', '89.37')).toBe('89.37');
  });
  it('phones other than mobiles keep their last four digits; documents their last four characters', () => {
    expect(maskPhone('0731-88886666')).toBe('****-****6666');
    expect(maskPhone('+86 731 8888 6666')).toBe('+** *** **** 6666');
    expect(maskDocument('E12345678')).toBe('*****5678');
    expect(maskDocument('123')).toBe('***');
    expect(MASKS.name('张三')).toBe('张三');
  });
});
