// Moving bookings and release passes end to end through the real CLI (manual 四.4; issue 14): a booking inside
// the permitted hours, refused outside them or on a lift slot taken; the pass — the owner's, a tenant's only with
// the owner's confirmation, a unit with arrears only released by the manager with a reason —; security's check at
// the gate; the list and the forms (物品放行条 with its stub, 搬迁登记表).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../helpers/pdf.js';
import { git, newRoot, read, tmp, wuye } from '../../helpers/cli.js';
import { liftClash, passNo } from '../../../src/procedures/moving/rules.js';
import { slotWithin } from '../../../src/core/hours.js';

let root: string;
const head = () => git(root, ['rev-parse', 'HEAD']).trim();
const ok = (r: ReturnType<typeof wuye>) => {
  expect(r.code, r.stderr + r.stdout).toBe(0);
  return r;
};
const refused = (args: string[], text: string, code = 1) => {
  const before = head();
  const r = wuye(root, args);
  expect(r.code, r.stdout).toBe(code);
  expect(r.stderr).toContain(text);
  expect(head()).toBe(before);
};

beforeAll(() => {
  root = newRoot({ demo: true });
});

describe('moving rules', () => {
  it('a slot lies inside one permitted range; bookings on one entrance lift may not overlap', () => {
    expect(slotWithin(['08:00-12:00', '14:00-18:00'], '09:00', '11:00')).toBe(true);
    expect(slotWithin(['08:00-12:00', '14:00-18:00'], '11:00', '14:30')).toBe(false);
    const b = { kind: 'moving', id: 'BJ2026-0001', unit: '3-1-0602', direction: 'out', date: '2026-11-30' } as const;
    const booked = [{ ...b, from: '09:00', to: '11:00', lift: true, booked_at: '', booked_by: 'S003' }];
    expect(liftClash(booked, '3-1-0101', '2026-11-30', '10:30', '12:00')?.id).toBe('BJ2026-0001');
    expect(liftClash(booked, '3-1-0101', '2026-11-30', '11:00', '12:00')).toBeUndefined();
    expect(liftClash(booked, '3-2-0101', '2026-11-30', '10:00', '11:00')).toBeUndefined();
    expect(passNo('BJ2026-0007')).toBe('FX2026-0007');
  });
});

