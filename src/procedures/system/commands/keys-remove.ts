// wuye keys remove — stop a desk (or an old recovery key) from reading the sealed personal data (issue 18):
// every value re-sealed without it and a new hash key made, in one commit. Git history still holds the old
// ciphertexts that key opens: when a key is lost, rotate the recovery key too. The last desk is never removed.
// e.g. wuye keys remove 服务台B --as S001
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { randomBytes } from 'node:crypto';
import { msg } from '../../../core/i18n.js';
import { NotFoundError, RuleError } from '../../../core/errors.js';
import { saveHashKey } from '../../../kit/keys.js';
import { keysInUse, requireReader } from '../keys-check.js';
import { requireKeyRole, resealEstate, sealHashKey, setPersonal } from '../sealing.js';

export function parse(l: Line) {
  return { which: l.arg(0)! };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  requireKeyRole(ctx);
  const p = keysInUse(ctx);
  const all = p.recipients ?? [];
  const gone = all.find((r) => r.key === o.which || r.name === o.which);
  if (!gone)
    throw new NotFoundError(
      msg(`没有名称或公钥为 ${o.which} 的密钥`, `no key named ${o.which} or with that public key`),
      msg('wuye keys list 查看', 'see wuye keys list'),
    );
  const recipients = all.filter((r) => r !== gone);
  if (!recipients.some((r) => !r.recovery))
    throw new RuleError(
      msg(
        `${gone.name} 是最后一把能读取的工作站密钥，不能移除`,
        `${gone.name} is the last desk key able to read; it cannot be removed`,
      ),
      msg('先用 wuye keys add 加入另一工作站的公钥', "add another desk's key first (wuye keys add)"),
    );
  if (gone.recovery && !recipients.some((r) => r.recovery))
    throw new RuleError(
      msg(`${gone.name} 是唯一的恢复密钥，不能移除`, `${gone.name} is the only recovery key; it cannot be removed`),
      msg(
        '先加入新的恢复密钥：wuye keys add 公钥 --name 名称 --recovery',
        'add the new recovery key first: wuye keys add KEY --name NAME --recovery',
      ),
    );
  const { identities } = requireReader(ctx);
  const keys = recipients.map((r) => r.key);
  // a new hash key: the removed desk keeps its copy of the old one
  const hashKey = randomBytes(32);
  const keyId = randomBytes(6).toString('hex');
  await ctx.write((tx) => {
    const r = resealEstate(tx, identities, keys, hashKey);
    setPersonal(tx, { key_id: keyId, recipients, hash_key: sealHashKey(hashKey, keys) });
    if (!ctx.dryRun) saveHashKey(ctx.env, keyId, hashKey);
    return {
      message: `keys: remove ${gone.name}; ${r.values} sealed values re-sealed to ${keys.length} keys, new hash key`,
      summary: msg(
        `已移除 ${gone.name}：${r.values} 个加密值重新加密给 ${keys.length} 把密钥，散列密钥已更换`,
        `removed ${gone.name}: ${r.values} sealed values re-sealed to ${keys.length} keys, with a new hash key`,
      ),
    };
  });
  if (!ctx.dryRun)
    ctx.warn(
      msg(
        `git 历史中仍有加密给 ${gone.name} 的旧密文，它的私钥仍能打开；若该密钥遗失或被盗，请同时更换恢复密钥（wuye keys add 新公钥 --recovery，再 wuye keys remove 旧恢复密钥），并按 wuye encrypt 的说明改写历史`,
        `git history still holds the old ciphertexts sealed to ${gone.name}, which its secret key still opens; if that key was lost or stolen, rotate the recovery key too (wuye keys add NEW --recovery, then wuye keys remove OLD-RECOVERY) and rewrite history as wuye encrypt explains`,
      ),
    );
}
