// The estate-wide work of personal data sealed at rest (issue 18), shared by `wuye encrypt` and `wuye keys`:
// seal every clear personal value, re-seal every sealed one to a new set of keys (and a new hash key), and
// set wuye.yaml's personal section — each inside the one transaction of its command.
// e.g. sealEstate(tx, ring) → { files: 4210, values: 15877 }
import { AgeError, open, seal } from '../../core/age.js';
import { RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { KINDS, idOfPath } from '../../core/kinds.js';
import { PERSONAL_FIELDS } from '../../core/personal.js';
import {
  hmacOf,
  isSealed,
  personalValues,
  sealable,
  SEALED_MARK,
  sealRecordText,
  type Keyring,
} from '../../core/sealed.js';
import type { Tx } from '../../core/store.js';
import { docToString, openDoc, parseRecordText } from '../../core/yamlio.js';
import { revealRoles } from '../../kit/reveal.js';
import type { Ctx } from '../../kit/context.js';

/** Every record file of a kind that may hold personal data. */
function* personalFiles(tx: Tx): Generator<{ kind: string; id: string; rel: string; text: string }> {
  for (const k of KINDS) {
    if (!(k.kind in PERSONAL_FIELDS)) continue;
    for (const rel of tx.store.listRel(k.kind))
      yield { kind: k.kind, id: idOfPath(rel), rel, text: tx.store.readText(rel) };
  }
}

/** Seal every clear personal value (an unchanged sealed one stays as it is); the clear values, for a history rewrite. */
export function sealEstate(tx: Tx, ring: Keyring): { files: number; values: number; clear: Set<string> } {
  let files = 0;
  let values = 0;
  const clear = new Set<string>();
  for (const f of personalFiles(tx)) {
    const data = parseRecordText(f.text, f.rel);
    let n = 0;
    for (const { cls, value } of personalValues(f.kind, data))
      if (typeof value === 'string' && sealable(cls, value)) {
        n++;
        clear.add(value);
      }
    if (!n) continue;
    tx.putText(f.kind, f.id, sealRecordText(f.kind, f.rel, f.text, f.text, ring));
    files++;
    values += n;
  }
  return { files, values, clear };
}

/**
 * Re-seal every sealed value to `recipients` (opened with this desk's keys), its hash recomputed with
 * `hashKey` when given (a new hash key). Refused, nothing written, when this desk cannot open them all.
 */
export function resealEstate(
  tx: Tx,
  identities: readonly string[],
  recipients: readonly string[],
  hashKey?: Buffer,
): { files: number; values: number } {
  let files = 0;
  let values = 0;
  const unopened: string[] = [];
  for (const f of personalFiles(tx)) {
    if (!f.text.includes(SEALED_MARK)) continue;
    const data = parseRecordText(f.text, f.rel);
    const doc = openDoc(f.text);
    let n = 0;
    for (const { cls, path, value } of personalValues(f.kind, data)) {
      if (!isSealed(value)) continue;
      let v: string;
      try {
        v = open(value.age, identities);
      } catch (e) {
        if (!(e instanceof AgeError)) throw e;
        unopened.push(`${f.rel} ${path.join('.')}`);
        continue;
      }
      const hmac = hashKey ? hmacOf(hashKey, cls, v) : value.hmac;
      doc.setIn(path, doc.createNode({ mask: value.mask, ...(hmac ? { hmac } : {}), age: seal(v, recipients) }));
      n++;
    }
    if (!n) continue;
    tx.putText(f.kind, f.id, docToString(doc));
    files++;
    values += n;
  }
  if (unopened.length)
    throw new RuleError(
      msg(
        `本机密钥打不开 ${unopened.length} 个加密值（如 ${unopened[0]}），无法改换密钥；未写入任何文件`,
        `this desk's key cannot open ${unopened.length} sealed value(s) (e.g. ${unopened[0]}), so the keys cannot be changed; nothing was written`,
      ),
      msg(
        '在能读取全部个人资料的工作站上运行（wuye keys list 列出可读取的密钥），或用恢复密钥',
        'run it at a desk that can read all personal data (wuye keys list shows the keys), or with the recovery key',
      ),
    );
  return { files, values };
}

/** Set keys of wuye.yaml's `personal:` section (comments kept), in the transaction. */
export function setPersonal(tx: Tx, fields: Record<string, unknown>): void {
  tx.editConfig((text) => {
    const doc = openDoc(text);
    for (const [k, v] of Object.entries(fields)) doc.setIn(['personal', k], doc.createNode(v));
    return docToString(doc);
  });
}

/** The hash key sealed for wuye.yaml (base64 inside). */
export const sealHashKey = (key: Buffer, recipients: readonly string[]): string =>
  seal(key.toString('base64'), recipients);

/** Only someone who may see personal data changes who can read it. */
export function requireKeyRole(ctx: Ctx): void {
  const op = ctx.operator();
  const allowed = revealRoles(ctx);
  if (!op.roles.some((r) => allowed.includes(r)))
    throw new RuleError(
      msg(
        `${op.id}（${op.name}）无权管理个人资料的密钥：只有可查看个人资料的角色可以（wuye.yaml personal.reveal_roles）`,
        `${op.id} (${op.name}) may not manage the keys of personal data: only roles that may see it (wuye.yaml personal.reveal_roles)`,
      ),
      msg('请主任或用户服务部经理办理（--as）', 'ask the director or the CS manager (--as)'),
    );
}

export const HISTORY_NOTE = msg(
  'git 历史中仍保存着加密前的明文。共享记录库之前请改写历史：git filter-repo --replace-text 号码清单文件（--replacements 写出该清单，用后删除），或以当前提交另起一个不含历史的仓库；已推送或已克隆的副本须一并重建',
  'git history still holds the values in clear. Before the repository is shared, rewrite it: git filter-repo --replace-text FILE (--replacements writes that list of numbers; delete it afterwards), or start a new repository from this commit alone; copies already pushed or cloned must be rebuilt too',
);
