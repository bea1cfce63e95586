// wuye init DIR [--demo] [--name 中心名称] [--estate 小区名称]
// A new records root: git repository, wuye.yaml, the folders, a .gitignore for
// local settings, a first staff member (the administrator) as this computer's operator.
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { UsageError } from '../../../core/errors.js';
import { commitPaths, ensureRepo } from '../../../core/git.js';
import { msg, t } from '../../../core/i18n.js';
import { projectPath } from '../../../core/paths.js';
import { GITIGNORE } from '../../../core/root.js';
import { dumpRecord } from '../../../core/yamlio.js';

export const FOLDERS = ['units', 'people', 'staff', 'calendar', 'templates'];

function gitConfig(key: string): string | undefined {
  const r = spawnSync('git', ['config', '--get', key], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() || undefined : undefined;
}

export const parse = (l: Line) => ({
  dir: l.arg(0)!,
  demo: l.flagged('demo'),
  name: l.text('name'),
  estate: l.text('estate'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const dirArg = o.dir;
  const dir = resolve(ctx.cwd, dirArg);
  if (existsSync(dir) && readdirSync(dir).filter((n) => n !== '.git').length > 0) {
    throw new UsageError(
      msg(`${dirArg} 不是空目录`, `${dirArg} is not empty`),
      msg('请指定一个新的或空的目录', 'give a new or empty folder'),
    );
  }
  mkdirSync(dir, { recursive: true });
  ensureRepo(dir);
  let author = { name: gitConfig('user.name') ?? '管理员', email: gitConfig('user.email') ?? 'admin@localhost' };
  if (o.demo) {
    const src = projectPath('records');
    for (const name of readdirSync(src)) {
      if (name === '.wuye' || name === '.git') continue;
      cpSync(join(src, name), join(dir, name), { recursive: true });
    }
    author = { name: '系统', email: 'wuye@localhost' };
  } else {
    const name = o.name ?? '物业服务中心';
    const estate = o.estate ?? '小区';
    writeFileSync(
      join(dir, 'wuye.yaml'),
      [
        '# 服务中心配置 — 字段说明见 wuye 项目的 schemas/config.schema.json',
        '# Center configuration — every field is documented in schemas/config.schema.json',
        'format: 1',
        'center:',
        `  name: ${JSON.stringify(name)}`,
        `  estate: ${JSON.stringify(estate)}`,
        'timezone: Asia/Shanghai',
        '',
      ].join('\n'),
    );
    for (const f of FOLDERS) {
      mkdirSync(join(dir, f), { recursive: true });
      writeFileSync(join(dir, f, '.gitkeep'), '');
    }
    writeFileSync(
      join(dir, 'staff', 'S001.yaml'),
      dumpRecord({
        kind: 'staff',
        id: 'S001',
        name: author.name,
        email: author.email,
        department: 'management',
        roles: ['director', 'cs-manager'],
      }),
    );
  }
  writeFileSync(join(dir, '.gitignore'), GITIGNORE);
  mkdirSync(join(dir, '.wuye'), { recursive: true });
  writeFileSync(join(dir, '.wuye', 'local.yaml'), 'operator: S001\n');
  const sha = commitPaths(dir, {
    paths: ['.'],
    message: `init: ${o.demo ? 'demo estate' : 'new records root'}`,
    author,
    trailers: { 'Wuye-Operator': 'S001', 'Wuye-Command': ctx.commandLine() },
    commit: true,
  });
  if (ctx.globals.json) {
    ctx.out.json({ root: dir, commit: sha });
    return;
  }
  ctx.out.line(
    t(
      msg(
        `已新建记录库 ${dir}（提交 ${sha?.slice(0, 7)}）；本机默认操作员 S001`,
        `created records root ${dir} (commit ${sha?.slice(0, 7)}); default operator on this computer: S001`,
      ),
    ),
  );
}
