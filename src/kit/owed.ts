// What a command still owes after its commit (issue 12 "Faults" 3): a payment is committed, then its receipt
// is printed — a kill between the two leaves money taken and no receipt handed over. So the write runner
// notes the debt in .wuye/owed/ (this computer's, never committed) before the commit and clears it once paid;
// the next command of the same operator pays it first (the receipt's original, not a 补打), and a debt whose
// commit never landed is dropped. A procedure names what it may owe in its manifest (`owed`).
// e.g. return { message, owed: { task: 'fee:receipt', data: { account, receipt, out } } }  // in a ctx.write plan
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomic } from '../core/fsx.js';
import { msg, type Msg } from '../core/i18n.js';
import { loadLocal } from '../core/root.js';
import type { Ctx } from './context.js';

/** A debt as a plan returns it: `task` is `<procedure>:<name>`, `data` plain JSON for the procedure's handler. */
export interface Owed {
  task: string;
  data: unknown;
  /** What is owed, as a person says it (印收据 0000701): told to others until it is done. */
  what: Msg;
}

/**
 * Pay a debt. `recovered`: a later command pays it for one that was killed. Returns false when nothing is
 * owed after all (the commit never landed): the debt is dropped without a word.
 */
export type OwedHandler = (ctx: Ctx, data: any, o: { recovered: boolean }) => Promise<boolean>;

interface Note extends Owed {
  operator: string;
  at: string;
}

const DIR = ['.wuye', 'owed'];
let seq = 0;

/** Note a debt before the commit that creates it; returns the note's file. */
export function noteOwed(root: string, operator: string, owed: Owed, at: string): string {
  const file = join(root, ...DIR, `${process.pid}-${++seq}-${randomBytes(4).toString('hex')}.json`);
  writeFileAtomic(file, JSON.stringify({ ...owed, operator, at } satisfies Note));
  return file;
}

export function clearOwed(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    /* gone */
  }
}

async function handler(ctx: Ctx, task: string): Promise<OwedHandler | undefined> {
  const [proc, name] = task.split(':');
  const m = ctx.procedures.find((p) => p.name === proc);
  return m?.owed ? (await m.owed())[name] : undefined;
}

/** Pay a debt now (right after its commit, or for a killed command); the note goes once it is paid. */
export async function payOwed(ctx: Ctx, file: string, owed: Owed, recovered: boolean): Promise<void> {
  const run = await handler(ctx, owed.task);
  if (!run) {
    clearOwed(file); // a task this version does not know: nothing it could do
    return;
  }
  await run(ctx, owed.data, { recovered });
  clearOwed(file);
}

/**
 * Before a command runs: pay what killed commands of this operator (--as, else this computer's default) still
 * owe; say what is owed to others, so that it is not forgotten. A debt that cannot be paid now is kept for later.
 */
export async function settleOwed(ctx: Ctx): Promise<void> {
  const dir = join(ctx.root, ...DIR);
  if (!existsSync(dir)) return;
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  if (!files.length) return;
  let me: string | undefined;
  try {
    me = ctx.globals.as ?? loadLocal(ctx.root).operator;
  } catch {
    me = ctx.globals.as;
  }
  for (const n of files) {
    const file = join(dir, n);
    let note: Note;
    try {
      note = JSON.parse(readFileSync(file, 'utf8')) as Note;
    } catch {
      clearOwed(file); // half a note: its command was killed before the commit
      continue;
    }
    // its command still running pays it itself (a pid alive after 10 minutes is another process by now)
    const pid = Number(n.split('-')[0]);
    if (pid !== process.pid && alive(pid) && Date.now() - mtime(file) < 600_000) continue;
    if (note.operator !== me) {
      ctx.warn(
        msg(
          `${note.operator} 的命令（${note.at}）被中断，尚未${note.what.zh}；${note.operator} 的下一个命令会补做`,
          `a command of ${note.operator} (${note.at}) was interrupted before it could ${note.what.en}; ${note.operator}'s next command does it`,
        ),
      );
      continue;
    }
    try {
      await payOwed(ctx, file, note, true);
    } catch (e) {
      ctx.warn(
        msg(
          `被中断的命令尚未${note.what.zh}，现在也未能完成: ${(e as Error).message}；下一个命令再试`,
          `an interrupted command could not ${note.what.en}, nor could this one: ${(e as Error).message}; the next command tries again`,
        ),
      );
    }
  }
}

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
