// wuye hooks install [--force] — a git pre-commit hook that runs
// `wuye validate --changed` and blocks a commit that would record invalid
// files (records.md "Validation": fast enough for a pre-commit hook).
// Idempotent; refuses (exit 4) to replace a different hook unless --force, which keeps a backup.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { Ctx } from '../../../kit/context.js';
import { ConflictError } from '../../../core/errors.js';
import { writeFileAtomic } from '../../../core/fsx.js';
import { git, requireGitRepo } from '../../../core/git.js';
import { msg } from '../../../core/i18n.js';
import { projectPath } from '../../../core/paths.js';

const MARK = '# installed by `wuye hooks install`';

/** The hook's text: run this wuye's validate --changed on the records root, from the top of the repository. */
export function hookScript(wuyeBin: string, rootFromTop: string): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return [
    '#!/bin/sh',
    MARK,
    '# Blocks a commit whose changed records do not pass `wuye validate --changed`.',
    '# Skip once with: git commit --no-verify',
    `exec node ${q(wuyeBin)} --records ${q(rootFromTop || '.')} validate --changed --quiet`,
    '',
  ].join('\n');
}

export const parse = () => ({});

export async function run(ctx: Ctx): Promise<void> {
  const root = realpathSync(ctx.root);
  requireGitRepo(root);
  const top = git(root, ['rev-parse', '--show-toplevel']).trim();
  const hookRel = git(root, ['rev-parse', '--git-path', 'hooks/pre-commit']).trim();
  const hook = isAbsolute(hookRel) ? hookRel : join(root, hookRel);
  const rootFromTop = relative(realpathSync(top), root).split(sep).join('/');
  const text = hookScript(realpathSync(projectPath('bin', 'wuye.js')), rootFromTop);
  let status: 'installed' | 'unchanged' | 'replaced' = 'installed';
  if (existsSync(hook)) {
    const old = readFileSync(hook, 'utf8');
    if (old === text) status = 'unchanged';
    else if (!ctx.globals.force) {
      throw new ConflictError(
        msg(`已有另一个 pre-commit 钩子: ${hook}`, `there is already a different pre-commit hook: ${hook}`),
        msg(
          '加 --force 替换（原钩子另存为 pre-commit.wuye-backup），或在原钩子中加入一行: wuye validate --changed',
          'pass --force to replace it (the old one is kept as pre-commit.wuye-backup), or add a line to it: wuye validate --changed',
        ),
      );
    } else {
      copyFileSync(hook, `${hook}.wuye-backup`);
      status = 'replaced';
    }
  }
  if (status !== 'unchanged') {
    mkdirSync(dirname(hook), { recursive: true });
    writeFileAtomic(hook, text);
  }
  chmodSync(hook, 0o755);
  if (ctx.globals.json) {
    ctx.out.json({ hook, status });
    return;
  }
  ctx.info(
    status === 'unchanged'
      ? msg(`pre-commit 钩子已是最新: ${hook}`, `the pre-commit hook is already installed: ${hook}`)
      : status === 'replaced'
        ? msg(
            `已替换 pre-commit 钩子（原钩子另存为 pre-commit.wuye-backup）: ${hook}`,
            `replaced the pre-commit hook (the old one is kept as pre-commit.wuye-backup): ${hook}`,
          )
        : msg(
            `已安装 pre-commit 钩子: ${hook}；提交前将运行 wuye validate --changed`,
            `installed the pre-commit hook: ${hook}; commits now run wuye validate --changed first`,
          ),
  );
}
