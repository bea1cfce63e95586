// The estate generator (quality.md "The benchmark estate"): deterministic by seed,
// every file valid against its schema with every reference resolving, the sizes
// of the benchmark, and adding a generator leaves the others' output unchanged.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { parse as yamlParse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { expectedOfPath } from '../../../src/core/kinds.js';
import { isValidNationalId } from '../../../src/core/personal.js';
import { loadConfig } from '../../../src/core/root.js';
import { schemaProblems } from '../../../src/core/schemas.js';
import { walkYaml } from '../../../src/core/store.js';
import type {
  ComplaintRecord,
  HotlineRecord,
  PersonRecord,
  RenovationRecord,
  RepairRecord,
  StaffRecord,
  UnitRecord,
  WarrantyRecord,
} from '../../../src/core/types.gen.js';
import { parseRecordText } from '../../../src/core/yamlio.js';
import { toYaml } from '../../../src/core/yamlemit.js';
import { PROJECT } from '../../helpers/cli.js';
import { DEMO, DEMO_AS_OF, generate, type GenOptions, type KindGenerator } from '../../../src/kit/generate/run.js';
import { collect } from '../../../src/kit/manifest.js';
import { PROCEDURES } from '../../../src/procedures/index.js';
import { logProblems } from '../../../src/core/case.js';
import { RENOVATION } from '../../../src/procedures/renovation/machine.js';
import { COMPLAINT } from '../../../src/procedures/complaint/machine.js';
import { REPAIR } from '../../../src/procedures/repair/machine.js';
import { WARRANTY } from '../../../src/procedures/warranty/machine.js';
import { closeBlockers } from '../../../src/procedures/complaint/rules.js';

const GENERATORS = await collect<KindGenerator>(PROCEDURES, 'generators');

const opts = (seed: number, units = 400): GenOptions => ({ profile: 'bench', units, seed, years: 3, asOf: DEMO_AS_OF });
const fresh = () => join(mkdtempSync(join(tmpdir(), 'wuye-gen-')), 'estate');

/** Every file the generators wrote (all kinds, later generators' too), by path. */
function files(root: string, dir = ''): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (rel === '.git' || rel === '.wuye') continue;
    if (e.isDirectory()) for (const [k, v] of files(root, rel)) m.set(k, v);
    else m.set(rel, readFileSync(join(root, rel), 'utf8'));
  }
  return m;
}
const digest = (m: Map<string, string>) =>
  createHash('sha1')
    .update(
      [...m]
        .sort()
        .map(([k, v]) => `${k}\n${v}`)
        .join('\0'),
    )
    .digest('hex');

function load(root: string) {
  const recs = new Map<string, Record<string, unknown>>();
  const problems: string[] = [];
  for (const folder of [
    'units',
    'people',
    'staff',
    'calendar',
    'renovation',
    'hotline',
    'complaints',
    'repairs',
    'warranty',
  ]) {
    for (const rel of walkYaml(root, folder)) {
      const text = readFileSync(join(root, rel), 'utf8');
      const data = parseRecordText(text, rel) as Record<string, unknown>;
      const exp = expectedOfPath(rel)!;
      if (data.kind !== exp.kind.kind || data.id !== exp.id) problems.push(`${rel}: kind/id`);
      for (const p of schemaProblems(exp.kind.kind, data, rel, text))
        problems.push(`${rel}:${p.line}: ${p.message.en}`);
      recs.set(`${data.kind}/${data.id}`, data);
    }
  }
  const all = <T>(kind: string) =>
    [...recs].filter(([k]) => k.startsWith(`${kind}/`)).map(([, v]) => v as unknown as T);
  return {
    recs,
    problems,
    units: all<UnitRecord>('unit'),
    people: all<PersonRecord>('person'),
    staff: all<StaffRecord>('staff'),
    renovations: all<RenovationRecord>('renovation'),
    calls: all<HotlineRecord>('hotline'),
    complaints: all<ComplaintRecord>('complaint'),
    repairs: all<RepairRecord>('repair'),
    warranty: all<WarrantyRecord>('warranty'),
  };
}

