// Where a document a command writes goes, and where it may not (cli.md "Output"; issue 11 item 7; issue 12
// "Paths and links" 9). The path given (--out, --xlsx, --pdf) is taken from where the person stands; without
// one, the folder out/ under the records root, which git ignores (or the folder .wuye/local.yaml names,
// `out:`), and the command prints the path it wrote. Every path is guarded before anything is drawn; refused,
// naming the path: a place inside a .git or .wuye folder (git's hooks, the lock and journal), the records'
// wuye.yaml or a record (or any .yaml name in the records root), and an existing file of another kind — a PDF
// replaces only a PDF, a workbook only a workbook, so a command may write its own earlier output again
// (src/core/outfile.ts). The one place a guard on where output may go belongs.
// e.g. outputPath(ctx, o.out, 'ZX2026-0002-permit.pdf', 'pdf') → /home/li/estate/out/ZX2026-0002-permit.pdf
import { mkdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.js';
import { msg } from '../core/i18n.js';
import { isInside, realLocation } from '../core/inside.js';
import { checkOverwrite, type DocKind } from '../core/outfile.js';
import { loadLocal } from '../core/root.js';
import { classify } from '../core/validate/files.js';
import type { Ctx } from './context.js';

/** The default folder of documents under a records root. */
export const OUT_DIR = 'out';

/**
 * The absolute path of a document (`pdf`, `xlsx`) or a batch's `folder`, guarded: `given` resolved from the
 * working folder, else `<root>/out/<defaultName>` (`out:` of .wuye/local.yaml instead of out/ when set; its
 * parent folder made). Refused (exit 2, or 4 for a file of another kind) before anything is written.
 */
export function outputPath(ctx: Ctx, given: string | undefined, defaultName: string, kind: DocKind | 'folder'): string {
  if (given !== undefined && given !== '') return guardOutput(ctx, given, kind);
  const p = resolve(ctx.root, loadLocal(ctx.root).out ?? OUT_DIR, defaultName);
  const guarded = guardOutput(ctx, p, kind);
  mkdirSync(dirname(p), { recursive: true });
  return guarded;
}

const refuse = (typed: string, why: ReturnType<typeof msg>) =>
  new UsageError(
    msg(`不能写入 ${typed}：${why.zh}`, `cannot write ${typed}: ${why.en}`),
    msg(
      '换一个输出位置（--out/--xlsx/--pdf），如记录库外的目录或 out/',
      'choose another place to write (--out/--xlsx/--pdf), e.g. out/ or a folder outside the records',
    ),
  );

/**
 * Check a path a command is about to write a document (`pdf`, `xlsx`) or a batch of them (`folder`) to;
 * returns it resolved against where the person is. Nothing is written when it is refused.
 */
export function guardOutput(ctx: Ctx, typed: string, kind: DocKind | 'folder'): string {
  const abs = resolve(ctx.cwd, typed);
  const real = realLocation(abs);
  const inside = real.split(sep).find((p) => p === '.git' || p === '.wuye');
  if (inside)
    throw refuse(
      typed,
      inside === '.git'
        ? msg('它在 git 的 .git 目录中（钩子、索引、历史）', "it is inside git's .git folder (hooks, index, history)")
        : msg(
            '它在 .wuye 目录中（本机设置、锁和日志）',
            "it is inside the .wuye folder (this computer's settings, the lock, the journal)",
          ),
    );
  let root: string | undefined;
  try {
    root = realpathSync(ctx.root);
  } catch {
    root = undefined; // no records root here: only the place and the kind are checked
  }
  if (root && isInside(root, real) && real !== root) {
    const rel = relative(root, real).split(sep).join('/');
    let templates = 'templates';
    try {
      templates = ctx.config.templates;
    } catch {
      /* a broken wuye.yaml: the default folder */
    }
    const slot = classify(rel, templates);
    if (slot)
      throw refuse(
        typed,
        slot.type === 'config'
          ? msg('它是记录库的配置文件 wuye.yaml', "it is the records' configuration, wuye.yaml")
          : slot.type === 'record'
            ? msg('它是一条记录的文件', "it is a record's file")
            : msg('记录库中 .yaml 文件的位置只留给记录', 'a .yaml name in the records root is for records only'),
      );
  }
  if (kind === 'folder') {
    let st;
    try {
      st = statSync(abs);
    } catch {
      return abs; // made when the batch writes
    }
    if (!st.isDirectory()) throw refuse(typed, msg('它已存在，且不是目录', 'it exists and is not a folder'));
    return abs;
  }
  checkOverwrite(abs, kind, typed);
  return abs;
}
