// wuye renovation submit ZX2026-0007 --drawings floor-plan,electrical,water-drainage
// Manual 四.3: the complete application with drawings goes to the engineering
// department; its 2 working days count from this moment (received_at).
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { RuleError } from '../../../core/errors.js';
import { msg, type Msg } from '../../../core/i18n.js';
import { labelZh } from '../../../core/labels.js';
import type { Tx } from '../../../core/store.js';
import { caseId, readCase, takeStep } from '../cases.js';
import { DRAWING_CODES, listOpt } from '../options.js';
import { missingForSubmit } from '../rules.js';

export function missingText(missing: string[]): Msg {
  const zh = missing
    .map((m) => (m === 'owner-consent' ? '业主书面同意' : `图纸:${labelZh('renovationDrawing', m.slice(8))}`))
    .join('、');
  const en = missing.map((m) => (m === 'owner-consent' ? 'owner consent' : `drawing: ${m.slice(8)}`)).join(', ');
  return msg(`申请资料不全，缺: ${zh}`, `the application is incomplete; missing: ${en}`);
}

/** Add drawings and send to review; refused while anything is missing. */
export function submitIn(
  ctx: Ctx,
  tx: Tx,
  id: string,
  drawings: string[] | undefined,
  action = 'submit',
  note?: string,
): void {
  const c = readCase(tx, id);
  const all = [...new Set([...(c.drawings ?? []), ...(drawings ?? [])])] as typeof c.drawings;
  const missing = missingForSubmit({ ...c, drawings: all });
  if (missing.length)
    throw new RuleError(
      missingText(missing),
      msg('用 --drawings 补充已收图纸', 'add the drawings received with --drawings'),
    );
  takeStep(ctx, tx, id, action, () => ({ drawings: all, received_at: ctx.now() }), note);
}

export async function run(ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> {
  const id = caseId(arg);
  const drawings = listOpt(opts, 'drawings', DRAWING_CODES, '--drawings');
  await ctx.write((tx) => {
    submitIn(ctx, tx, id, drawings, 'submit', typeof opts.note === 'string' ? opts.note : undefined);
    return {
      message: `renovation: submit ${id}`,
      summary: msg(`${id} 已送工程部审核`, `${id} sent to engineering review`),
    };
  });
}
