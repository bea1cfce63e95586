// Types, enumerations, labels and config defaults come from the schemas (records.md "Schemas"): the
// generated files must be current, and a code without a label, or an enum copied twice, is refused.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as ENUMS from '../../src/core/enums.gen.js';
import { CONFIG_DEFAULTS } from '../../src/core/enums.gen.js';
import { LABELS } from '../../src/core/labels.js';
import { SCHEMA_LABELS } from '../../src/core/labels.gen.js';
import { withDefaults } from '../../src/core/schemas.js';
import { PROJECT } from '../helpers/cli.js';

const GENERATED = ['types.gen.ts', 'enums.gen.ts', 'labels.gen.ts', 'kinds.gen.ts', 'personal.gen.ts'];
const gen = (...args: string[]) =>
  spawnSync(process.execPath, [join(PROJECT, 'bin/dev/gen-types.mjs'), ...args], { cwd: PROJECT, encoding: 'utf8' });

describe('schemas', () => {
  it('src/core/types.gen.ts, enums.gen.ts, labels.gen.ts, kinds.gen.ts and personal.gen.ts are generated from the current schemas', () => {
    const out = mkdtempSync(join(tmpdir(), 'wuye-gen-'));
    const r = gen('--out', out);
    expect(r.status, r.stderr).toBe(0);
    for (const f of GENERATED) {
      const now = readFileSync(join(out, f), 'utf8');
      expect(now === readFileSync(join(PROJECT, 'src/core', f), 'utf8'), `${f}: run npm run gen:types`).toBe(true);
    }
  });

  it('an enum value without a label, or an enum written twice, stops the generator', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wuye-schemas-'));
    cpSync(join(PROJECT, 'schemas'), dir, { recursive: true });
    const edit = (f: string, from: string, to: string) => {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text).toContain(from);
      writeFileSync(join(dir, f), text.replace(from, to));
    };
    edit('person.schema.json', '"enum": ["male", "female"]', '"enum": ["male", "female", "other"]');
    edit('key.schema.json', '"enum": ["held", "returned", "lost"]', '"enum": ["used", "void"]');
    const r = gen('--schemas', dir, '--out', join(dir, 'out'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('person.schema.json gender: "other" has no label');
    expect(r.stderr).toContain(
      'receipt-book.schema.json numbers[].status: the same values as catalog "keyRecordState"',
    );
    expect(r.stderr).toContain('names "held", which is not one of its values');
  });

  it('an "x-personal" that names no class of common.schema.json stops the generator', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wuye-schemas-'));
    cpSync(join(PROJECT, 'schemas'), dir, { recursive: true });
    const f = join(dir, 'staff.schema.json');
    writeFileSync(f, readFileSync(f, 'utf8').replace('"x-personal": "name"', '"x-personal": "nickname"'));
    const r = gen('--schemas', dir, '--out', join(dir, 'out'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('staff.schema.json name: "x-personal": "nickname" is not a class');
  });

  it('the config defaults are what Ajv fills into a wuye.yaml that sets nothing', () => {
    const given = { format: 1, center: { name: '中心', estate: '小区' } };
    const { value, errors } = withDefaults<Record<string, unknown>>('config', given);
    expect(errors).toEqual([]);
    expect(value).toEqual({ ...given, ...structuredClone(CONFIG_DEFAULTS) });
  });

  it('every label catalog the code and the templates name is generated from the schemas', () => {
    const named = new Set<string>();
    const scan = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) scan(p);
        else if (/\.(ts|yaml|md)$/.test(e.name) && !e.name.endsWith('.gen.ts'))
          for (const m of readFileSync(p, 'utf8').matchAll(
            /label(?:Zh)?\('([a-zA-Z]+)'|labels: '([a-zA-Z]+)'|label:([a-zA-Z]+)/g,
          ))
            named.add(m[1] ?? m[2] ?? m[3]);
      }
    };
    scan(join(PROJECT, 'src'));
    scan(join(PROJECT, 'templates'));
    expect(named.size).toBeGreaterThan(20);
    expect([...named].filter((c) => !LABELS[c])).toEqual([]);
    // each catalog in labels.gen.ts is one enum of the schemas, value for value
    for (const [c, codes] of Object.entries(SCHEMA_LABELS))
      expect(Object.keys(codes), c).toEqual([
        ...(ENUMS as Record<string, readonly string[]>)[c.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()],
      ]);
  });

  it('every property of every schema is described in Chinese and English', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === 'object') {
        for (const [k, v] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          const d = String(v.description ?? '');
          if (!/[\u4e00-\u9fa5]/.test(d) || !/[A-Za-z]/.test(d)) missing.push(`${path}.${k}`);
        }
      }
      for (const [k, v] of Object.entries(n)) walk(v, `${path}/${k}`);
    };
    for (const f of readdirSync(join(PROJECT, 'schemas')))
      walk(JSON.parse(readFileSync(join(PROJECT, 'schemas', f), 'utf8')), f);
    expect(missing).toEqual([]);
  });
  it('every record schema is closed', () => {
    for (const f of readdirSync(join(PROJECT, 'schemas')).filter((f) => f !== 'common.schema.json')) {
      const s = JSON.parse(readFileSync(join(PROJECT, 'schemas', f), 'utf8'));
      expect(s.additionalProperties, f).toBe(false);
    }
  });
});
