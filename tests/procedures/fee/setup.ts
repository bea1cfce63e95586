// A throwaway records root for fee tests: fee items in wuye.yaml, three units, a cashier with a receipt book.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { git, newRoot, wuye, type RunResult } from '../../helpers/cli.js';

export const FEES = `
fees:
  cycle: monthly
  due_day: 15
  proration: prorate
  items:
    - { code: mgmt, name: 物业管理费, kind: periodic, rule: per-area-month, unit_types: [residential], basis: 价格备案, rates: [{ rate: "2.35", from: "2020-01-01" }] }
    - { code: shop-mgmt, name: 商铺管理费, kind: periodic, rule: per-area-month, unit_types: [shop], rates: [{ rate: "5.00", from: "2020-01-01" }] }
    - { code: garbage, name: 生活垃圾清运费, kind: periodic, rule: per-unit-month, unit_types: [residential], rates: [{ rate: "10", from: "2020-01-01" }] }
    - { code: reno-deposit, name: 装修保证金, kind: deposit, rule: fixed, rates: [{ rate: "2000", from: "2020-01-01" }] }
  vacant: { discount_percent: 30, items: [mgmt], states: [vacant] }
  late_fee: { enabled: true, grace_days: 0, daily_rate: "0.0003", cap_at_principal: true }
`;

export function ok(r: RunResult): RunResult {
  expect(r.code, r.stderr + r.stdout).toBe(0);
  return r;
}

/** A root with units 1-1-0101 (89.37 m², fee from 2026-09-17), 1-1-0102 (vacant, from 2026-01-01), S1-1-101 (shop). */
export function feeRoot(): string {
  const root = newRoot();
  appendFileSync(join(root, 'wuye.yaml'), FEES);
  git(root, ['add', 'wuye.yaml']);
  git(root, ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'fees config']);
  const as = ['--as', 'S001'];
  ok(
    wuye(root, [
      'staff',
      'add',
      'S003',
      '--name',
      '李收款',
      '--email',
      'cashier@example.com',
      '--department',
      'customer-service',
      '--roles',
      'cashier',
      ...as,
    ]),
  );
  ok(
    wuye(root, [
      'unit',
      'add',
      '1-1-0101',
      '--type',
      'residential',
      '--area',
      '89.37',
      '--state',
      'occupied',
      '--fee-start',
      '2026-09-17',
      ...as,
    ]),
  );
  ok(
    wuye(root, [
      'unit',
      'add',
      '1-1-0102',
      '--type',
      'residential',
      '--area',
      '100.00',
      '--state',
      'vacant',
      '--fee-start',
      '2026-01-01',
      ...as,
    ]),
  );
  ok(
    wuye(root, [
      'unit',
      'add',
      'S1-1-101',
      '--type',
      'shop',
      '--area',
      '50.00',
      '--state',
      'let',
      '--fee-start',
      '2026-01-01',
      ...as,
    ]),
  );
  ok(
    wuye(root, [
      'fee',
      'books',
      'issue',
      'SJ-0001',
      '--from',
      '0000101',
      '--to',
      '0000103',
      '--cashier',
      'S003',
      ...as,
    ]),
  );
  ok(
    wuye(root, [
      'fee',
      'books',
      'issue',
      'SJ-0002',
      '--from',
      '0000104',
      '--to',
      '0000150',
      '--cashier',
      'S003',
      ...as,
    ]),
  );
  return root;
}
