// wuye keys list — who can read the estate's sealed personal data (issue 18): the desks and the recovery key of
// wuye.yaml personal.recipients, and this desk's own key (made now if it has none: ~/.config/wuye/identity.txt).
// e.g. wuye keys list → 服务台A age1… （本机）; recovery age1… （恢复密钥）
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg, t } from '../../../core/i18n.js';
import { ensureIdentity, personalConfig } from '../../../kit/keys.js';

export const parse = (_l: Line) => ({});

export async function run(ctx: Ctx): Promise<void> {
  const p = personalConfig(ctx.config);
  const me = ensureIdentity(ctx.env, ctx.now());
  const rows = (p.recipients ?? []).map((r) => ({
    name: r.name,
    key: r.key,
    recovery: r.recovery === true,
    thisDesk: r.key === me.recipient,
  }));
  if (ctx.globals.json) {
    ctx.out.json({ encrypt: p.encrypt === true, desk: { key: me.recipient, file: me.file }, recipients: rows });
    return;
  }
  if (me.made) ctx.info(msg(`本机还没有密钥，已生成：${me.file}`, `this desk had no key; one was made: ${me.file}`));
  ctx.info(msg(`本机公钥：${me.recipient}（${me.file}）`, `this desk's public key: ${me.recipient} (${me.file})`));
  if (!p.encrypt) {
    ctx.info(msg('个人资料尚未加密（wuye encrypt 加密）', 'personal data is not encrypted (wuye encrypt seals it)'));
    return;
  }
  ctx.out.table(rows, [
    { key: 'name', header: msg('名称', 'Name'), get: (r) => r.name },
    { key: 'key', header: msg('公钥', 'Public key'), get: (r) => r.key },
    {
      key: 'note',
      header: msg('说明', 'Note'),
      get: (r) =>
        [
          r.recovery ? t(msg('恢复密钥（离线）', 'recovery key (offline)')) : '',
          r.thisDesk ? t(msg('本机', 'this desk')) : '',
        ]
          .filter(Boolean)
          .join(', '),
    },
  ]);
  if (!rows.some((r) => r.thisDesk))
    ctx.info(
      msg(
        `本机不在列，只能看到遮蔽值；请能读取的工作站运行 wuye keys add ${me.recipient} --name 本机名称`,
        `this desk is not listed and sees masked values only; have a desk that can read run wuye keys add ${me.recipient} --name NAME`,
      ),
    );
}
