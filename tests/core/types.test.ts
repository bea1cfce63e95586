// TypeScript types come from the schemas (records.md "Schemas"): the generated file must be current.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/cli.js';

describe('schemas', () => {
  it('src/core/types.gen.ts is regenerated from the current schemas', () => {
    const before = readFileSync(join(PROJECT, 'src/core/types.gen.ts'), 'utf8');
    execFileSync(process.execPath, [join(PROJECT, 'bin/dev/gen-types.mjs')], { cwd: PROJECT });
    const after = readFileSync(join(PROJECT, 'src/core/types.gen.ts'), 'utf8');
    expect(after === before, 'run npm run gen:types and commit the result').toBe(true);
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
