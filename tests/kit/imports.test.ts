// The allowed imports (README "Architecture"; .dependency-cruiser.cjs): the project's own tree has no
// violation, and each rule fails on a back-edge planted in a small tree of the same shape — so the rules
// are real, not a check that passes whatever the code does.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT, tmp } from '../helpers/cli.js';

const DEPCRUISE = join(PROJECT, 'node_modules', '.bin', 'depcruise');

function cruise(dir: string): { code: number; out: string } {
  const r = spawnSync(DEPCRUISE, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, out: r.stdout + r.stderr };
}

/** A tree with the project's rules and tsconfig, and these files under src/. */
function tree(files: Record<string, string>): string {
  const dir = tmp('wuye-imports-');
  cpSync(join(PROJECT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  cpSync(join(PROJECT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'src', rel)), { recursive: true });
    writeFileSync(join(dir, 'src', rel), text);
  }
  return dir;
}

const CLEAN: Record<string, string> = {
  'core/money.ts': 'export const fen = 1;\n',
  'render/pdf.ts': "import { fen } from '../core/money.js';\nexport const draw = () => fen;\n",
  'kit/line.ts': "import { draw } from '../render/pdf.js';\nexport const parse = () => draw();\n",
  'procedures/fee/api.ts': "import { parse } from '../../kit/line.js';\nexport const pay = () => parse();\n",
  'procedures/fee/rules.ts': 'export const rate = 2;\n',
  'procedures/fee/commands/pay.ts': "import { rate } from '../rules.js';\nexport const run = () => rate;\n",
  'procedures/fee/index.ts': "export const load = () => import('./commands/pay.js');\n",
  'procedures/movein/commands/fees.ts': "import { pay } from '../../fee/api.js';\nexport const run = () => pay();\n",
  'procedures/index.ts': "import { load } from './fee/index.js';\nexport const P = [load];\n",
  'cli/main.ts': "import { P } from '../procedures/index.js';\nexport const main = () => P;\n",
};

describe('the allowed imports', () => {
  it('hold for the project', () => {
    const r = cruise(PROJECT);
    expect(r.out).not.toMatch(/error/);
    expect(r.code).toBe(0);
  });

  it('hold for a clean tree of the same shape', () => {
    const r = cruise(tree(CLEAN));
    expect(r.code, r.out).toBe(0);
  });

  it('fail on every kind of back-edge planted in that tree, each named with its rule', () => {
    const planted: Record<string, [string, string]> = {
      // file: [its text, the rule it breaks]
      'core/planted.ts': ["import { main } from '../cli/main.js';\nexport const x = main;\n", 'core-is-the-bottom'],
      'render/planted.ts': [
        "import { parse } from '../kit/line.js';\nexport const x = parse;\n",
        'render-draws-models',
      ],
      'kit/planted.ts': [
        "import { rate } from '../procedures/fee/rules.js';\nexport const x = rate;\n",
        'kit-knows-no-procedure',
      ],
      'procedures/fee/planted.ts': [
        "import { main } from '../../cli/main.js';\nexport const x = main;\n",
        'procedures-know-no-cli',
      ],
      'procedures/movein/planted.ts': [
        "import { rate } from '../fee/rules.js';\nexport const x = rate;\n",
        'procedures-meet-through-api',
      ],
      'procedures/fee/commands/bill.ts': [
        "import { run as pay } from './pay.js';\nexport const run = pay;\n",
        'commands-are-leaves',
      ],
      'procedures/fee/receipts.ts': [
        "import { run } from './commands/pay.js';\nexport const x = run;\n",
        'library-code-imports-no-command',
      ],
      'procedures/fee/cycle-a.ts': ["import { b } from './cycle-b.js';\nexport const a = () => b;\n", 'no-cycles'],
      'procedures/fee/cycle-b.ts': ["import { a } from './cycle-a.js';\nexport const b = () => a;\n", ''], // the cycle is named once
    };
    const r = cruise(
      tree({ ...CLEAN, ...Object.fromEntries(Object.entries(planted).map(([f, [text]]) => [f, text])) }),
    );
    expect(r.code).not.toBe(0);
    for (const [file, [, rule]] of Object.entries(planted).filter(([, [, rule]]) => rule))
      expect(r.out, `${file} should break ${rule}`).toMatch(
        new RegExp(`error ${rule}: (src/\\S+ → )?src/${file.replace(/[./]/g, '\\$&')}`),
      );
    expect(r.out).not.toMatch(/error [a-z-]+: src\/(core\/money|render\/pdf|kit\/line|cli\/main)\.ts/); // the clean files stay clean
  });
});
