// dumpRecord's fast path (toYamlExact) must write exactly what the `yaml` package writes, or
// step aside: checked on every record of a generated estate and on arbitrary data.
import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document } from 'yaml';
import { toYaml, toYamlExact } from '../../src/core/yamlemit.js';
import { dumpRecord, parseRecordText } from '../../src/core/yamlio.js';
import { maskRecord } from '../../src/core/personal.js';
import { DEMO_AS_OF, generate, type KindGenerator } from '../../src/kit/generate/run.js';
import { collect } from '../../src/kit/manifest.js';
import { PROCEDURES } from '../../src/procedures/index.js';

const yamlText = (data: unknown) => new Document(data).toString({ lineWidth: 0 });

describe('toYamlExact (dumpRecord without the yaml package)', () => {
  it('writes what yaml writes for every record of a generated estate, masked or not', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'wuye-emit-')), 'estate');
    await generate(
      root,
      { profile: 'bench', units: 60, seed: 7, years: 2, asOf: DEMO_AS_OF },
      await collect<KindGenerator>(PROCEDURES, 'generators'),
      { git: false },
    );
    let fast = 0,
      n = 0;
    for (const rel of (readdirSync(root, { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.yaml') && !f.startsWith('.'),
    )) {
      const data = parseRecordText(readFileSync(join(root, rel), 'utf8'), rel) as Record<string, unknown>;
      for (const d of [data, maskRecord(String(data.kind), data)]) {
        n++;
        const want = yamlText(d); // once: the yaml package is most of this test's time
        const t = toYamlExact(d);
        if (t !== undefined) {
          fast++;
          expect(t, rel).toBe(want);
        }
        expect(dumpRecord(d), rel).toBe(want);
      }
    }
    expect(n).toBeGreaterThan(200);
    expect(fast / n).toBeGreaterThan(0.9); // the fast path is the common one
  });

  it('steps aside where the two would differ', () => {
    for (const s of ['-x', ':x', 'a: b', '"hi"', "'hi'", 'two\nlines', 'tail　', '1_000', '...x', ' lead', 'x #y']) {
      expect(toYamlExact({ v: s }), s).toBeUndefined();
      expect(dumpRecord({ v: s })).toBe(yamlText({ v: s }));
    }
    const shared = { a: 1 };
    expect(toYamlExact({ x: shared, y: shared })).toBeUndefined(); // yaml writes an anchor and alias
    expect(toYamlExact({ n: -0 })).toBeUndefined();
    expect(toYamlExact({ '\u0080': '1', '': '' })).toBeUndefined(); // a C1 control: yaml quotes it (found by the property below)
    expect(toYamlExact({ s: 'Ω' })).toBeUndefined(); // outside ASCII and CJK: left to yaml
    expect(toYamlExact({})).toBeUndefined();
    expect(
      toYamlExact({
        area: '74.02',
        room: '0801',
        b: 'true',
        e: '',
        c: '三室两厅',
        list: [[1, 'x'], { p: null }],
        o: {},
        l: [],
      }),
    ).toBe(
      yamlText({
        area: '74.02',
        room: '0801',
        b: 'true',
        e: '',
        c: '三室两厅',
        list: [[1, 'x'], { p: null }],
        o: {},
        l: [],
      }),
    );
  });

  it('writes characters YAML may not hold raw as escapes that read back the same', () => {
    for (const c of ['\u0000', '\u0080', '\u0085', '\u009f', '\u007f', '\u2028', '\ufffe', '\t']) {
      const d = { k: `a${c}b`, [`k${c}`]: 1 };
      expect(parseRecordText(toYaml(d), 'x.yaml')).toEqual(d);
    }
  });

  it("is yaml's text whenever it answers, for arbitrary data", () => {
    const str = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom(
        '1',
        '0801',
        '1.5',
        '1e3',
        'null',
        'true',
        '~',
        '0x1F',
        '.inf',
        '-',
        '- a',
        '#',
        'a#b',
        '2026-01-01',
        '三室',
        '...',
        '---',
        '%x',
        '@x',
        '*x',
        '&x',
        '!x',
        '|',
        '>',
        '?',
        '? x',
        'x:',
        'x :y',
      ),
    );
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        str,
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 3 }),
        fc.dictionary(str, tie('v'), { maxKeys: 3 }),
      ),
    })).v;
    let answered = 0;
    fc.assert(
      fc.property(fc.dictionary(str, value, { minKeys: 1, maxKeys: 5 }), (d) => {
        const t = toYamlExact(d);
        if (t !== undefined) {
          answered++;
          expect(t).toBe(yamlText(d));
        }
      }),
      { numRuns: 3000 },
    );
    expect(answered).toBeGreaterThan(100); // not a property that holds by never answering (random Unicode is left to yaml)
  });
});
