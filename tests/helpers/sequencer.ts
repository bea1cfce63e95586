// The order test files start in: the slowest first, so that on a 2-core machine no long file starts last and
// runs alone at the end (issue 11 item 17: npm test under 5 minutes). vitest orders by the last run's times when
// it has them (node_modules/.vite/vitest); a clean clone (CI) has none and vitest would order by file size, which
// puts e.g. the crash suite (a small file, two minutes) near the end. There the times below, from a measured
// run on the 2-core machine, decide; files not listed follow in vitest's order.
// Refresh: npx vitest run --reporter=verbose | grep -E '^ ✓ tests/' | sort -t')' -k2 -n -r | head -30
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Seconds each slow file took in a whole run on the 2-core machine (under load: the ratios are what count). */
export const SLOW_FILES: Record<string, number> = {
  'tests/reliability/personal-data.test.ts': 228,
  'tests/reliability/crash.test.ts': 136,
  'tests/procedures/renovation/renovation.e2e.test.ts': 110,
  'tests/procedures/parking/parking.e2e.test.ts': 96,
  'tests/procedures/registry/import.e2e.test.ts': 90,
  'tests/cli/terminal.e2e.test.ts': 84,
  'tests/procedures/expense/expense.e2e.test.ts': 82,
  'tests/reliability/paths.test.ts': 82,
  'tests/reliability/git.test.ts': 80,
  'tests/procedures/warranty/warranty.e2e.test.ts': 77,
  'tests/procedures/stock/stock.e2e.test.ts': 76,
  'tests/procedures/movein/movein.e2e.test.ts': 75,
  'tests/procedures/fee/reliability.e2e.test.ts': 61,
  'tests/procedures/survey/survey.e2e.test.ts': 60,
  'tests/procedures/system/demo.e2e.test.ts': 60,
  'tests/procedures/system/audit.e2e.test.ts': 57,
  'tests/procedures/emergency/emergency.e2e.test.ts': 56,
  'tests/procedures/renovation/steps.e2e.test.ts': 56,
  'tests/procedures/system/demo-generate.test.ts': 56,
  'tests/procedures/fee/statement-batch.e2e.test.ts': 54,
  'tests/procedures/event/event.e2e.test.ts': 53,
  'tests/reliability/concurrency.test.ts': 53,
  'tests/procedures/vacant/vacant.e2e.test.ts': 51,
  'tests/procedures/complaint/complaint.e2e.test.ts': 49,
  'tests/procedures/moving/occupancy.e2e.test.ts': 49,
  'tests/procedures/registry/identity.e2e.test.ts': 46,
  'tests/procedures/renovation/demo.e2e.test.ts': 46,
  'tests/procedures/fee/issue10.e2e.test.ts': 45,
  'tests/cli/install.e2e.test.ts': 43,
  'tests/procedures/movein/money.e2e.test.ts': 43,
  'tests/procedures/complaint/demo.e2e.test.ts': 40,
  'tests/cli/terminal.tty.test.ts': 39,
  'tests/core/store.test.ts': 37,
  'tests/procedures/key/key.e2e.test.ts': 36,
  'tests/procedures/fee/after-close.e2e.test.ts': 35,
  'tests/procedures/movein/packet.e2e.test.ts': 35,
  'tests/cli/completion.tty.test.ts': 34,
  'tests/core/yamlemit.test.ts': 30,
};

export class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const key = (f: TestSpecification) => relative(this.ctx.config.root, f.moduleId).split('\\').join('/');
    // vitest's own order when it knows every file's last time: it is the more recent measure
    if (sorted.every((f) => this.ctx.cache.getFileTestResults(`${f.project.name}:${key(f)}`))) return sorted;
    return [...sorted].sort((a, b) => (SLOW_FILES[key(b)] ?? 0) - (SLOW_FILES[key(a)] ?? 0));
  }
}
