// Where a document a command writes goes (cli.md "Output"; issue 11 item 7): the path given (--out, --xlsx,
// --pdf) is taken from where the person stands; without one, the folder out/ under the records root, which
// git ignores (init lists it in .gitignore) — or the folder this computer's .wuye/local.yaml names (`out:`) —
// and the command prints the path it wrote. Every command that
// writes a document asks here — the one place a guard on where output may go belongs.
// e.g. outputPath(ctx, o.out, 'ZX2026-0002-permit.pdf') → /home/li/estate/out/ZX2026-0002-permit.pdf
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadLocal } from '../core/root.js';
import type { Ctx } from './context.js';

/** The default folder of documents under a records root. */
export const OUT_DIR = 'out';

/**
 * The absolute path of a document (or a batch's folder): `given` resolved from the working folder, else
 * `<root>/out/<defaultName>` (`out:` of .wuye/local.yaml instead of out/ when set; its parent folder made).
 */
export function outputPath(ctx: Pick<Ctx, 'cwd' | 'root'>, given: string | undefined, defaultName: string): string {
  if (given !== undefined && given !== '') return resolve(ctx.cwd, given);
  const p = resolve(ctx.root, loadLocal(ctx.root).out ?? OUT_DIR, defaultName);
  mkdirSync(dirname(p), { recursive: true });
  return p;
}
