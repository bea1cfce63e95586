// The validate library without the CLI: references read from the schemas, the
// generic case-log check on a small machine, the registry's domain checks, and
// the schemas themselves against the draft 2020-12 meta-schema (the runtime skips
// that check to start fast, so it is done here once).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ANNOTATIONS } from '../../src/core/ajv.js';
import { defineMachine } from '../../src/core/case.js';
import { msg } from '../../src/core/i18n.js';
import { projectPath } from '../../src/core/paths.js';
import { caseLogCheck, reachableStates } from '../../src/core/validate/caselog.js';
import { classify } from '../../src/core/validate/files.js';
import { referringKinds, refPaths, refsOf } from '../../src/core/validate/refs.js';
import type { CheckEnv, RecordInfo } from '../../src/core/validate/types.js';
import { parseRecordText } from '../../src/core/yamlio.js';
import { checks as registry } from '../../src/procedures/registry/checks.js';

const rec = (rel: string, kind: string, id: string, text: string): RecordInfo => ({
  rel,
  kind,
  id,
  text,
  data: parseRecordText(text, rel) as Record<string, unknown>,
});
const env: CheckEnv = { exists: () => true, get: () => undefined, config: undefined, post: () => {} };
const where = (ps: { line: number; column: number; code: string }[]) =>
  ps.map((p) => `${p.line}:${p.column} ${p.code}`);