describe('wuye demo generate (the generator)', async () => {
  const a = fresh();
  const b = fresh();
  const c = fresh();
  const ra = await generate(a, opts(7), GENERATORS, { git: false });
  await generate(b, opts(7), GENERATORS, { git: false });
  await generate(c, opts(8), GENERATORS, { git: false });
  const est = load(a);

  it('is deterministic: the same seed writes the same files, another seed others', () => {
    const fa = files(a);
    expect(fa.size).toBe(ra.files);
    expect(digest(fa)).toBe(digest(files(b)));
    expect(digest(fa)).not.toBe(digest(files(c)));
  });

  it('writes records that pass their schemas, with ids matching file names', () => {
    expect(est.problems).toEqual([]);
    expect(() => loadConfig(a)).not.toThrow();
  });

  it('has the benchmark proportions: n units, ~1.6 people per unit, 40 staff with every role', () => {
    expect(est.units).toHaveLength(400);
    expect(ra).toMatchObject({ units: 400, staff: 40 });
    expect(est.people.length).toBeGreaterThan(400 * 1.3);
    expect(est.people.length).toBeLessThan(400 * 2);
    const types = new Set(est.units.map((u) => u.type));
    expect([...types].sort()).toEqual(['parking', 'residential', 'shop']);
    const roles = new Set(est.staff.flatMap((s) => s.roles));
    expect([...roles].sort()).toEqual([
      'cashier',
      'cs-assistant',
      'cs-manager',
      'director',
      'engineer',
      'finance',
      'security',
      'storekeeper',
    ]);
    expect(new Set(est.staff.map((s) => s.email)).size).toBe(40);
  });

  it('resolves every reference: people, the staff on a transfer, the space of a car', () => {
    const has = (kind: string, id: string) => est.recs.has(`${kind}/${id}`);
    for (const u of est.units) {
      for (const x of [...(u.owners ?? []), ...(u.residents ?? []), ...(u.tenants ?? [])])
        expect(has('person', x.person), `${u.id} → ${x.person}`).toBe(true);
      for (const t of u.transfers ?? []) {
        expect(has('staff', t.by)).toBe(true);
        for (const p of [...t.from, ...t.to]) expect(has('person', p)).toBe(true);
        expect(u.owners!.map((o) => o.person)).toEqual(t.to);
      }
      for (const v of u.vehicles ?? []) {
        if (!v.space) continue;
        const space = est.recs.get(`unit/${v.space}`) as unknown as UnitRecord;
        expect(space.type).toBe('parking');
        expect(space.owners![0].person).toBe(u.owners![0].person);
      }
    }
  });

  it('gives people valid national ids whose sequence digit matches the gender', () => {
    const withId = est.people.filter((p) => p.national_id);
    expect(withId.length).toBeGreaterThan(est.people.length * 0.9);
    for (const p of withId) {
      expect(isValidNationalId(p.national_id!)).toBe(true);
      expect(Number(p.national_id![16]) % 2 === 1 ? 'male' : 'female').toBe(p.gender);
    }
    expect(new Set(withId.map((p) => p.national_id)).size).toBe(withId.length);
    const company = est.people.find((p) => p.company);
    expect(company?.company?.licence).toMatch(/^91\d{6}[0-9A-Z]{10}$/);
  });

  it('has one building in its move-in: every flat sold, most with the notice date as fee start', () => {
    const last = String(Math.max(...est.units.filter((u) => u.type === 'residential').map((u) => Number(u.building))));
    const b = est.units.filter((u) => u.building === last);
    expect(b.every((u) => (u.owners ?? []).length > 0)).toBe(true);
    expect(b.every((u) => u.state === 'unsold' || u.state === 'handed-over')).toBe(true);
    expect(b.filter((u) => u.fee_start === '2026-11-16').length).toBeGreaterThan(b.length * 0.8);
    expect(b.some((u) => u.state === 'handed-over')).toBe(true);
  });

  it('has a year of repair orders (~0.5 a lived-in unit) and warranty reports, each a legal story with its desk entry', () => {
    const lived = est.units.filter(
      (u) => u.type === 'residential' && (u.state === 'occupied' || u.state === 'let') && (u.owners ?? []).length,
    ).length;
    const own = est.repairs.filter((r) => !r.warranty);
    expect(own.length).toBeGreaterThan(lived * 0.5 * 0.8);
    expect(own.length).toBeLessThan(lived * 0.5 * 1.2);
    const has = (kind: string, id: string) => est.recs.has(`${kind}/${id}`);
    for (const r of est.repairs) {
      expect(logProblems(REPAIR, r.log, r.state), r.id).toEqual([]);
      expect(has('hotline', r.hotline!), r.id).toBe(true);
      if (r.rework_of) expect(has('repair', r.rework_of), r.id).toBe(true);
      if (r.charge && r.signoff) expect(r.charge.receipt, r.id).toMatch(/^\d{7}$/);
      expect(r.log.at(-1)!.at < `${DEMO_AS_OF}T00:00`).toBe(true);
    }
    expect(own.filter((r) => r.punctual === false).length).toBeGreaterThan(0);
    expect(own.filter((r) => r.paid && r.charge?.receipt).length).toBeGreaterThan(own.length * 0.1);
    expect(est.warranty.some((w) => w.decision.in_warranty)).toBe(true);
    expect(est.warranty.some((w) => !w.decision.in_warranty)).toBe(true);
    for (const w of est.warranty) {
      expect(logProblems(WARRANTY, w.log, w.state), w.id).toEqual([]);
      expect(has('hotline', w.hotline!), w.id).toBe(true);
      if (!w.decision.in_warranty) expect(has('repair', w.repair!), w.id).toBe(true);
    }
    expect(est.units.filter((u) => u.delivered_on).length).toBeGreaterThan(est.units.length * 0.5);
  });

  it('has renovations at the benchmark rate (~0.3 a unit over three years), each a legal story in a plausible state', () => {
    const rs = est.renovations;
    expect(rs.length).toBe(120); // 400 units × 0.1 a year × 3 years
    const has = (kind: string, id: string) => est.recs.has(`${kind}/${id}`);
    const byState = new Map<string, number>();
    for (const c of rs) {
      byState.set(c.state, (byState.get(c.state) ?? 0) + 1);
      expect(logProblems(RENOVATION, c.log, c.state), c.id).toEqual([]);
      expect(has('unit', c.unit), c.id).toBe(true);
      expect(has('person', c.applicant.person), c.id).toBe(true);
      for (const e of c.log) expect(has('staff', e.by), `${c.id} ${e.by}`).toBe(true);
      expect(c.log.at(-1)!.at < `${DEMO_AS_OF}T00:00`).toBe(true);
      expect(c.id.slice(2, 6)).toBe(c.log[0].at.slice(0, 4));
    }
    expect(new Set(rs.map((c) => c.unit)).size).toBe(rs.length);
    // Most are long finished; the recent ones are on their way.
    expect(byState.get('closed')! / rs.length).toBeGreaterThan(0.7);
    expect(byState.get('in-progress')).toBeGreaterThan(0);
    expect(byState.get('withdrawn')).toBeGreaterThan(0);
  });

  it('has the desk at the benchmark rates (1.33 entries and 0.2 complaints a unit a year), each complaint a legal story', () => {
    // the desk's own entries (the repair orders and warranty reports bring their calls beside them: below)
    const calls = est.calls.filter((c) => c.case?.kind !== 'repair' && c.case?.kind !== 'warranty');
    const { complaints } = est;
    expect(calls.length).toBeGreaterThan(400 * 1.33 * 3 * 0.9);
    expect(calls.length).toBeLessThan(400 * 1.33 * 3 * 1.1);
    expect(complaints.length).toBeGreaterThan(400 * 0.2 * 3 * 0.8);
    expect(complaints.length).toBeLessThan(400 * 0.2 * 3 * 1.2);
    const has = (kind: string, id: string) => est.recs.has(`${kind}/${id}`);
    const byId = new Map(calls.map((c) => [c.id, c]));
    for (const c of complaints) {
      expect(logProblems(COMPLAINT, c.log, c.state), c.id).toEqual([]);
      expect(byId.get(c.hotline)?.case, c.id).toEqual({ kind: 'complaint', id: c.id });
      expect(c.log[0].at).toBe(c.received_at);
      for (const e of c.log) expect(has('staff', e.by), `${c.id} ${e.by}`).toBe(true);
      expect(c.log.at(-1)!.at < `${DEMO_AS_OF}T00:00`).toBe(true);
      if (c.state === 'closed') expect(closeBlockers({ ...c, state: 'resolved' }), c.id).toEqual([]);
      if (c.unit) expect(has('unit', c.unit)).toBe(true);
    }
    for (const e of calls) {
      expect(e.id.slice(2, 10)).toBe(e.at.slice(0, 10).replace(/-/g, ''));
      expect(has('staff', e.received_by)).toBe(true);
      if (e.handed_to) expect(has('staff', e.handed_to.to)).toBe(true);
    }
    const states = new Set(complaints.map((c) => c.state));
    // most long closed; the recent ones on their way (the demo estate has every state, demo.e2e.test)
    expect(complaints.filter((c) => c.state === 'closed').length / complaints.length).toBeGreaterThan(0.9);
    expect(states.size).toBeGreaterThan(1);
    expect(complaints.some((c) => !c.valid)).toBe(true);
    expect(complaints.some((c) => c.severity === 'major')).toBe(true);
    expect(new Set(calls.map((e) => e.type)).size).toBe(5);
  });

  it('lets a later generator be appended without changing what the others write', async () => {
    const d = fresh();
    const extra: KindGenerator = {
      name: 'extra',
      run(g) {
        g.rng.next();
        g.estate.units[0].notes = '由追加的生成器修改';
        g.out.text('extra/x.txt', 'x\n');
      },
    };
    await generate(d, opts(7), [...GENERATORS, extra], { git: false });
    const fa = files(a);
    const fd = files(d);
    const changed = [...fa].filter(([k, v]) => fd.get(k) !== v).map(([k]) => k);
    // Only the unit it changed (the first one generated); every other file is byte for byte the same.
    expect(changed).toEqual(['units/1/1-1-0101.yaml']);
    expect(readFileSync(join(d, 'extra', 'x.txt'), 'utf8')).toBe('x\n');
  });
});

