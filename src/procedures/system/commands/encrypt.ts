// wuye encrypt — seal an estate's personal data at rest (issue 18; PIPL art. 51): every id number, phone,
// certificate and note holding one becomes { mask, hmac, age } in one commit, sealed to this desk and a recovery
// key the director keeps offline; wuye.yaml says personal.encrypt. Run again, it seals what was left in clear.
// e.g. wuye encrypt --desk 服务台A --recovery-out /media/usb/wuye-recovery.txt --as S001
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { identityFile, newIdentity, parseIdentity, parseRecipient } from '../../../core/age.js';
import { ConflictError, RuleError, UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import type { Keyring } from '../../../core/sealed.js';
import type { Ctx } from '../../../kit/context.js';
import { ensureIdentity, keyDir, personalConfig, saveHashKey, writeSecret } from '../../../kit/keys.js';
import type { Line } from '../../../kit/line.js';
import { HISTORY_NOTE, requireKeyRole, sealEstate, sealHashKey, setPersonal } from '../sealing.js';

export function parse(l: Line) {
  return {
    desk: l.text('desk'),
    recovery: l.text('recovery'),
    recoveryOut: l.text('recoveryOut'),
    replacements: l.text('replacements'),
  };
}

/** A file this command writes must not land inside the records (it would be committed or shared). */
function outside(ctx: Ctx, file: string, option: string): string {
  const abs = resolve(ctx.cwd, file);
  const rel = relative(ctx.root, abs);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)))
    throw new UsageError(
      msg(
        `${option} ${file} 在记录库之内：密钥和号码清单不能放进记录库`,
        `${option} ${file} is inside the records: keys and lists of numbers must not go there`,
      ),
      msg('给出记录库之外的路径（如 U 盘）', 'give a path outside the records (a USB stick, say)'),
    );
  return abs;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  requireKeyRole(ctx);
  const p = personalConfig(ctx.config);
  let ring: Keyring = ctx.keyring;
  let fresh:
    { keyId: string; hashKey: Buffer; recipients: { name: string; key: string; recovery?: boolean }[] } | undefined;
  let recoverySecret: { file: string; text: string } | undefined;
  const replacements = o.replacements ? outside(ctx, o.replacements, '--replacements') : undefined;
  if (p.encrypt) {
    if (o.recovery || o.recoveryOut || o.desk)
      throw new RuleError(
        msg(
          '个人资料已加密：密钥用 wuye keys add/remove 管理',
          'personal data is encrypted already: manage its keys with wuye keys add/remove',
        ),
        msg(
          '去掉 --desk/--recovery/--recovery-out 再运行（只加密遗留的明文）',
          'leave out --desk/--recovery/--recovery-out (it then seals what is left in clear)',
        ),
      );
  } else {
    const me = ctx.dryRun ? undefined : ensureIdentity(ctx.env, ctx.now());
    const keyId = randomBytes(6).toString('hex');
    let recovery: string;
    if (o.recovery) {
      if (parseIdentity(o.recovery))
        throw new UsageError(
          msg(
            '--recovery 给的是私钥：应给恢复密钥的公钥（age1…），私钥离线保管',
            '--recovery is a secret key: give the recovery public key (age1…) and keep the secret offline',
          ),
          msg('用 age-keygen -y 私钥文件 得到公钥', 'age-keygen -y KEYFILE prints the public key'),
        );
      if (!parseRecipient(o.recovery))
        throw new UsageError(
          msg(
            `--recovery ${o.recovery} 不是 age 公钥（age1…）`,
            `--recovery ${o.recovery} is not an age public key (age1…)`,
          ),
          msg(
            '给出 age-keygen 生成的公钥，或不写 --recovery 由 wuye 生成',
            'give a public key made by age-keygen, or leave out --recovery and wuye makes one',
          ),
        );
      recovery = o.recovery;
    } else {
      const file = outside(ctx, o.recoveryOut ?? join(keyDir(ctx.env), `recovery-${keyId}.txt`), '--recovery-out');
      if (existsSync(file))
        throw new ConflictError(
          msg(`${file} 已存在，不覆盖`, `${file} exists already; it is not overwritten`),
          msg('换一个 --recovery-out 路径', 'give another --recovery-out path'),
        );
      const pair = newIdentity();
      recovery = pair.recipient;
      recoverySecret = { file, text: identityFile(pair.identity, ctx.now()) };
    }
    const recipients = [
      { name: o.desk ?? (hostname().slice(0, 60) || 'desk'), key: me?.recipient ?? recovery },
      { name: 'recovery', key: recovery, recovery: true },
    ];
    const hashKey = randomBytes(32);
    fresh = { keyId, hashKey, recipients };
    ring = { encrypt: true, recipients: recipients.map((r) => r.key), identities: [], hashKey: () => hashKey };
  }
  if (!ring.hashKey())
    throw new RuleError(
      msg(
        '本机没有本小区的散列密钥，不能加密新的个人资料',
        "this desk has no copy of the estate's hash key, so it cannot seal personal data",
      ),
      msg(
        '请能读取的工作站运行 wuye keys add 本机公钥（wuye keys list 显示）',
        "have a desk that can read run wuye keys add THIS-DESK'S-KEY (wuye keys list shows it)",
      ),
    );
  let counted = { files: 0, values: 0 };
  await ctx.write((tx) => {
    if (fresh) {
      setPersonal(tx, {
        encrypt: true,
        key_id: fresh.keyId,
        recipients: fresh.recipients,
        hash_key: sealHashKey(fresh.hashKey, ring.recipients),
      });
      tx.store.keyring = ring;
    }
    const r = sealEstate(tx, ring);
    counted = r;
    if (!ctx.dryRun) {
      // the keys are kept before the commit: an estate sealed to a recovery key nobody holds is never committed
      if (recoverySecret) writeSecret(recoverySecret.file, recoverySecret.text);
      if (fresh) saveHashKey(ctx.env, fresh.keyId, fresh.hashKey);
      if (replacements) writeSecret(replacements, [...r.clear].map((v) => `literal:${v}==>[sealed]\n`).join(''));
    }
    return {
      message: `encrypt: personal data sealed at rest (${r.values} values in ${r.files} files)`,
      summary: msg(
        `已加密 ${r.values} 个个人资料值（${r.files} 个文件）`,
        `sealed ${r.values} personal values (${r.files} files)`,
      ),
    };
  });
  if (ctx.dryRun || ctx.globals.json) return;
  if (recoverySecret)
    ctx.warn(
      msg(
        `恢复密钥的私钥写在 ${recoverySecret.file}：交主任离线保管（U 盘、打印件），然后从本机删除`,
        `the recovery key's secret is in ${recoverySecret.file}: give it to the director to keep offline (a USB stick, a printout), then delete it here`,
      ),
    );
  if (replacements)
    ctx.warn(
      msg(
        `号码清单写在 ${replacements}（明文！改写历史后立即删除）`,
        `the list of numbers is in ${replacements} (in clear! delete it once history is rewritten)`,
      ),
    );
  if (counted.values) ctx.warn(HISTORY_NOTE);
  else ctx.out.err(t(msg('没有明文的个人资料需要加密', 'no personal data in clear to seal')));
}
