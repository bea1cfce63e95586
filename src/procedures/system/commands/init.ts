// wuye init DIR [--demo] [--name 中心名称] [--estate 小区名称]
// A new records root: git repository, wuye.yaml, the folders, a .gitignore for
// local settings, a first staff member (the administrator) as this computer's operator.
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { NotFoundError, UsageError } from '../../../core/errors.js';
import { checkId, compareIds } from '../../../core/kinds.js';
import { label } from '../../../core/labels.js';
import { deskToken, GITIGNORE, loadConfig, parseStation, saveLocal } from '../../../core/root.js';
import { GITATTRIBUTES, registerMergeDriver } from '../../../core/merge.js';
import { nowIso, today } from '../../../core/dates.js';
import { Store } from '../../../core/store.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import { changedPaths, commitPaths, ensureRepo } from '../../../core/git.js';
import { msg, t } from '../../../core/i18n.js';
import { projectPath } from '../../../core/paths.js';
import { dumpRecord } from '../../../core/yamlio.js';
import { ensureIdentity } from '../../../kit/keys.js';

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
  operator: l.text('operator') === undefined ? undefined : checkId('staff', l.text('operator')!, '--operator'),
  station: parseStation(l.text('station')),
});

/** This computer's operator in the new root: --operator, else asked in a terminal (the demo's staff), else S001. */
async function chooseOperator(ctx: Ctx, demo: string | undefined, given: string | undefined): Promise<StaffRecord> {
  // a new root has one staff member, S001, the administrator (named after git's user when written)
  let staff = [{ id: 'S001', name: '管理员', roles: ['director', 'cs-manager'] } as unknown as StaffRecord];
  if (demo) {
    const store = new Store(demo);
    const day = today(ctx.clock, loadConfig(demo).timezone); // this command runs outside any records root
    staff = store
      .ids('staff')
      .sort(compareIds)
      .map((id) => store.read<StaffRecord>('staff', id).data)
      .filter((s) => !s.active_to || s.active_to >= day);
  }
  if (given !== undefined) {
    const s = staff.find((x) => x.id === given);
    if (!s)
      throw new NotFoundError(
        msg(`新记录库中没有在职员工 ${given}`, `no active staff member ${given} in the new records root`),
        msg(`可选：${staff.map((x) => x.id).join('、')}`, `choose one of: ${staff.map((x) => x.id).join(', ')}`),
      );
    return s;
  }
  const first = staff.find((x) => x.id === 'S001') ?? staff[0];
  if (!ctx.prompter.interactive || staff.length < 2) return first;
  const id = await ctx.prompter.select({
    message: msg('谁在这台电脑上工作？（本机默认操作员）', 'who works at this computer? (its default operator)'),
    option: '--operator',
    choices: staff.map((s) => ({
      value: s.id,
      name: `${s.id} ${s.name}（${s.roles.map((r) => label('role', r)).join('、')}）`,
    })),
  });
  ctx.answered.push('--operator', id);
  return staff.find((x) => x.id === id)!;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const dir = resolve(ctx.cwd, o.dir);
  const dirArg = o.dir;
  if (existsSync(dir) && readdirSync(dir).filter((n) => n !== '.git').length > 0) {
    throw new UsageError(
      msg(`${dirArg} 不是空目录`, `${dirArg} is not empty`),
      msg('请指定一个新的或空的目录', 'give a new or empty folder'),
    );
  }
  // who works here is settled before anything is written (a refused --operator leaves no half-made root)
  let op = await chooseOperator(ctx, o.demo ? projectPath('records') : undefined, o.operator);
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
  writeFileSync(join(dir, '.gitattributes'), GITATTRIBUTES);
  registerMergeDriver(dir);
  if (!o.demo) op = { ...op, name: author.name };
  saveLocal(dir, { operator: op.id, ...(o.station ? { station: o.station } : {}) });
  const sha = commitPaths(dir, {
    // the demo's 3,000 files as paths: a commit of that many goes through one pack (src/core/git.ts)
    paths: o.demo ? changedPaths(dir) : ['.'],
    message: `init: ${o.demo ? 'demo estate' : 'new records root'}`,
    author,
    trailers: {
      'Wuye-Operator': 'S001',
      'Wuye-Command': ctx.commandLine(),
      ...(o.station ? { 'Wuye-Station': o.station, 'Wuye-Desk': deskToken(dir) } : {}),
    },
    commit: true,
  });
  // this desk's key pair for personal data sealed at rest (wuye encrypt; kept outside git)
  const key = ensureIdentity(ctx.env, nowIso(ctx.clock, 'UTC'));
  if (ctx.globals.json) {
    ctx.out.json({ root: dir, commit: sha, operator: op.id, key: key.recipient });
    return;
  }
  ctx.out.line(
    t(
      msg(
        `已新建记录库 ${dir}（提交 ${sha?.slice(0, 7)}）；本机默认操作员 ${op.id} ${op.name}（换人：wuye config operator 员工编号）`,
        `created records root ${dir} (commit ${sha?.slice(0, 7)}); default operator on this computer: ${op.id} ${op.name} (change it with wuye config operator STAFF-ID)`,
      ),
    ),
  );
}