describe('the demo estate records/ is what the generator writes', () => {
  it('byte for byte, fee accounts at fees/<year>/<unit>.yaml, the ten renovation cases', async () => {
    const d = fresh();
    await generate(d, DEMO, GENERATORS, { git: false });
    const made = files(d);
    const kept = files(join(PROJECT, 'records'));
    expect([...made.keys()].sort()).toEqual([...kept.keys()].sort());
    expect([...made].filter(([k, v]) => kept.get(k) !== v).map(([k]) => k)).toEqual([]);
    expect(made.has('fees/2026/1-1-0101.yaml')).toBe(true);
    expect([...made.keys()].filter((k) => /^fees\/\d{4}\/\d{4}-/.test(k))).toEqual([]);
    expect([...made.keys()].filter((k) => k.startsWith('renovation/'))).toHaveLength(10);
    expect([...made.keys()].filter((k) => k.startsWith('complaints/'))).toHaveLength(10);
    expect([...made.keys()].filter((k) => k.startsWith('hotline/')).length).toBeGreaterThan(150);
  });
});

describe('toYaml (the fast emitter)', () => {
  it('quotes exactly what YAML would read as something else, and both parsers read it back', () => {
    const data = {
      kind: 'unit',
      money: '1.50',
      int: '0801',
      phone: '13812345678',
      date: '2026-01-01',
      yes: 'yes',
      bool: 'true',
      nul: 'null',
      empty: '',
      colon: 'a: b',
      hash: 'x #y',
      dash: '- x',
      star: '*x',
      quote: '"q"',
      cn: '三室两厅',
      tel: '0731-85286666',
      neg: -1,
      n: 8,
      list: [{ person: 'P000001', since: '2020-01-01' }, 'plain'],
      nested: { a: ['1', 2] },
      emptyList: [],
      hex: '0x1F',
      exp: '1e3',
    };
    const text = toYaml(data);
    expect(jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA })).toEqual(data);
    expect(yamlParse(text)).toEqual(data);
    expect(text).toContain('money: "1.50"\n');
    expect(text).toContain('date: 2026-01-01\n');
    expect(text).toContain('cn: 三室两厅\n');
    expect(text).toContain('list:\n  - person: P000001\n    since: 2020-01-01\n  - plain\n');
  });
});