describe('wuye moving book|pass|check|list|form', () => {
  it('books a move in the permitted hours; refuses one outside them or overlapping on the lift', () => {
    const r = ok(
      wuye(root, [
        'moving',
        'book',
        '3-1-0602',
        '--direction',
        'out',
        '--date',
        '2026-11-30',
        '--slot',
        '09:00-11:00',
        '--mover',
        '蚂蚁搬家',
        '--plate',
        '湘A12345',
      ]),
    );
    expect(r.stdout).toContain('BJ2026-0011');
    expect(read(root, 'moving/2026/BJ2026-0011.yaml')).toMatch(
      /unit: 3-1-0602\s+direction: out\s+date: 2026-11-30\s+from: "?09:00"?\s+to: "?11:00"?\s+lift: true/,
    );
    refused(
      ['moving', 'book', '3-1-0601', '--direction', 'in', '--date', '2026-11-30', '--slot', '10:00-12:00'],
      '已由 BJ2026-0011',
    );
    refused(
      ['moving', 'book', '3-1-0601', '--direction', 'in', '--date', '2026-11-30', '--slot', '19:00-20:00'],
      '不在允许搬迁时间内',
    );
    refused(['moving', 'book', '3-1-0601', '--direction', 'in', '--date', '2026-11-30', '--slot', '9-11'], '--slot', 2);
    // another entrance, or the stairs, is free
    ok(
      wuye(root, [
        'moving',
        'book',
        '3-1-0601',
        '--direction',
        'in',
        '--date',
        '2026-11-30',
        '--slot',
        '10:00-12:00',
        '--stairs',
      ]),
    );
  });

  it('the gate refuses goods leaving without a pass', () => {
    refused(['moving', 'check', 'BJ2026-0011', '--as', 'S009'], '没有放行条');
  });

  it('a pass needs the owner; a tenant only with the owner confirmation, recorded', () => {
    ok(
      wuye(root, ['moving', 'book', '1-2-0301', '--direction', 'out', '--date', '2026-11-30', '--slot', '14:00-16:00']),
    );
    refused(
      ['moving', 'pass', 'BJ2026-0013', '--person', 'P000114', '--goods', '纸箱'],
      '不是 1-2-0301 的业主、住户或租户',
    );
    refused(['moving', 'pass', 'BJ2026-0013', '--person', 'P000032', '--goods', '纸箱'], '须有业主确认');
    ok(
      wuye(root, [
        'moving',
        'pass',
        'BJ2026-0013',
        '--person',
        'P000032',
        '--goods',
        '纸箱10个',
        '--owner-confirmed',
        'phone',
        '--owner',
        'P000031',
        '--note',
        '电话确认',
        '--override-arrears',
        '经理同意',
        '--as',
        'S002',
      ]),
    );
    expect(read(root, 'moving/2026/BJ2026-0013.yaml')).toMatch(
      /no: FX2026-0013[\s\S]*as: tenant\s+owner_confirmation:\s+owner: P000031\s+how: phone/,
    );
  });

  it('a unit with arrears: a warning, released only by the manager with a reason', () => {
    ok(
      wuye(root, ['moving', 'book', '1-1-0301', '--direction', 'out', '--date', '2026-12-01', '--slot', '09:00-11:00']),
    );
    refused(['moving', 'pass', 'BJ2026-0014', '--person', 'P000007', '--goods', '书柜'], '欠费');
    refused(
      [
        'moving',
        'pass',
        'BJ2026-0014',
        '--person',
        'P000007',
        '--goods',
        '书柜',
        '--override-arrears',
        '已承诺缴清',
        '--as',
        'S003',
      ],
      '欠费放行',
    );
    ok(
      wuye(root, [
        'moving',
        'pass',
        'BJ2026-0014',
        '--person',
        'P000007',
        '--goods',
        '书柜',
        '--override-arrears',
        '已承诺缴清',
        '--as',
        'S002',
      ]),
    );
    expect(read(root, 'moving/2026/BJ2026-0014.yaml')).toMatch(
      /arrears: "[\d.]+"\s+override:\s+by: S002\s+reason: 已承诺缴清/,
    );
  });

  it('the owner gets the pass; security records the check at the gate, once', () => {
    ok(
      wuye(root, [
        'moving',
        'pass',
        'BJ2026-0011',
        '--person',
        'P000114',
        '--goods',
        '沙发1套',
        '--override-arrears',
        '经理同意',
        '--as',
        'S002',
      ]),
    );
    refused(['moving', 'check', 'BJ2026-0011', '--as', 'S003'], '门岗查验');
    ok(
      wuye(root, ['moving', 'check', 'BJ2026-0011', '--as', 'S009', '--note', '货物与放行条相符'], {
        WUYE_NOW: '2026-11-30T09:40:00+08:00',
      }),
    );
    expect(read(root, 'moving/2026/BJ2026-0011.yaml')).toMatch(/gate:\s+by: S009\s+at: 2026-11-30T09:40:00\+08:00/);
    refused(['moving', 'check', 'BJ2026-0011', '--as', 'S009'], '已于');
    const list = ok(wuye(root, ['moving', 'list', '--date', '2026-11-30'])).stdout;
    expect(list).toMatch(/BJ2026-0011\s+3-1-0602\s+搬出/);
  });

  it('prints the release pass with its stub, and the register of a day', () => {
    const out = join(tmp(), 'pass.pdf');
    ok(wuye(root, ['moving', 'form', 'pass', 'BJ2026-0011', '--out', out]));
    const text = pdfText(out);
    expect(text).toContain('物品放行条');
    expect(text).toContain('FX2026-0011');
    expect(text).toContain('存根');
    expect(text).toContain('沙发1套');
    const reg = join(tmp(), 'reg.pdf');
    ok(wuye(root, ['moving', 'form', 'register', '2026-11-30', '--out', reg]));
    expect(pdfText(reg)).toMatch(/搬迁登记表[\s\S]*BJ2026-0011[\s\S]*BJ2026-0013/);
    refused(['moving', 'form', 'pass', 'BJ2026-0012'], '尚未开具放行条');
  });
});
