// The project's demo estate, records/ (records.md "Finding the records": every
// read-only command and form works right after install; `wuye init DIR --demo`
// copies it): a small deterministic generation — two old residential buildings,
// building 3 in its move-in, six shops, ten parking spaces, ten staff.
// Regenerate (writes only its own files; move-in and fee records are others'):
//   npm run build && node dist/procedures/system/generate/demo.js records
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_AS_OF, generate, type GenOptions } from '../../../kit/generate/run.js';

export const DEMO: GenOptions = { profile: 'demo', units: 112, seed: 2017, years: 3, asOf: DEMO_AS_OF };

export function writeDemo(dir: string) {
  return generate(dir, DEMO, { git: false });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node dist/procedures/system/generate/demo.js DIR\n');
    process.exit(2);
  }
  writeDemo(resolve(dir)).then((r) =>
    process.stdout.write(
      `demo estate in ${dir}: ${r.units} units, ${r.people} people, ${r.staff} staff, ${r.files} files\n`,
    ),
  );
}
