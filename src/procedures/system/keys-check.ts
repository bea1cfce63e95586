// The checks `wuye keys add|remove` share (issue 18): a public key of the right kind, an estate that is sealed,
// a desk whose key can open what it must re-seal. e.g. checkRecipient('AGE-SECRET-KEY-1…') → exit 2, give the public key
import { parseIdentity, parseRecipient } from '../../core/age.js';
import { RuleError, UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { Ctx } from '../../kit/context.js';
import { identityPath, personalConfig } from '../../kit/keys.js';

/** An age public key (age1…); a secret key or anything else is refused (exit 2). */
export function checkRecipient(s: string): string {
  const k = s.trim();
  if (parseIdentity(k))
    throw new UsageError(
      msg(
        '给出的是私钥（AGE-SECRET-KEY-1…）：只给公钥，私钥留在那台工作站',
        'that is a secret key (AGE-SECRET-KEY-1…): give the public key; the secret stays at its desk',
      ),
      msg('在那台工作站运行 wuye keys list 得到它的公钥', 'run wuye keys list at that desk for its public key'),
    );
  if (!parseRecipient(k))
    throw new UsageError(
      msg(`${s} 不是 age 公钥（age1… 共 62 个字符）`, `${s} is not an age public key (age1…, 62 characters)`),
      msg('在那台工作站运行 wuye keys list 得到它的公钥', 'run wuye keys list at that desk for its public key'),
    );
  return k;
}

/** wuye.yaml's personal section, refused when nothing is sealed yet. */
export function keysInUse(ctx: Ctx) {
  const p = personalConfig(ctx.config);
  if (!p.encrypt)
    throw new RuleError(
      msg('个人资料尚未加密，没有密钥可管理', 'personal data is not encrypted; there are no keys to manage'),
      msg('先运行 wuye encrypt', 'run wuye encrypt first'),
    );
  return p;
}

/** This desk's key and the hash key: re-sealing opens every value. A desk without a key file is refused (exit 2). */
export function requireReader(ctx: Ctx): { identities: readonly string[]; hashKey: Buffer } {
  const identities = ctx.keyring.identities;
  if (!identities.length)
    throw new UsageError(
      msg(
        `本机没有私钥文件 ${identityPath(ctx.env)}，打不开加密的个人资料`,
        `this desk has no key file ${identityPath(ctx.env)} and cannot open the sealed personal data`,
      ),
      msg(
        '在能读取的工作站上运行；或放回本机的私钥文件',
        'run it at a desk that can read; or put this desk’s key file back',
      ),
    );
  const hashKey = ctx.keyring.hashKey();
  if (!hashKey)
    throw new RuleError(
      msg(
        '本机密钥不在可读取的名单中，打不开加密的个人资料',
        "this desk's key is not among those that can read the sealed personal data",
      ),
      msg(
        '在能读取的工作站上运行（wuye keys list 列出）',
        'run it at a desk that can read (wuye keys list shows them)',
      ),
    );
  return { identities, hashKey };
}
