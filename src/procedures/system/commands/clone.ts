// wuye clone URL DIR --station B [--operator S003] — a new desk's copy of the shared records (issue 17): git clone,
// then this desk's identity in its .wuye/local.yaml (the station code that goes into every id it allocates, its
// default operator) and the records' merge driver. A station the history has already used (a commit's
// Wuye-Station trailer, an id that carries it) is refused: two desks with one code would allocate the same ids.
// e.g. wuye clone git://office.example/estate.git desk-b --station B --operator S003
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureIdentity, personalConfig } from '../../../kit/keys.js';
import { nowIso } from '../../../core/dates.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { ConflictError, EnvironmentError, UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { checkId } from '../../../core/kinds.js';
import { registerMergeDriver } from '../../../core/merge.js';
import { CONFIG_FILE, loadConfig, parseStation, saveLocal } from '../../../core/root.js';
import { stationsUsed, tryGit } from '../../../core/sync.js';

export const parse = (l: Line) => ({
  url: l.arg(0)!,
  dir: l.arg(1)!,
  station: parseStation(l.text('station')),
  operator: l.text('operator') === undefined ? undefined : checkId('staff', l.text('operator')!, '--operator'),
  readOnly: l.flagged('readOnly'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  if (!o.station && !o.readOnly)
    throw new UsageError(
      msg('新办公点需要自己的站点代码', 'a new desk needs its own station code'),
      msg(
        '加 --station 字母（如 --station B；每个办公点一个）；审计用的只读克隆加 --read-only',
        "add --station LETTER (e.g. --station B; one per desk); an auditor's read-only clone: --read-only",
      ),
    );
  const dir = resolve(ctx.cwd, o.dir);
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new UsageError(
      msg(`${o.dir} 不是空目录`, `${o.dir} is not empty`),
      msg('请指定一个新的或空的目录', 'give a new or empty folder'),
    );
  const c = tryGit(ctx.cwd, ['clone', '--quiet', o.url, dir]);
  if (!c.ok)
    throw new EnvironmentError(
      msg(`无法克隆 ${o.url}：${c.err.split('\n').pop()}`, `cannot clone ${o.url}: ${c.err.split('\n').pop()}`),
      msg('检查地址和网络，再试一次', 'check the address and the network, then try again'),
    );
  // a remote whose HEAD names no branch (an empty server repository the first desk pushed to): its only branch
  if (!tryGit(dir, ['rev-parse', '--verify', '-q', 'HEAD']).ok) {
    const branches = tryGit(dir, ['for-each-ref', '--format=%(refname:strip=3)', 'refs/remotes/origin'])
      .out.split('\n')
      .filter((b) => b && b !== 'HEAD');
    const pick = branches.find((b) => b === 'main' || b === 'master') ?? branches[0];
    if (pick) tryGit(dir, ['checkout', '-q', '-b', pick, `origin/${pick}`]);
  }
  if (!existsSync(join(dir, CONFIG_FILE))) {
    rmSync(dir, { recursive: true, force: true });
    throw new UsageError(
      msg(`${o.url} 不是记录库（没有 ${CONFIG_FILE}）`, `${o.url} is not a records root (no ${CONFIG_FILE})`),
      msg('给出共享记录库的地址', 'give the address of the shared records'),
    );
  }
  const used = stationsUsed(dir);
  if (o.station && used.has(o.station)) {
    rmSync(dir, { recursive: true, force: true });
    const taken = [...used].sort().join(', ');
    throw new ConflictError(
      msg(`站点代码 ${o.station} 已被另一个办公点使用`, `station ${o.station} is already used by another desk`),
      msg(`另选一个字母（已用：${taken}）`, `choose another letter (used: ${taken})`),
    );
  }
  registerMergeDriver(dir);
  saveLocal(dir, {
    ...(o.station ? { station: o.station } : {}),
    ...(o.operator ? { operator: o.operator } : {}),
  });
  // this desk's key pair: a desk that can read adds its public key (wuye keys add) before it sees personal data
  const key = ensureIdentity(ctx.env, nowIso(ctx.clock, 'UTC'));
  if (ctx.globals.json)
    return ctx.out.json({ root: dir, station: o.station ?? null, operator: o.operator ?? null, key: key.recipient });
  ctx.out.line(
    t(
      msg(
        `已克隆到 ${dir}；本机站点 ${o.station ?? '（只读）'}${o.operator ? `，默认操作员 ${o.operator}` : ''}；交换修改用 wuye sync${o.readOnly ? ' --read-only' : ''}`,
        `cloned into ${dir}; this desk's station ${o.station ?? '(read-only)'}${o.operator ? `, default operator ${o.operator}` : ''}; exchange work with wuye sync${o.readOnly ? ' --read-only' : ''}`,
      ),
    ),
  );
  const sealed = personalConfig(loadConfig(dir));
  if (sealed.encrypt && !sealed.recipients?.some((r) => r.key === key.recipient))
    ctx.info(
      msg(
        `个人资料是加密的：请能读取的工作站运行 wuye keys add ${key.recipient} --name 本机名称，之后本机才能查看`,
        `personal data is sealed: have a desk that can read run wuye keys add ${key.recipient} --name NAME before this desk can see it`,
      ),
    );
}