describe('references come from the schemas', () => {
  it('a unit names people as owners, residents, tenants and in transfers, and staff who handled a transfer', () => {
    const paths = refPaths('unit').map((p) => `${p.path.join('/')} → ${p.kind}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'owners/*/person → person',
        'residents/*/person → person',
        'tenants/*/person → person',
        'transfers/*/from/* → person',
        'transfers/*/to/* → person',
        'transfers/*/by → staff',
      ]),
    );
    expect(paths).not.toContain('id → unit'); // its own id is not a reference
  });

  it('a case whose id is not its unit names the unit; its log names staff', () => {
    expect(refPaths('renovation').map((p) => `${p.path.join('/')} → ${p.kind}`)).toEqual(
      expect.arrayContaining(['unit → unit', 'log/*/by → staff']),
    );
    expect(referringKinds('person', ['unit', 'person', 'staff'])).toEqual(['unit']);
  });

  it('collects each id with the JSON pointer of its value', () => {
    const data = {
      owners: [{ person: 'P000001' }, { person: 'P000002' }],
      transfers: [{ from: ['P000003'], to: ['P000001'], by: 'S001' }],
    };
    expect(
      refsOf(data, refPaths('unit'))
        .map((r) => `${r.pointer}=${r.id}`)
        .sort(),
    ).toEqual([
      '/owners/0/person=P000001',
      '/owners/1/person=P000002',
      '/transfers/0/by=S001',
      '/transfers/0/from/0=P000003',
      '/transfers/0/to/0=P000001',
    ]);
  });
});

describe('which files are records', () => {
  it('classifies by folder and file name', () => {
    expect(classify('wuye.yaml')).toEqual({ type: 'config', rel: 'wuye.yaml' });
    expect(classify('units/1/1-2-0801.yaml')).toMatchObject({ type: 'record', id: '1-2-0801', kind: { kind: 'unit' } });
    expect(classify('fees/2026/1-2-0801.yaml')).toMatchObject({
      type: 'record',
      id: '2026-1-2-0801',
      kind: { kind: 'fee-account' },
    });
    expect(classify('people/P000001.yml')).toEqual({ type: 'stray', rel: 'people/P000001.yml', reason: 'extension' });
    expect(classify('misc/x.yaml')).toEqual({ type: 'stray', rel: 'misc/x.yaml', reason: 'place' });
    expect(classify('templates/forms/movein/notice.yaml')).toBeUndefined();
    expect(classify('.wuye/local.yaml')).toBeUndefined();
    expect(classify('people/photo.jpg')).toBeUndefined();
  });
});

describe('the generic case-log check', () => {
  const M = defineMachine<'open' | 'answered' | 'closed' | 'orphan'>({
    name: 'test',
    initial: 'open',
    states: {
      open: msg('受理', 'open'),
      answered: msg('已答复', 'answered'),
      closed: msg('已结案', 'closed'),
      orphan: msg('孤立', 'orphan'),
    },
    transitions: [
      { action: 'answer', from: ['open'], to: 'answered', label: msg('答复', 'answer') },
      { action: 'close', from: ['answered'], to: 'closed', label: msg('结案', 'close') },
    ],
  });
  const check = caseLogCheck('complaint', M);
  const text = (state: string, log: [string, string][]) =>
    `kind: complaint\nid: TS2026-0001\nstate: ${state}\nlog:\n${log.map(([at, action]) => `  - at: ${at}\n    by: S001\n    action: ${action}\n`).join('')}`;

  it('finds the states the machine can reach', () => {
    expect([...reachableStates(M)].sort()).toEqual(['answered', 'closed', 'open']);
  });

  it('accepts a log that follows the machine in time order', () => {
    const t = text('closed', [
      ['2026-11-02T09:00:00+08:00', 'open'],
      ['2026-11-03T09:00:00+08:00', 'answer'],
      ['2026-11-04T09:00:00+08:00', 'close'],
    ]);
    expect(check.record(rec('complaints/2026/TS2026-0001.yaml', 'complaint', 'TS2026-0001', t), env)).toEqual([]);
  });

  it('an entry earlier than the one before is located at its time', () => {
    const t = text('answered', [
      ['2026-11-03T09:00:00+08:00', 'open'],
      ['2026-11-02T09:00:00+08:00', 'answer'],
    ]);
    expect(where(check.record(rec('c.yaml', 'complaint', 'TS2026-0001', t), env))).toEqual(['8:9 log-order']);
  });

  it('a step that the state does not allow, and a state the log does not lead to', () => {
    const t = text('closed', [['2026-11-02T09:00:00+08:00', 'close']]);
    expect(where(check.record(rec('c.yaml', 'complaint', 'TS2026-0001', t), env))).toEqual([
      '7:13 log-step',
      '3:8 log-state',
    ]);
  });

  it('a state the machine can never reach, and one it does not have', () => {
    expect(where(check.record(rec('c.yaml', 'complaint', 'TS2026-0001', text('orphan', [])), env))).toEqual([
      '3:8 state-unreachable',
    ]);
    expect(where(check.record(rec('c.yaml', 'complaint', 'TS2026-0001', text('lost', [])), env))).toEqual([
      '3:8 state-unknown',
    ]);
  });
});

describe("the registry's domain checks", () => {
  const run = (text: string, id = '1-2-0801') =>
    registry.flatMap((c) =>
      c.kinds.includes('unit') ? c.record(rec(`units/1/${id}.yaml`, 'unit', id, text), env) : [],
    );
  const unit = (extra: string) =>
    `kind: unit\nid: 1-2-0801\nbuilding: "1"\nentrance: "2"\nroom: "0801"\ntype: residential\narea: "89.37"\nstate: occupied\n${extra}`;

  it('a valid unit has no problems', () => {
    expect(
      run(
        unit(
          'owners:\n  - person: P000001\n    share: 60\n    since: 2026-01-01\n  - person: P000002\n    share: 40\n    since: 2026-01-01\n',
        ),
      ),
    ).toEqual([]);
  });

  it("owners' shares must add up to 100 when given", () => {
    const ps = run(
      unit(
        'owners:\n  - person: P000001\n    share: 60\n    since: 2026-01-01\n  - person: P000002\n    share: 30\n    since: 2026-01-01\n',
      ),
    );
    expect(where(ps)).toEqual(['11:12 owner-shares']); // the first share given
    expect(ps[0].message.zh).toBe('业主份额合计为 90%，应为 100%');
  });

  it('a lease that ends before it starts; a person listed twice; a room that disagrees with the id', () => {
    const t = unit(
      'tenants:\n  - person: P000003\n    from: 2026-06-01\n    to: 2026-05-31\nresidents:\n  - person: P000004\n  - person: P000004\n',
    ).replace('room: "0801"', 'room: "0802"');
    expect(where(run(t)).sort()).toEqual(['12:9 lease-order', '15:13 listed-twice', '5:7 id-parts']);
  });
});

describe('the schemas', () => {
  it('every schema is valid draft 2020-12 (checked here, not in every process)', () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, validateFormats: false });
    ajv.addFormat('cn-national-id', true).addFormat('cn-mobile', true);
    for (const k of ANNOTATIONS) ajv.addKeyword(k); // x-catalog, x-labels beside each enum
    const dir = projectPath('schemas');
    const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));
    for (const f of files) ajv.addSchema(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    for (const f of files)
      expect(ajv.validateSchema(JSON.parse(readFileSync(join(dir, f), 'utf8'))), `${f}: ${ajv.errorsText()}`).toBe(
        true,
      );
    expect(files.length).toBeGreaterThan(5);
  });
});
