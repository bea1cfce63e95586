import { describe, expect, it } from 'vitest';
import { checkId, compareIds, expectedOfPath, idOfPath, KINDS, relPath } from '../../src/core/kinds.js';

describe('ids become paths only after their pattern is checked', () => {
  it('lays records out by kind', () => {
    expect(relPath('unit', '1-2-0801')).toBe('units/1/1-2-0801.yaml');
    expect(relPath('unit', 'S1-1-105')).toBe('units/S1/S1-1-105.yaml');
    expect(relPath('person', 'P000123')).toBe('people/P000123.yaml');
    expect(relPath('staff', 'S001')).toBe('staff/S001.yaml');
  });
  it('refuses ids that could name another file', () => {
    for (const bad of ['../etc', '1/2-3-4', '1-2-0801/..', '', '1-2', 'P00012', 'P000123/../x', '1-2-08 01']) {
      expect(() => checkId('unit', bad)).toThrow();
      expect(() => relPath('unit', bad)).toThrow();
    }
    expect(() => checkId('person', '../P000123', '--owner')).toThrow(/--owner/);
  });
  it('knows what a path should hold', () => {
    expect(expectedOfPath('units/1/1-2-0801.yaml')).toMatchObject({ id: '1-2-0801', kind: { kind: 'unit' } });
    expect(expectedOfPath('fees/2026/1-2-0801.yaml')).toMatchObject({
      id: '2026-1-2-0801',
      kind: { kind: 'fee-account' },
    });
    expect(expectedOfPath('nowhere/x.yaml')).toBeUndefined();
  });
  it('keeps a fee account in fees/<year>/<unit>.yaml, its id <year>-<unit> (records.md)', () => {
    expect(relPath('fee-account', '2026-1-2-0801')).toBe('fees/2026/1-2-0801.yaml');
    expect(relPath('fee-account', '2025-S1-1-105')).toBe('fees/2025/S1-1-105.yaml');
    expect(idOfPath('fees/2026/1-2-0801.yaml')).toBe('2026-1-2-0801');
    expect(relPath('renovation', 'ZX2026-0007')).toBe('renovation/2026/ZX2026-0007.yaml');
    expect(relPath('cashier-day', '2026-11-28-S003')).toBe('cashdays/2026/2026-11-28-S003.yaml');
  });
  it("turns every kind's file back into its id (relPath and idOfPath are inverses)", () => {
    const ids: Record<string, string[]> = {
      unit: ['S1-1-105', 'P1-B1-001'],
      'fee-account': ['2025-1-1-0101', '2027-P1-B1-001'],
      key: ['K-3-1-0101-A'],
      renovation: ['ZX2026-0123'],
    };
    for (const k of KINDS) {
      for (const id of [k.idExample, ...(ids[k.kind] ?? [])]) {
        const rel = relPath(k.kind, id);
        expect(rel.startsWith(`${k.folder}/`), rel).toBe(true);
        expect(idOfPath(rel), rel).toBe(id);
        expect(expectedOfPath(rel), rel).toEqual({ kind: k, id });
      }
    }
  });
  it('gives a misplaced fee file an id that is not valid, so validate reports it', () => {
    const fee = KINDS.find((k) => k.kind === 'fee-account')!;
    for (const [rel, id] of [
      ['fees/2026/2026-1-2-0801.yaml', '2026-2026-1-2-0801'],
      ['fees/1-2-0801.yaml', '1-2-0801'],
      ['fees/x/1-2-0801.yaml', '1-2-0801'],
    ]) {
      expect(idOfPath(rel)).toBe(id);
      expect(fee.idPattern.test(id)).toBe(false);
    }
  });
});

describe('compareIds', () => {
  it('orders ids naturally: digit runs as numbers, the same everywhere', () => {
    const ids = [
      '1-10-0101',
      '1-2-0801',
      '1-2-0102',
      'S10',
      'S2',
      '10-1-0101',
      '2-1-0101',
      'ZX2026-0010',
      'ZX2026-0009',
    ];
    expect([...ids].sort(compareIds)).toEqual([
      '1-2-0102',
      '1-2-0801',
      '1-10-0101',
      '2-1-0101',
      '10-1-0101',
      'S2',
      'S10',
      'ZX2026-0009',
      'ZX2026-0010',
    ]);
    expect(compareIds('a', 'a')).toBe(0);
  });
});
