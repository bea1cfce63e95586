// --reveal (quality.md "Security and privacy"; PIPL art. 51): personal data shown unmasked only to an active
// operator whose role wuye.yaml allows (personal.reveal_roles; default the director, the CS manager and the CS
// assistants), with a reason (--reason), and never without a trace: the audit entry (reveals/<year>/CK2026-0001.yaml
// — who, when, why, the command, the records it names, where the output went) is committed before a reading
// command shows anything, and goes into a writing command's own commit. `wuye audit reveals` lists them.
// e.g. wuye show P000123 --reveal --reason '业主本人核对身份证号' --as S002
import { resolve } from 'node:path';
import { UsageError, RuleError } from '../core/errors.js';
import { msg, t, type Msg } from '../core/i18n.js';
import { kindsForId } from '../core/kinds.js';
import { SCHEMA_LABELS } from '../core/labels.gen.js';
import type { Tx } from '../core/store.js';
import type { RevealRecord, StaffRecord } from '../core/types.gen.js';
import { CONFIG_DEFAULTS } from '../core/enums.gen.js';
import type { Ctx } from './context.js';
import type { CommandSpec, Opts } from './spec.js';
import { nextInSequence } from '../core/ids.js';
import { identityPath, personalConfig } from './keys.js';

/** Options whose value is a file or folder a command writes. */
const OUTPUT_OPTIONS = ['out', 'xlsx', 'pdf'];

/** The roles that may reveal (wuye.yaml personal.reveal_roles, else the default). */
export function revealRoles(ctx: Ctx): readonly string[] {
  const p = (ctx.config as { personal?: { reveal_roles?: string[] } }).personal;
  return p?.reveal_roles ?? CONFIG_DEFAULTS.personal.reveal_roles;
}

const roleLabel = (r: string) =>
  (SCHEMA_LABELS.role as Record<string, { zh: string; en: string }>)[r] ?? { zh: r, en: r };

/** What a revealing run will say about itself: the records it names and where its output goes. */
export interface RevealPlan {
  reason: string;
  records: { kind: string; id: string }[];
  outputs: [string, ...string[]];
}

/**
 * Refuse a reveal that is not allowed — no operator, an inactive one, a role wuye.yaml does not allow, no
 * reason — and say what the entry will hold. Runs after the line is parsed, before the command runs.
 */
export async function authorizeReveal(ctx: Ctx, spec: CommandSpec, args: string[], opts: Opts): Promise<RevealPlan> {
  if (spec.noRoot)
    throw new UsageError(
      msg('--reveal 对此命令没有意义', '--reveal has no meaning for this command'),
      msg('去掉 --reveal', 'leave out --reveal'),
    );
  const op = ctx.operator(); // no operator: exit 2; not active: exit 1
  const allowed = revealRoles(ctx);
  if (!op.roles.some((r) => allowed.includes(r)))
    throw new RuleError(
      msg(
        `${op.id}（${op.name}）无权查看未遮蔽的个人资料：只有${allowed.map((r) => roleLabel(r).zh).join('、')}可以`,
        `${op.id} (${op.name}) may not see personal data unmasked: only the ${allowed.map((r) => roleLabel(r).en).join(', ')} may`,
      ),
      msg(
        '不加 --reveal 查看遮蔽后的资料，或请有权限的员工办理（角色见 wuye.yaml personal.reveal_roles）',
        'leave out --reveal to see it masked, or ask a staff member who may (roles: wuye.yaml personal.reveal_roles)',
      ),
    );
  // personal data sealed at rest: revealing opens it with this desk's key (a key file of the wrong kind: exit 2)
  if (personalConfig(ctx.config).encrypt && !ctx.keyring.identities.length)
    throw new UsageError(
      msg(
        `个人资料是加密保存的，本机没有私钥文件（${identityPath(ctx.env)}），无法 --reveal`,
        `personal data is sealed and this desk has no key file (${identityPath(ctx.env)}): --reveal cannot open it`,
      ),
      msg(
        '不加 --reveal 查看遮蔽值；或运行 wuye keys list 生成本机密钥，再请能读取的工作站 wuye keys add 本机公钥',
        "leave out --reveal to see masked values; or run wuye keys list to make this desk's key and have a desk that can read run wuye keys add THAT-KEY",
      ),
    );
  let reason = ctx.globals.reason ?? (typeof opts.reason === 'string' ? opts.reason : undefined);
  if (reason === undefined || !reason.trim())
    reason = await ctx.prompter.input({
      message: msg('查看未遮蔽个人资料的理由（记入审计）', 'why personal data is shown unmasked (recorded)'),
      option: '--reason',
      validate: (s) => (s.trim() ? true : msg('请填写理由', 'give a reason').zh),
    });
  reason = reason.trim();
  if (reason.length > 2000)
    throw new UsageError(msg('--reason 太长（最多 2000 字）', '--reason is too long (2000 characters at most)'));
  const records: { kind: string; id: string }[] = [];
  for (const a of args) {
    for (const k of kindsForId(a)) if (ctx.store.exists(k.kind, a)) records.push({ kind: k.kind, id: a });
  }
  // where it went: the files named on the line; else the command's own default place, or the terminal
  const outputs = OUTPUT_OPTIONS.map((k) => opts[k])
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .map((v) => resolve(ctx.cwd, v));
  const writesFiles = (spec.options ?? []).some((o) => OUTPUT_OPTIONS.some((k) => o.flags.includes(`--${k} `)));
  return {
    reason,
    records,
    outputs: outputs.length ? (outputs as [string, ...string[]]) : [writesFiles ? 'default' : 'stdout'],
  };
}

