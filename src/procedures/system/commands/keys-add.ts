// wuye keys add — let one more desk (or a new recovery key) read the sealed personal data (issue 18): every
// sealed value and the hash key re-sealed to the new set of keys, in one commit, by a desk that can read them.
// e.g. wuye keys add age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq --name 服务台B --as S001
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import { checkRecipient, keysInUse, requireReader } from '../keys-check.js';
import { requireKeyRole, resealEstate, sealHashKey, setPersonal } from '../sealing.js';
import { RuleError } from '../../../core/errors.js';

export function parse(l: Line) {
  return { key: l.arg(0)!, name: l.text('name')!, recovery: l.flagged('recovery') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  requireKeyRole(ctx);
  const key = checkRecipient(o.key);
  const p = keysInUse(ctx);
  const listed = (p.recipients ?? []).find((r) => r.key === key || r.name === o.name);
  if (listed)
    throw new RuleError(
      msg(`${listed.name}（${listed.key}）已在列`, `${listed.name} (${listed.key}) is listed already`),
      msg('wuye keys list 查看；换名称或公钥', 'see wuye keys list; give another name or key'),
    );
  const { identities, hashKey } = requireReader(ctx);
  const recipients = [...(p.recipients ?? []), { name: o.name, key, ...(o.recovery ? { recovery: true } : {}) }];
  const keys = recipients.map((r) => r.key);
  await ctx.write((tx) => {
    const r = resealEstate(tx, identities, keys);
    setPersonal(tx, { recipients, hash_key: sealHashKey(hashKey, keys) });
    return {
      message: `keys: add ${o.name}${o.recovery ? ' (recovery)' : ''}; ${r.values} sealed values re-sealed to ${keys.length} keys`,
      summary: msg(
        `已加入 ${o.name}：${r.values} 个加密值重新加密给 ${keys.length} 把密钥`,
        `added ${o.name}: ${r.values} sealed values re-sealed to ${keys.length} keys`,
      ),
    };
  });
}
