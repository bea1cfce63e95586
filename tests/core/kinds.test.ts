import { describe, expect, it } from 'vitest';
import { checkId, expectedOfPath, relPath } from '../../src/core/kinds.js';

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
    expect(expectedOfPath('nowhere/x.yaml')).toBeUndefined();
  });
});