/** The next entry id of the year: CK2026-0001 (station-coded CK2026-B0001), never reused. */
export function nextRevealId(ctx: Ctx, tx: Tx, year: string): string {
  const prefix = (ctx.config.prefixes as Record<string, string> | undefined)?.reveal ?? 'CK';
  const head = `${prefix}${year}-${ctx.config.station ?? ''}`;
  return nextInSequence(head, 4, tx.store.ids('reveal'));
}

/** Stage the audit entry of this run in a transaction; its id. */
export function stageReveal(ctx: Ctx, tx: Tx, plan: RevealPlan): string {
  const at = ctx.now();
  const id = nextRevealId(ctx, tx, at.slice(0, 4));
  const entry: RevealRecord = {
    kind: 'reveal',
    id,
    at,
    by: ctx.operator().id,
    reason: plan.reason,
    command: ctx.commandLine(),
    records: plan.records,
    outputs: plan.outputs,
  };
  tx.create('reveal', id, entry);
  return id;
}

/**
 * The owner's own documents (forms marked `ownerDocument`, the move-in packet) print in full — id number and
 * phones as given — for an active operator whose role may reveal, and the printing is recorded: a reveal entry
 * (reason: the document; the records; where the file goes) is committed before anything is rendered. Anyone
 * else (no operator, another role) gets the masked print and one line saying how to print in full. Returns
 * whether it prints in full; then ctx.shown is the unmasked store for the rest of the run.
 */
export async function revealForOwner(
  ctx: Ctx,
  document: Msg,
  records: { kind: string; id: string }[],
  output: string,
): Promise<boolean> {
  if (ctx.globals.reveal) return true; // --reveal: allowed and recorded already
  let op: StaffRecord | undefined;
  try {
    op = ctx.operator();
  } catch {
    op = undefined;
  }
  const allowed = revealRoles(ctx);
  if (!op || !op.roles.some((r) => allowed.includes(r))) {
    ctx.warn(
      msg(
        `${t(document)}按遮蔽版打印：业主本人存档的全文版须由${allowed.map((r) => roleLabel(r).zh).join('、')}打印（--as 员工编号），并记入审计`,
        `${document.en} printed masked: the owner's full copy is printed by the ${allowed.map((r) => roleLabel(r).en).join(', ')} (--as STAFF), and recorded`,
      ),
    );
    return false;
  }
  const plan: RevealPlan = {
    reason: `${t(msg('业主本人文件打印', "the owner's own document"))}：${t(document)}`,
    records,
    outputs: [resolve(ctx.cwd, output)],
  };
  await ctx.write((tx) => ({ message: `audit: reveal ${stageReveal(ctx, tx, plan)} (${document.en}, owner's copy)` }), {
    quiet: true,
  });
  ctx.globals.reveal = true;
  return true;
}
