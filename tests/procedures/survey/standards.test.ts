// Standards 5.9 (a staff survey every 12 months, analysed) and 6.12 (a customer survey every 12 months, analysed,
// acted on) as `wuye standards` will read them from survey/api.ts: measured on the demo estate (2026 both met, 2025
// the staff survey missing: no data, 2024 nothing: no data), and on a copy where an item below target has no
// action (6.12 not met) or the survey was never analysed (not met).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../src/core/store.js';
import { surveyStandards } from '../../../src/procedures/survey/api.js';
import { PROJECT } from '../../helpers/cli.js';

const demo = new Store(join(PROJECT, 'records'));
const status = (rows: ReturnType<typeof surveyStandards>) => rows.map((r) => [r.clause, r.status]);

describe('survey standards', () => {
  it('the demo estate: 2026 both met, with the surveys as evidence', () => {
    const rows = surveyStandards(demo, 2026);
    expect(status(rows)).toEqual([
      ['5.9', 'met'],
      ['6.12', 'met'],
    ]);
    expect(rows[0].evidence).toEqual(['DC2026-02']);
    expect(rows[1].evidence).toEqual(['DC2026-01']);
    expect(rows[1].measured).toContain('DC2026-01 2026-11-05 98.4%');
  });
  it('a year without a survey of the kind says no data, never met', () => {
    expect(status(surveyStandards(demo, 2025))).toEqual([
      ['5.9', 'no-data'],
      ['6.12', 'met'],
    ]);
    expect(status(surveyStandards(demo, 2024))).toEqual([
      ['5.9', 'no-data'],
      ['6.12', 'no-data'],
    ]);
  });
  it('an item below target without an action, or a survey not analysed, is not met', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wuye-sv-'));
    cpSync(join(PROJECT, 'records', 'surveys'), join(dir, 'surveys'), { recursive: true });
    const f = join(dir, 'surveys', 'DC2026-01.yaml');
    const text = readFileSync(f, 'utf8');
    writeFileSync(f, text.replace(/\nactions:\n(?:  .*\n)+/, '\n'));
    const rows = surveyStandards(new Store(dir), 2026);
    expect(rows[1].status).toBe('not-met');
    expect(rows[1].evidence).toEqual(['DC2026-01:security-parking', 'DC2026-01:repair-speed']);
    const g = join(dir, 'surveys', 'DC2026-02.yaml');
    writeFileSync(g, readFileSync(g, 'utf8').replace(/\nanalysis:\n(?:  .*\n)+/, '\n'));
    expect(surveyStandards(new Store(dir), 2026)[0]).toMatchObject({ status: 'not-met', evidence: ['DC2026-02'] });
  });
});
