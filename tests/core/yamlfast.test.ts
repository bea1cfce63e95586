// The parser of our own emitted YAML (src/core/yamlfast.ts) must read exactly what js-yaml's core schema and
// the `yaml` package read, or step aside (undefined, and parseRecordText falls back to js-yaml): checked on
// every file of the demo, of a generated bench estate, of arbitrary records through the emitters, and on
// hand-written YAML of every form it must not take.
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as yamlParse } from 'yaml';
import { parseOwnYaml } from '../../src/core/yamlfast.js';
import { toYaml } from '../../src/core/yamlemit.js';
import { dumpRecord, parseRecordText } from '../../src/core/yamlio.js';
import { DEMO_AS_OF, generate, type KindGenerator } from '../../src/kit/generate/run.js';
import { collect } from '../../src/kit/manifest.js';
import { PROCEDURES } from '../../src/procedures/index.js';
import { PROJECT } from '../helpers/cli.js';

const jsYaml = (t: string) => jsyaml.load(t, { schema: jsyaml.CORE_SCHEMA });

const yamlFiles = (root: string) =>
  (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml') && !f.startsWith('.'));

/** Every file of a folder: what the fast parser takes equals js-yaml and `yaml`; returns how many it took. */
function sameOnEveryFile(root: string): { fast: number; n: number } {
  let fast = 0;
  const files = yamlFiles(root);
  for (const rel of files) {
    const text = readFileSync(join(root, rel), 'utf8');
    const got = parseOwnYaml(text);
    if (got === undefined) continue;
    fast++;
    expect(got, rel).toStrictEqual(jsYaml(text));
    expect(got, rel).toStrictEqual(yamlParse(text));
  }
  return { fast, n: files.length };
}

describe('parseOwnYaml (records as wuye writes them, without js-yaml)', () => {
  it('reads every file of the demo as js-yaml and yaml do, and takes nearly all of them', () => {
    const { fast, n } = sameOnEveryFile(join(PROJECT, 'records'));
    expect(n).toBeGreaterThan(500);
    expect(fast).toBeGreaterThan(n * 0.98);
  });

  it('reads every file of a generated bench estate as js-yaml and yaml do', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'wuye-fastyaml-')), 'estate');
    await generate(
      root,
      { profile: 'bench', units: 30, seed: 5, years: 2, asOf: DEMO_AS_OF },
      await collect<KindGenerator>(PROCEDURES, 'generators'),
      { git: false },
    );
    const { fast, n } = sameOnEveryFile(root);
    expect(fast).toBeGreaterThan(n * 0.98);
  });

  it('arbitrary records through both emitters read back as js-yaml reads them', () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('', '1', '-1', '0x1f', '1_000', '1e3', '.5', 'null', 'True', '~', '2026-11-28', '09:30', '- a'),
      fc.constantFrom('a #b', 'a: b', 'a:', ' a', 'a ', '"q"', "'q'", '#x', '&a', '*a', '!t', '|', '>', '[]', '{}'),
      fc.constantFrom('3#楼', '张三', '１２', '\u3000', '\u0085', '\u2028', '😀', 'a\nb', 'a\tb', '\\', '"'),
    );
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.integer(),
        fc.double({ noNaN: true }),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b_c', 'x-y', '1', 'id', '2025-01', 'true', 'a b', '__x'), tie('v'), {
          maxKeys: 3,
        }),
      ),
    }));
    const rec = fc.dictionary(fc.constantFrom('kind', 'id', 'note', 'bills', 'n', 'ok'), value.v, { minKeys: 1 });
    fc.assert(
      fc.property(rec, (data) => {
        for (const t of [toYaml(data), dumpRecord(data)]) {
          const got = parseOwnYaml(t);
          if (got !== undefined) expect(got).toStrictEqual(jsYaml(t));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('takes the forms records are written in', () => {
    const t =
      'kind: fee-account\nid: 2026-1-2-0801\nyear: 2026\nvoid: false\nnote: null\nbills:\n  - id: 2026-01/mgmt\n    amount: "210.02"\n    lines: []\n' +
      'tags:\n- a\n- 3#楼\nempty:\nat: 2026-11-28T09:30:00+08:00\nname: "1_000"\nx: {}\n';
    expect(parseOwnYaml(t)).toStrictEqual(jsYaml(t));
    expect(parseOwnYaml(t)).toMatchObject({ year: 2026, void: false, empty: null, tags: ['a', '3#楼'], name: '1_000' });
  });

  it('steps aside for everything else (js-yaml reads it, or says what is wrong)', () => {
    for (const t of [
      'a: 1 # comment\n',
      'a: |\n  text\n',
      'a: >-\n  text\n',
      'a: first\n  second\n',
      'a:\n  first\n',
      'a: [1, 2]\n',
      'a: {b: 1}\n',
      "a: 'single'\n",
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '"a": 1\n',
      'a b: 1\n',
      'a: 1\na: 2\n',
      '---\na: 1\n',
      'a: 1\n...\n',
      '- a\n',
      'a:  1\n',
      'a: 1 \n',
      'a: 1\r\n',
      'a:\t1\n',
      'a: 1',
      'a: "x\\x41"\n',
      'a: "open\n',
      'a:\n  - b\n   - c\n',
      'a:\n  -\n    b: 1\n',
      '__proto__: 1\n',
      'True: 1\n',
      '0x10: 1\n',
      'a:\n  b: 1\n c: 2\n',
      '',
      '# only a comment\n',
    ])
      expect(parseOwnYaml(t), JSON.stringify(t)).toBeUndefined();
  });

  it('parseRecordText gives the same data and the same errors with the fast parser in front', () => {
    expect(parseRecordText('kind: unit\nid: 1-1-0101\narea: "89.37"\n', 'u.yaml')).toStrictEqual({
      kind: 'unit',
      id: '1-1-0101',
      area: '89.37',
    });
    expect(() => parseRecordText('a: 1\na: 2\n', 'u.yaml')).toThrow(/duplicate|重复/);
  });
});
