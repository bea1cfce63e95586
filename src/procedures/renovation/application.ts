// A complete application goes to engineering review (manual 四.3): what it still lacks (the
// owner's consent for a tenant, the drawings its kind of project needs), and the step that sends
// it — shared by apply, submit and revise; the review's 2 working days count from this moment.
// e.g. submitIn(ctx, tx, 'ZX2026-0007', ['electrical']) · missingText(['drawing:elevations'])
import { actor } from '../../kit/case.js';
import type { Ctx } from '../../kit/context.js';
import { readCase, stepCase } from '../../core/case-engine.js';
import { RuleError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/i18n.js';
import { labelZh } from '../../core/labels.js';
import type { Tx } from '../../core/store.js';
import { RENOVATION_CASES } from './cases.js';
import type { RenovationState } from './machine.js';
import { missingForSubmit, type Case, type Drawing } from './rules.js';

/** What an incomplete application lacks, in words (missingForSubmit's codes). */
export function missingText(missing: string[]): Msg {
  const zh = missing
    .map((m) => (m === 'owner-consent' ? '业主书面同意' : `图纸:${labelZh('renovationDrawing', m.slice(8))}`))
    .join('、');
  const en = missing.map((m) => (m === 'owner-consent' ? 'owner consent' : `drawing: ${m.slice(8)}`)).join(', ');
  return msg(`申请资料不全，缺: ${zh}`, `the application is incomplete; missing: ${en}`);
}

/** Add drawings and send to review; refused while anything is missing. */
export function submitIn(ctx: Ctx, tx: Tx, id: string, drawings: readonly Drawing[] | undefined, note?: string): void {
  const c = readCase<Case>(tx, RENOVATION_CASES, id);
  const all = [...new Set([...(c.drawings ?? []), ...(drawings ?? [])])];
  const missing = missingForSubmit({ ...c, drawings: all });
  if (missing.length)
    throw new RuleError(
      missingText(missing),
      msg('用 --drawings 补充已收图纸', 'add the drawings received with --drawings'),
    );
  stepCase<Case, RenovationState>(
    tx,
    RENOVATION_CASES,
    actor(ctx),
    id,
    'submit',
    () => ({ drawings: all, received_at: ctx.now() }),
    note,
  );
}
