#!/usr/bin/env node
// Regenerate the project's demo estate (records/; `wuye init DIR --demo` copies it): a small deterministic
// generation by every procedure's generators. Writes only the generators' files.
//   npm run build && node bin/dev/gen-demo.mjs records
import { resolve } from 'node:path';
import { DEMO, generate } from '../../dist/kit/generate/run.js';
import { collect } from '../../dist/kit/manifest.js';
import { PROCEDURES } from '../../dist/procedures/index.js';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node bin/dev/gen-demo.mjs DIR\n');
  process.exit(2);
}
const r = await generate(resolve(dir), DEMO, await collect(PROCEDURES, 'generators'), { git: false });
process.stdout.write(
  `demo estate in ${dir}: ${r.units} units, ${r.people} people, ${r.staff} staff, ${r.files} files\n`,
);
