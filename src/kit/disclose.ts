// Personal data printed in full (spec quality.md "Security and privacy": masked in every output unless
// revealed, and a revealed export is recorded in the audit trail). Forms for the owner's own file (the
// registration form, the move-in packet) print national ids and phones in full; screens and exports stay masked.
// Each such printing is one empty commit by the operator naming whose data it holds (Wuye-Disclosed).
// e.g. const full = fullPrint(ctx, true); …render…; await recordDisclosure(ctx, full, 'form: owner-registration 1-2-0801', ids)
import { UsageError } from '../core/errors.js';
import { msg } from '../core/i18n.js';
import type { Ctx } from './context.js';

/**
 * Whether this printing may show personal data in full: `--reveal`, or a form for the owner's own file
 * (`ownerFile`). Full printing is recorded under the operator's name, so it needs one: without it `--reveal`
 * is refused and an owner's-file form is printed masked, with a warning.
 */
export function fullPrint(ctx: Ctx, ownerFile: boolean): boolean {
  if (!ctx.globals.reveal && !ownerFile) return false;
  try {
    ctx.operator();
    return true;
  } catch (e) {
    if (ctx.globals.reveal)
      throw new UsageError(
        msg(
          '完整打印个人资料须指定操作员（会记入审计记录）',
          'printing personal data in full needs an operator (it is recorded)',
        ),
        msg('用 --as 员工编号 指定操作员', 'name the operator with --as STAFF-ID'),
      );
    ctx.warn(
      msg(
        `未指定操作员，身份证号和电话按遮蔽打印（${(e as Error).message}）`,
        `no operator: national ids and phones are printed masked (${(e as Error).message})`,
      ),
    );
    return false;
  }
}

/** Record that `what` printed the personal data of `people` in full (nothing recorded when it did not). */
export async function recordDisclosure(ctx: Ctx, full: boolean, what: string, people: string[]): Promise<void> {
  if (!full || ctx.dryRun) return;
  const ids = [...new Set(people)].sort();
  if (!ids.length) return;
  await ctx.note(`${what} (personal data printed in full)`, { 'Wuye-Disclosed': ids.join(' ') });
}
