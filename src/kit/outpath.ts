// Where a document may go (issue 12 "Paths and links" 9; cli.md "Output": files go where --out says): every
// --out, --xlsx, --pdf and batch folder passes here before anything is drawn. Refused, naming the path: a
// place inside a .git or .wuye folder (git's hooks, the lock and journal), the records' wuye.yaml or a record
// (or any .yaml name in the records root), and an existing file of another kind — a PDF replaces only a PDF,
// a workbook only a workbook, so a command may write its own earlier output again (src/core/outfile.ts).
// e.g. const file = guardOutput(ctx, o.out ?? 'receipt.pdf', 'pdf'); const dir = guardOutput(ctx, o.out, 'folder')
import { realpathSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.js';
import { msg } from '../core/i18n.js';
import { isInside, realLocation } from '../core/inside.js';
import { checkOverwrite, type DocKind } from '../core/outfile.js';
import { classify } from '../core/validate/files.js';
import type { Ctx } from './context.js';

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
