// scanAccounts(store, building, year): a year's ledger reads that year's accounts and later ones, and an
// earlier account only when it names the year — a payment taken in December for January's bill (billed
// ahead) is still counted, while an earlier year that never mentions it is not parsed at all.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../src/core/store.js';
import { scanAccounts } from '../../../src/procedures/fee/accounts.js';
import { ledgerRows } from '../../../src/procedures/fee/reports/data.js';

function estate(files: Record<string, string>): Store {
  const root = mkdtempSync(join(tmpdir(), 'wuye-scan-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return new Store(root);
}

const bill = (period: string, amount: string) =>
  `  - id: ${period}/mgmt\n    item: mgmt\n    period: ${period}\n    rate: "2.00"\n    base: "50.00"\n    amount: "${amount}"\n    due: ${period}-15\n`;

describe('scanAccounts for one year', () => {
  const store = estate({
    // paid on 2025-12-20 for January's bill, billed ahead: the 2025 account names 2026-01/mgmt
    'fees/2025/1-1-0101.yaml': `kind: fee-account\nid: 2025-1-1-0101\nyear: 2025\nunit: 1-1-0101\nbills:\n${bill('2025-12', '100.00')}payments:\n  - receipt: "0000001"\n    book: SJ-0001\n    at: 2025-12-20T10:00:00+08:00\n    amount: "200.00"\n    method: cash\n    cashier: S003\n    allocations:\n      - bill: 2025-12/mgmt\n        amount: "100.00"\n      - bill: 2026-01/mgmt\n        amount: "100.00"\n`,
    'fees/2026/1-1-0101.yaml': `kind: fee-account\nid: 2026-1-1-0101\nyear: 2026\nunit: 1-1-0101\nbills:\n${bill('2026-01', '100.00')}`,
    // an earlier year that never names 2026 — and is not even valid YAML: it must not be parsed
    'fees/2025/1-1-0102.yaml': 'kind: fee-account\nid: 2025-1-1-0102\nbills: [ this is not read\n',
    'fees/2026/1-1-0102.yaml': `kind: fee-account\nid: 2026-1-1-0102\nyear: 2026\nunit: 1-1-0102\nbills:\n${bill('2026-01', '80.00')}`,
  });

  it('keeps an earlier account that pays a bill of the year, and skips one that does not name it', () => {
    const units = [...scanAccounts(store, undefined, 2026)];
    expect(units.map((u) => [u.unit, u.accounts.map((a) => a.year)])).toEqual([
      ['1-1-0101', [2025, 2026]],
      ['1-1-0102', [2026]],
    ]);
    expect([...ledgerRows(units, 2026)].map((r) => [r.unit, r.period, r.billed, r.received, r.owing])).toEqual([
      ['1-1-0101', '2026-01', 10000, 10000, 0],
      ['1-1-0102', '2026-01', 8000, 0, 8000],
    ]);
  });

  it('reads every year without a year (and so meets the broken file)', () => {
    expect(() => [...scanAccounts(store)]).toThrow(/fees\/2025\/1-1-0102\.yaml|YAML/);
  });
});
